package extract

import "testing"

// TestWrappedLines: a line break inside a sentence (before a lower-case
// word, after a word or a question; after a comma or a quotation closed on
// a comma, before any word) joins the lines; after a full stop or a
// question before a capital, before a name like "eBay", and after the
// headline, a break stays a paragraph break.
func TestWrappedLines(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Talks resumed.\n\n“We will act to protect jobs,”\nthe minister said.", "We will act to protect jobs", "the minister"},
		{"Talks resumed.\n\n'We will act to protect jobs,'\nsaid the minister.", "We will act to protect jobs", "the minister"},
		{"Talks resumed.\n\n“Will you act?”\nasked one reporter.", "Will you act?", "one reporter"},
		{"Talks resumed.\n\n“We will act,” the minister\nsaid on Monday.", "We will act", "the minister"},
		{"Talks resumed.\n\nThe minister said the plan,\nwhich was agreed in May, would go ahead.", "the plan, which was agreed in May, would go ahead", "The minister"},
		{"Talks resumed.\n\n“We will appeal,”\nMayer said.", "We will appeal", "Mayer"},
		{"Talks resumed.\n\n‘We will appeal,’\nRuth Mayer said.", "We will appeal", "Ruth Mayer"},
	})
	for _, c := range []struct {
		text  string
		paras int
	}{
		{"Talks resumed.\n\nThe minister said the plan\nwould go ahead.", 2},
		{"Talks resumed.\n\nThe minister spoke.\nthe plan is dead.", 3},
		{"Talks resumed.\n\nThe minister spoke of\neBay and its rivals.", 3},
		{"Talks resumed.\n\nThe minister spoke,\nThe plan is dead.", 2},
		{"Talks resumed.\n\n“Why?”\nThe minister left.", 3},
		{"Talks resumed.\n\n“We won.”\nThe minister left.", 3},
		{"Minister says\nthe plan is dead", 2},
	} {
		d := newDoc(c.text)
		if n := d.npara(); n != c.paras {
			t.Errorf("%q: %d paragraphs, want %d", c.text, n, c.paras)
		}
		d.release()
	}
	d := newDocFor("Talks resumed.\n\nThe minister said the plan\nwould go ahead.", true)
	if n := d.npara(); n != 3 {
		t.Errorf("lines joined in training: %d paragraphs", n)
	}
	d.release()
}

func TestUnwrapLines(t *testing.T) {
	for in, want := range map[string]string{
		"We won":                "We won",
		"the plan,\nwhich was":  "the plan, which was",
		"the plan, \r\n  which": "the plan, which",
		"a\n\nb":                "a b",
	} {
		if got := unwrapLines(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
