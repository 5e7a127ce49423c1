package extract

import "testing"

// TestThatAfterTitle: a that-clause after a quoted programme is the
// content; the title alone is none.
func TestThatAfterTitle(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		`Sanders told CNN's "State of the Union" that he would stay in the race.`,
		"Sanders told CNN’s “State of the Union” on Sunday that he would stay in the race.",
	} {
		q := find(t, ex.Extract(text), "he would stay in the race")
		if q.Text != "that he would stay in the race" {
			t.Errorf("%q: content %q, want the clause", text, q.Text)
		}
	}
	for _, q := range ex.Extract(`"We will win," he told ABC's "This Week."`) {
		if q.Text == "This Week." || q.Text == "This Week" {
			t.Errorf("the title is content: %+v", q)
		}
	}
}
