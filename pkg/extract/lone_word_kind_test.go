package extract

import "testing"

// TestLoneWordKind: an according-to source of one word with no person's
// evidence has the kind the same word has as a sentence's subject; a
// person's surname the article gives in full, a known first name's word
// and a titled name stay persons.
func TestLoneWordKind(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct {
		text, sub string
		want      SpeakerKind
	}{
		{"Homes\n\nAccording to Zillow, home prices rose 4 percent last year.", "home prices rose", SpeakerUnknown},
		{"Homes\n\nZillow said home prices rose 4 percent last year.", "home prices rose", SpeakerUnknown},
		{"Books\n\nSales of the memoir doubled last week, according to Bookscan.", "Sales of the memoir doubled", SpeakerUnknown},
		{"Polls\n\nThe governor's approval fell to 41 percent, according to Quinnipiac.", "approval fell to 41 percent", SpeakerUnknown},
		{"Budget\n\nMaria Okonjo led the talks.\n\nAccording to Okonjo, the budget will balance by 2027.", "the budget will balance", SpeakerPerson},
		{"Budget\n\nAccording to Sen. Whitcombe, the budget will balance by 2027.", "the budget will balance", SpeakerPerson},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Kind; got != c.want {
			t.Errorf("%q: kind %q, want %q", c.text, got, c.want)
		}
	}
}
