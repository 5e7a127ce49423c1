package extract

import "testing"

// TestCommonNounName: a person speaker whose name opens in lower case or is
// a capitalised common noun the article also writes in lower case is of
// unknown kind; not a particle, a known first name or a surname the article
// gives in full.
func TestCommonNounName(t *testing.T) {
	emails := "BUSTED: Emails Reveal Aide Took Orders\n\nThe emails show that the aide took orders."
	polling := "Headline\n\nThe most recent polling in Ohio shows Smith closing the gap."
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{emails, "the aide took orders", "Emails", SpeakerUnknown, ""},
		{polling, "Smith closing the gap", "recent polling in Ohio", SpeakerUnknown, ""},
		{"Headline\n\nEven the field's biggest hawks, like Rubio and Bush, say the troops should be local.", "troops should be local", "field's biggest hawks, like Rubio and Bush", SpeakerUnknown, ""},
		// near-misses: a surname the article gives in full, a particle,
		// a known first name
		{"Headline\n\nNathan Deal met the press. Deal said the deal was fair.", "the deal was fair", "Nathan Deal", SpeakerPerson, ""},
		{"Headline\n\nBill de Blasio spoke. de Blasio said the plan was fair.", "the plan was fair", "Bill de Blasio", SpeakerPerson, ""},
		{"Headline\n\nThe bill passed. Bill Smith said the plan was fair.", "the plan was fair", "Bill Smith", SpeakerPerson, ""},
	})
	// the plain pass keeps the kind the accept model was trained with
	for _, c := range [][2]string{{emails, "the aide took orders"}, {polling, "Smith closing the gap"}} {
		if k := plainKind(t, c[0], c[1]); k != SpeakerPerson {
			t.Errorf("%q: plain kind %s, want person", c[0], k)
		}
	}
}

func TestFirstNameRest(t *testing.T) {
	for in, want := range map[string]string{
		"cousin James York":           "James York",
		"his cousin James York":       "James York",
		"name of Mr. Pinchuk":         "",
		"cousin James Earl York Jr":   "",
		"69% majority of Republicans": "",
	} {
		if got := firstNameRest(in); got != want {
			t.Errorf("firstNameRest(%q) = %q, want %q", in, got, want)
		}
	}
}
