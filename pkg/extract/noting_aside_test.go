package extract

import "testing"

// TestNotingAside covers a quotation-only sentence after "“A,” Lee said,
// noting that ...": it continues the quoted statement at inference, while
// after "adding that ..." it stays with the participle.
func TestNotingAside(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	qs := ex.Extract("“We have come a long way,” Lee said, noting that she once trailed by ten points. “We will work hard to win.”")
	q := find(t, qs, "We have come a long way")
	if got := len(q.Content); got != 2 {
		t.Errorf("quoted statement has %d parts, want 2 (the next quotation continues it): %q", got, q.Text)
	}
	qs = ex.Extract("“We have come a long way,” Lee said, adding that she once trailed by ten points. “We will work hard to win.”")
	q = find(t, qs, "she once trailed by ten points")
	if got := len(q.Content); got != 2 {
		t.Errorf("\"adding\" statement has %d parts, want 2: %q", got, q.Text)
	}
	d := newDoc("“We have come a long way,” Lee said, noting that she once trailed by ten points.")
	d.training = true
	for _, a := range d.findAttributions() {
		if d.notingAside(a) {
			t.Errorf("noting aside in training")
		}
	}
	d.release()
}
