package extract

import "testing"

// TestAcronymWho covers the World Health Organization's acronym as a
// speaker; the relative "who" and a shouted headline's "WHO" stay words.
func TestAcronymWho(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "WHO warns of new pandemic risk", content: "new pandemic risk", mention: "WHO"},
		{text: "WHO says new virus is spreading", content: "new virus is spreading", mention: "WHO"},
		{text: "The WHO said the virus is spreading.", content: "the virus is spreading", mention: "The WHO"},
		{text: "US says it will send more troops to Poland", content: "it will send more troops to Poland", mention: "US"},
		{text: "Lee told us the plan would work.", content: "the plan would work", mention: "Lee"},
	})
	for _, text := range []string{"People who said it were right.", "WHO IS TO BLAME? Lee says it is the mayor", "LET US PRAY, the pastor said"} {
		d := newDoc(text)
		for _, tk := range d.toks {
			if tk.lower == "WHO" || tk.lower == "US" {
				t.Errorf("%q: %q read as the acronym", text, d.text[tk.s:tk.e])
			}
		}
		d.release()
	}
	d := newDocFor("WHO says new virus is spreading", true)
	defer d.release()
	if d.toks[0].lower != "who" {
		t.Errorf("acronym marked in training")
	}
}
