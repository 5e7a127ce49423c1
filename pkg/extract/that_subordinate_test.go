package extract

import "testing"

// TestThatSubordinateEnd covers that-clauses of hopes and expectations
// opened by a subordinate clause.
func TestThatSubordinateEnd(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The race went on. Party leaders hope that as his path narrows, Sanders will tone down his attacks.", content: "that as his path narrows, Sanders will tone down his attacks", mention: "Party leaders"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Many expect that if Lee wins, Ryan will avoid him.", true},
		{"Many expect that if Lee wins, for now.", false},         // no clause after the comma
		{"Many expect that the plan, at last, will pass.", false}, // no subordinate clause
	} {
		d := newDoc(c.text)
		if got := d.thatSubordinateEnd(2, len(d.toks)) > 0; got != c.want {
			t.Errorf("%q: thatSubordinateEnd = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.thatSubordinateEnd(2, len(d.toks)) > 0 {
			t.Errorf("%q: thatSubordinateEnd in training", c.text)
		}
		d.release()
	}
}
