package extract

import "testing"

// TestIrishChairTitle: "Ceann Comhairle" (the Dáil's chair) is a title
// before a name, as "Taoiseach" is; the name without it stays whole.
func TestIrishChairTitle(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nCeann Comhairle Seán Ó Fearghaíl said the Dáil would sit on Friday. Mr Ó Fearghaíl said members must behave.", "members must behave", "Seán Ó Fearghaíl", SpeakerPerson, "Mr"},
		{"Talks resumed.\n\nCeann Comhairle Verona Murphy said the Dáil would sit on Friday.", "the Dáil would sit", "Verona Murphy", SpeakerPerson, "Ceann Comhairle"},
		// near miss: no title
		{"Talks resumed.\n\nSeán Ó Fearghaíl said the Dáil would sit on Friday.", "the Dáil would sit", "Seán Ó Fearghaíl", SpeakerPerson, ""},
	})
}
