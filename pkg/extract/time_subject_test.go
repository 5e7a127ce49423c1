package extract

import "testing"

// TestTimeWordSubject covers contents after an opening source that start
// with a time word as the clause's subject.
func TestTimeWordSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The rallies grew. To Sexton, who has studied the rallies, Tuesday marked a turning point.", content: "Tuesday marked a turning point", mention: "Sexton"},
		{text: "The lines grew. According to the count, Monday was the busiest day.", content: "Monday was the busiest day", mention: "the count"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"To Lee, Tuesday marked a turning point.", true},
		{"To Lee, Tuesday the vote was held.", false},
		{"To Lee, Tuesday", false},
	} {
		d := newDoc(c.text)
		if got := d.timeWordSubject(3, len(d.toks)); got != c.want {
			t.Errorf("%q: timeWordSubject = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.timeWordSubject(3, len(d.toks)) {
			t.Errorf("%q: timeWordSubject in training", c.text)
		}
		d.release()
	}
}
