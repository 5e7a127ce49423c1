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
