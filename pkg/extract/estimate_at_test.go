package extract

import "testing"

// TestEstimateAt: "X estimates/puts/pegs OBJ at FIGURE" gives X's figure,
// ending at the first comma; passives, infinitives, relatives and
// non-figures give none.
func TestEstimateAt(t *testing.T) {
	ex := New(nil)
	text := `Prices rose. Forbes put his net worth at $45 billion. The tracker puts her approval at a solid 50 percent, the highest since 2012.`
	qs := ex.Extract(text)
	q := find(t, qs, "his net worth at $45 billion")
	if got := mention(text, q); got != "Forbes" {
		t.Errorf("mention %q, want Forbes", got)
	}
	if q := find(t, qs, "her approval at a solid 50 percent"); q.Text != "her approval at a solid 50 percent" {
		t.Errorf("content %q, want it to end before the comma", q.Text)
	}
	find(t, ex.Extract(`Prices rose. Bloomberg estimates Mr. Lund’s fortune at about $42 billion.`), "fortune at about $42 billion")
	for _, text := range []string{
		`Prices rose. The damage was estimated at $3 million.`,
		`Prices rose. It was hard to put the cost at $3 million.`,
		`Prices rose. He is a man who puts his net worth at $11 billion.`,
		`Prices rose. She put the box at the door.`,
	} {
		for _, q := range ex.Extract(text) {
			if q.Cue != nil && estimateAtForms.has(text[q.Cue.Start:q.Cue.End]) {
				t.Errorf("%q: unexpected figure estimate %q", text, q.Text)
			}
		}
	}
}
