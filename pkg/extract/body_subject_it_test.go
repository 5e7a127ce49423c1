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
