package extract

import "testing"

// TestDescribedSurname: a surname after a description, a headline word or
// an abbreviated office is the person the article names with a first name;
// not a full name of unknown given names, nor two people of that surname.
func TestDescribedSurname(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Former AG Markey at convention: the plan is bad\n\nThe former attorney general, Michael Markey, spoke on Monday. Markey said he was absent.", "the plan is bad", "Michael Markey", SpeakerPerson, "Former"},
		// near-misses: a given name the list does not know, two people
		{"Former AG Markey at convention: the plan is bad\n\nThe former attorney general, Orvil Markey, spoke on Monday.", "the plan is bad", "AG Markey", SpeakerPerson, "Former"},
		{"Former AG Markey at convention: the plan is bad\n\nMichael Markey and Susan Markey spoke on Monday.", "the plan is bad", "AG Markey", SpeakerPerson, "Former"},
	})
}
