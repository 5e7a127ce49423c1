package extract

import "testing"

// TestBodySubjectIt: "it" after a sentence opened by a body is that body;
// a name that may be a person's, a paragraph break or a sentence between
// leave it unknown.
func TestBodySubjectIt(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Biz.\n\nThe Fed held rates. In a statement, it said inflation remained elevated.", "inflation remained elevated", "Fed", SpeakerOrganization, ""},
		{"Biz.\n\nThe Bank of England held rates. It said inflation was falling.", "inflation was falling", "Bank of England", SpeakerOrganization, ""},
		// near misses
		{"Biz.\n\nAcme cut 500 jobs. It said demand had fallen.", "demand had fallen", "unknown", "", ""},
		{"Biz.\n\nJane Smith cut 500 jobs. It said demand had fallen.", "demand had fallen", "unknown", "", ""},
		{"Biz.\n\nThe Fed held rates.\n\nIn a statement, it said inflation remained elevated.", "inflation remained elevated", "unknown", "", ""},
		{"Biz.\n\nThe Fed held rates. Markets rose. It said inflation remained elevated.", "inflation remained elevated", "unknown", "", ""},
	})
}

// TestInitialAcronymBody: an acronym opening the sentence before a body
// nominal is the body; a capitalised word that may be a common one is
// left.
func TestInitialAcronymBody(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Launch\n\nNASA postponed the launch again. The agency said a valve was being replaced.", "a valve was being replaced", "NASA", SpeakerOrganization, ""},
		// near misses: no acronym, or a sentence between
		{"Launch\n\nOfficials postponed the launch again. The agency said a valve was being replaced.", "a valve was being replaced", "agency", "", ""},
		{"Launch\n\nNASA postponed the launch again. Crowds left. The agency said a valve was being replaced.", "a valve was being replaced", "agency", "", ""},
	})
}
