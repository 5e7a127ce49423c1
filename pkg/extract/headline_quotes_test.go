package extract

import "testing"

// TestHeadlineSingleQuotes: single marks that pair in a headline over an
// article quoting with double marks are quotations; an apostrophe stays
// one.
func TestHeadlineSingleQuotes(t *testing.T) {
	ex := New(DefaultAliases())
	body := "\nMOSCOW — The minister spoke on Friday. “We will respond,” he said."
	for _, c := range []struct {
		text, sub string
		kind      Kind
	}{
		{"Lavrov: ‘The West has declared total war on Russia’" + body, "The West has declared", KindDirect},
		{"Putin says Russia ‘will not allow’ NATO expansion" + body, "will not allow", KindPartial},
		{"Putin says Russia’s army will not allow NATO expansion" + body, "army will not allow", KindIndirect},
	} {
		if q := find(t, ex.Extract(c.text), c.sub); q.Kind != c.kind {
			t.Errorf("%q: kind %s, want %s", c.text, q.Kind, c.kind)
		}
	}
}
