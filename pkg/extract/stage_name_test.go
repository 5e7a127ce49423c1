package extract

import "testing"

// TestStageName: a subject of capitalised words broken by "the" or "tha"
// names one speaker, after a title too; an organisation with a
// preposition and a role after the link keep their names.
func TestStageName(t *testing.T) {
	ex := withoutAccept()
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Podcast\n\n\"He will win,\" Charlamagne tha God said.", "Charlamagne tha God", "Charlamagne tha God", ""},
		{"Podcast\n\n\"He will win,\" said Charlamagne tha God.", "Charlamagne tha God", "Charlamagne tha God", ""},
		{"Radio\n\nRadio host Charlamagne tha God said the race was over.", "Radio host Charlamagne tha God", "Charlamagne tha God", "Radio host"},
		{"Markets\n\nThe Bank of Japan said rates would stay.", "The Bank of Japan", "Bank of Japan", ""},
		{"Town\n\nMayor Ann Lee said the roads were closed.", "Mayor Ann Lee", "Ann Lee", "Mayor"},
	})
}

// TestEpithetName: a given name alone, "the" and a capitalised epithet is
// one name, whichever part the subject held ("said Ivan", "the Terrible
// said"), and a later "the Terrible" is that person; a party or a role
// after "the" is no epithet.
func TestEpithetName(t *testing.T) {
	ex := withoutAccept()
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"History\n\nIvan the Terrible said the boyars had betrayed him.", "Ivan the Terrible", "Ivan the Terrible", ""},
		{"Comedy\n\n\"We sold out every night,\" said Larry the Cable Guy.", "Larry the Cable Guy", "Larry the Cable Guy", ""},
		{"Comedy\n\n\"We sold out every night,\" Larry the Cable Guy said.", "Larry the Cable Guy", "Larry the Cable Guy", ""},
		{"Politics\n\nWallace the Democrat said he would run.", "the Democrat", "Democrat", ""},
	})
	qs := ex.Extract("Wrestling\n\nAndre the Giant toured Japan in 1970. \"The crowds were wonderful,\" the Giant said.")
	if q := find(t, qs, "The crowds were wonderful"); q.Speaker.Name != "Andre the Giant" {
		t.Errorf("the Giant: speaker %q, want Andre the Giant", q.Speaker.Name)
	}
	qs = ex.Extract("Wrestling\n\nIn 1970, Andre the Giant toured Japan. \"The crowds were wonderful,\" he said.")
	if q := find(t, qs, "The crowds were wonderful"); q.Speaker.Name != "Andre the Giant" {
		t.Errorf("he: speaker %q, want Andre the Giant", q.Speaker.Name)
	}
}
