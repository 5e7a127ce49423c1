package extract

import "testing"

// TestInstitutionName: a school, hospital or museum that speaks is an
// organisation under its whole name; people named like one, and people
// described by one, stay people.
func TestInstitutionName(t *testing.T) {
	const h = "Headline\n\n"
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{h + "The Mayo Clinic said the drug works.", "the drug works", "Mayo Clinic", SpeakerOrganization, ""},
		{h + "Harvard Business School said the course would close.", "the course would close", "Harvard Business School", SpeakerOrganization, ""},
		{h + "The Metropolitan Museum of Art said the painting was a fake.", "the painting was a fake", "Metropolitan Museum of Art", SpeakerOrganization, ""},
		{h + "The London School of Economics said fees would rise.", "fees would rise", "London School of Economics", SpeakerOrganization, ""},
		{h + "King's College London said the study was sound.", "the study was sound", "King's College London", SpeakerOrganization, ""},
		{h + "The Museum of London said the show would open.", "the show would open", "Museum of London", SpeakerOrganization, ""},
		{h + "Penn State's Graduate School of Education said fees would rise.", "fees would rise", "Penn State's Graduate School of Education", SpeakerOrganization, ""},
		{h + "Heathrow Airport said flights were delayed.", "flights were delayed", "Heathrow Airport", SpeakerOrganization, ""},
		{h + "\"We are proud of her,\" The Brookings Institution said.", "We are proud of her", "Brookings Institution", SpeakerOrganization, ""},
		// Two museums are two speakers, not one "Art".
		{h + "The Museum of Modern Art said the show would open. The Metropolitan Museum of Art said the painting was a fake.",
			"the painting was a fake", "Metropolitan Museum of Art", SpeakerOrganization, ""},
		// People.
		{h + "Frank Church said the vote was close.", "the vote was close", "Frank Church", SpeakerPerson, ""},
		{h + "Shirley Temple said she was happy.", "she was happy", "Shirley Temple", SpeakerPerson, ""},
		{h + "Harvard Business School professor Amy Edmondson said teams fail.", "teams fail", "Amy Edmondson", SpeakerPerson, "Harvard Business School professor"},
		{h + "John Smith of Lincoln High School said the game was off.", "the game was off", "John Smith", SpeakerPerson, ""},
	})
}

// TestInstitutionAntecedent: a nominal names an institution named with
// another head of its kind; not a name the head noun only modifies.
func TestInstitutionAntecedent(t *testing.T) {
	const h = "Headline\n\n"
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{h + "The University of Michigan said the study was sound. The school said it would appeal.", "it would appeal", "University of Michigan", SpeakerOrganization, ""},
		{h + "The Mayo Clinic said the drug works. The hospital said more trials were planned.", "more trials were planned", "Mayo Clinic", SpeakerOrganization, ""},
		{h + "The Tate Gallery said the painting was sold. The museum said it regretted the sale.", "it regretted the sale", "Tate Gallery", SpeakerOrganization, ""},
	})
	for _, q := range withoutAccept().Extract(h + "The Trump University playbook said students should pay more. The school said it was proud.") {
		if q.Text == "it was proud" && q.Speaker.Name != "school" && q.Speaker.Kind != SpeakerUnknown {
			t.Errorf("the school named %q, a playbook", q.Speaker.Name)
		}
	}
}
