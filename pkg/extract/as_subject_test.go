package extract

import "testing"

// TestSubjectAfterAs: after a quotation, "as X put it" has X as its
// mention, not "as X"; a subject without "as" is unchanged.
func TestSubjectAfterAs(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`“The levy is dead,” as Okafor put it.`, "The levy is dead", "Okafor"},
		{`“The levy is dead,” as the treasurer said.`, "The levy is dead", "the treasurer"},
		{`“The levy is dead,” Okafor said.`, "The levy is dead", "Okafor"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{`“The levy is dead,” as Sen. Dana Okafor put it.`, "The levy is dead", "Dana Okafor", SpeakerPerson, "Sen."},
	})
}
