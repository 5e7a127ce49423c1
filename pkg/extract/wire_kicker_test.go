package extract

import (
	"strings"
	"testing"
)

// TestWireKicker covers a wire headline's kicker glued by a hyphen, at
// inference only.
func TestWireKicker(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "EXCLUSIVE-Tesla plans new factory in Mexico, sources say", content: "Tesla plans new factory in Mexico", mention: "sources"},
		{text: "UPDATE 2-Oil rises as supply tightens, traders say", content: "Oil rises as supply tightens", mention: "traders"},
	})
	for _, c := range []struct{ text, words string }{
		{"EXCLUSIVE-Tesla plans", "exclusive - tesla plans"},
		{"UPDATE 2-Oil rises", "update 2 - oil rises"},
		// no kicker, a lower-case word after the hyphen, not the text's start
		{"Anti-Tesla protests grow", "anti-tesla protests grow"},
		{"EXCLUSIVE-only deals", "exclusive-only deals"},
		{"Markets fell. EXCLUSIVE-Tesla plans", "markets fell . exclusive-tesla plans"},
		{"UPDATE 2-3 times", "update 2-3 times"},
	} {
		d := newDoc(c.text)
		var got []string
		for i := range d.toks {
			got = append(got, d.toks[i].lower)
		}
		if g := strings.Join(got, " "); g != c.words {
			t.Errorf("%q: tokens %q, want %q", c.text, g, c.words)
		}
		d.release()
	}
	d := newDocFor("EXCLUSIVE-Tesla plans new factory, sources say", true)
	defer d.release()
	if d.word(0) != "exclusive-tesla" {
		t.Errorf("the kicker is split in training: %q", d.word(0))
	}
}
