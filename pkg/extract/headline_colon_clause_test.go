package extract

import "testing"

// TestHeadlineColonClause: a title-case clause before a headline colon
// names its opening name, its role, or nobody; a plain name stays.
func TestHeadlineColonClause(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Carly Fiorina Endorses Ted Cruz: I Am Horrified By Donald Trump\n\nCarly Fiorina endorsed Ted Cruz on Wednesday.", "Carly Fiorina"},
		{"Clinton Wades In: Trump Is Unfit To Lead The Nation\n\nHillary Clinton spoke on Monday.", "Hillary Clinton"},
		{"Big Win For Bernie: Union Holds Off On Endorsement\n\nThe union met on Monday.", unknownSpeaker.Name},
		{"Ann Lee Ross: The Plan Will Work\n\nAnn Lee Ross spoke on Monday.", "Ann Lee Ross"},
	} {
		qs := New(nil).Extract(c.text)
		if len(qs) == 0 || qs[0].Speaker.Name != c.want {
			t.Errorf("%q: first speaker %+v, want %q", c.text, qs, c.want)
		}
	}
}
