package extract

import "testing"

// TestTableBodyNominal: "the bureau" after "the FBI" is the body whose
// full name in the table holds the noun; another table body named nearer
// or a full name without the noun leaves the nominal unnamed.
func TestTableBodyNominal(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"FBI reviews emails\n\nThe FBI is reviewing new emails, two sources told CNN on Friday.\n\nThe bureau said in a letter to Congress that it could not yet assess the material.", "could not yet assess", "Federal Bureau of Investigation", SpeakerOrganization, ""},
		{"Ruling\n\nThe ICC issued a warrant on Monday.\n\nThe court said the evidence was strong.", "evidence was strong", "International Criminal Court", SpeakerOrganization, ""},
		{"Loan\n\nThe IMF approved the loan on Monday.\n\nThe fund said reforms were needed.", "reforms were needed", "International Monetary Fund", SpeakerOrganization, ""},
		// near-misses: another table body nearer, a name without the noun
		{"Loan\n\nThe FBI met the CIA on Monday.\n\nThe bureau said reforms were needed.", "reforms were needed", "bureau", "", ""},
		{"Loan\n\nThe CIA met on Monday.\n\nThe bureau said reforms were needed.", "reforms were needed", "bureau", "", ""},
	})
}
