package extract

import "testing"

// TestSaidYes: an answer "yes" or "no" alone after a say cue is kept at
// inference; a longer content, another cue, a quotation and training are
// not this rule's.
func TestSaidYes(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Poll Out.\n\nAsked if the plan was legal, 46 percent of voters said yes, compared with 23 percent who said it was not.", content: "yes", mention: "46 percent of voters"},
		{text: "Poll Out.\n\nAsked if he would run again, the governor said no.", content: "no", mention: "the governor"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Asked if he would run, the governor said no.", true},
		{"Asked if he would run, the governor says yes.", true},
		{"The senator said no to the war.", false},
		{"Asked if he would run, the governor answered no.", false},
		{"“I never said no,” he wrote.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.saidYesKept(a)
		}
		d.training = true
		for _, a := range d.findAttributions() {
			if d.saidYesKept(a) {
				t.Errorf("%q: kept while training", c.text)
			}
		}
		d.release()
		if got != c.want {
			t.Errorf("%q: kept %v, want %v", c.text, got, c.want)
		}
	}
}
