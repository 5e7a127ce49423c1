package extract

import "testing"

// TestItClauseAfterAdjunct: after an adjunct of the cue, "it" with a finite
// verb opens the reported clause; "it" as the adjunct's object does not.
func TestItClauseAfterAdjunct(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Pence said in politics it takes time to build trust.",
		"Pence said in Washington it would take time to build trust.",
	} {
		q := find(t, ex.Extract(text), "take")
		if q.Text != "it takes time to build trust" && q.Text != "it would take time to build trust" {
			t.Errorf("%q: content %q, want the clause", text, q.Text)
		}
	}
	if qs := ex.Extract("Pence said in response to it."); len(qs) != 0 {
		t.Errorf("an adjunct's object as content: %+v", qs)
	}
}
