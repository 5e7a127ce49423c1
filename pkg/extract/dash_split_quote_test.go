package extract

import "testing"

// TestDashSplitQuote: a quotation the frame splits with a dash after it is
// one statement of both parts; a dash with no quotation before the frame
// splits nothing.
func TestDashSplitQuote(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"“We will fight,” the minister said — “and we will win.”",
		"“We will fight” — the minister said — “and we will win.”",
	} {
		q := find(t, ex.Extract(text), "and we will win")
		if len(q.Content) != 2 || q.Text != "We will fight, and we will win." && q.Text != "We will fight and we will win." {
			t.Errorf("%q: content %q in %d parts, want both quotations", text, q.Text, len(q.Content))
		}
	}
	q := find(t, ex.Extract("The minister said — “and we will win.”"), "and we will win")
	if len(q.Content) != 1 {
		t.Errorf("no quotation before the frame: content %q in %d parts", q.Text, len(q.Content))
	}
}
