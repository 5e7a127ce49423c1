package extract

import "testing"

// TestHeadlineQuoteColon covers a headline that quotes first and names its
// speaker after a colon, in double or single marks, after a title or not; a
// noun phrase or a title-case clause after the
// colon, a cue after the name and a body paragraph are left alone.
func TestHeadlineQuoteColon(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "“We will win”: Zelensky", content: "We will win", mention: "Zelensky"},
		{text: "‘We will not back down’: Zelensky defiant as attacks continue", content: "We will not back down", mention: "Zelensky"},
		{text: "'Britain is broken': Starmer\n\nThe Labour leader spoke in Leeds.", content: "Britain is broken", mention: "Starmer"},
		// a title before the name
		{text: "‘I never planned to be a politician’: Mayor Ana Ruiz on her first year", content: "I never planned to be a politician", mention: "Mayor Ana Ruiz"},
		{text: "‘It is over’: Former Prime Minister Boris Johnson", content: "It is over", mention: "Former Prime Minister Boris Johnson"},
		// the name's own frame takes the words after it
		{text: "“We will win”: Zelensky says Ukraine will fight on", content: "Ukraine will fight on", mention: "Zelensky"},
	})
	checkNoStatements(t, ex, []string{
		"'We are in shock': A town mourns its mayor.",
		"Markets fell on Monday.\n\n“We will win”: Zelensky",
	})
	// a title-case clause is no speaker
	checkNoStatementWith(t, ex.Extract("‘Not again’: Mosque Feels The Spotlight"), "Not again")
	d := newDocFor("“We will win”: Zelensky", true)
	defer d.release()
	for _, q := range d.quotes {
		if d.headlineQuoteColonFrame(q) != nil {
			t.Errorf("frame built in training")
		}
	}
}
