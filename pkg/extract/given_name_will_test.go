package extract

import "testing"

// TestGivenNameWill: "Will" before a surname is a given name; the modal of
// a title-case headline or a question stays a word.
func TestGivenNameWill(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "“The plan is costly,” said Will Doyle. “The biggest cost is staff.”", content: "The plan is costly. The biggest cost is staff.", mention: "Will Doyle"},
		{text: "Will Doyle, a professor at the college, said the plan was costly.", content: "the plan was costly", mention: "Will Doyle, a professor at the college"},
		{text: "Rep. Will Hurd said the wall would not work.", content: "the wall would not work", mention: "Rep. Will Hurd"},
	})
	for _, text := range []string{"Trump Will Win Iowa, Poll Says", "Will Trump win Iowa, as the polls say? Lee said so.", "Columnist George Will said the party was lost.", "They will leave. Will Lee stay?"} {
		d := newDoc(text)
		for _, tk := range d.toks {
			if tk.lower == "Will" {
				t.Errorf("%q: %q read as a given name", text, d.text[tk.s:tk.e])
			}
		}
		d.release()
	}
	d := newDocFor("“The plan is costly,” said Will Doyle.", true)
	defer d.release()
	for _, tk := range d.toks {
		if tk.lower == "Will" {
			t.Errorf("given name marked in training")
		}
	}
}
