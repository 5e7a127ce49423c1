package extract

import "testing"

// TestRelativeHeadOwner: the speaker of a verb after a subject with a
// relative clause is the noun the clause modifies, not a noun or verb
// inside the clause; the statements stay as found.
func TestRelativeHeadOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"object of the clause", "Headline\n\nVoters who watched the debate said the mayor did well.", "the mayor did well", "Voters"},
		{"verb phrase as subject", "Headline\n\nCurrent and former officials who spoke with the newspaper said the group is weak.", "the group is weak", "former officials"},
		{"auxiliary and adverb", "Headline\n\nSupporters who have heard directly from the Reed campaign say he will win.", "he will win", "Supporters"},
		{"a name inside the clause", "Headline\n\nMany of the local leaders who would rather be working for Tom Reed said they had rallied behind Ann Lee.", "they had rallied", "Many of the local leaders"},
		{"those of a number", "Headline\n\nYet 27 percent of those who chose a rival said they could still switch.", "they could still switch", "27 percent of those"},
		{"after a conjunction", "Headline\n\nThough executives who have worked with Tom Reed say he is shrewd, others disagree.", "he is shrewd", "executives"},
		{"a stance verb with an object", "Headline\n\nVoters who supported Tom Reed said they were let down.", "they were let down", "Voters"},
		// a participle phrase on the subject
		{"agent of a participle", "Headline\n\nA letter from the Legion obtained by the newspaper warns that the emblem may not be used.", "the emblem may not be used", "A letter from the Legion"},
		{"those affected by", "Headline\n\nFamilies of those affected by the floods urged the council to act.", "the council to act", "Families of those"},
		{"participle aside", "Headline\n\nA legal opinion drafted for the firm in May, and obtained by the newspaper, concluded that the centre was a foreign agent.", "the centre was a foreign agent", "A legal opinion"},
		{"when contacted by", "Headline\n\nLee’s office, when contacted by the newspaper, said the envoy could not recall the dinner.", "the envoy could not recall", "Lee’s office"},
		// prepositional phrases on the subject
		{"a reporter for an agency", "Headline\n\nA reporter for Agence France-Presse said the road was closed.", "the road was closed", "A reporter"},
		{"a person at an outlet", "Headline\n\nDana Rubin at Politico New York reports that the deal is off.", "the deal is off", "Dana Rubin"},
		{"two phrases", "Headline\n\nOne employee at a software firm on the coast declined to comment.", "to comment", "One employee"},
		{"after a subordinator", "Headline\n\nLee did not back down, even as advocates for the victims called for his dismissal.", "his dismissal", "advocates"},
		{"in before a common noun", "Headline\n\nFemale donors in both parties described the race as close.", "the race as close", "Female donors"},
		// near misses: the mention as found
		{"the clause's verb takes a clause", "Headline\n\nPeople who know Ann Lee said she would run.", "she would run", "Ann Lee"},
		{"object relative", "Headline\n\nIt was a plan that the mayor said would fail.", "would fail", "the mayor"},
		{"a subordinate clause inside", "Headline\n\nThe woman, who left because she feared the crowd, said the police came late.", "the police came late", "The woman"}, // the relative clause cut after the comma (mention_aside.go)
		{"the relative pronoun speaks", "Headline\n\nAnn Lee, a banker who has backed Tom Reed, said the tax was fair.", "the tax was fair", "Ann Lee, a banker who has backed Tom Reed"},
		{"a passive subject and another clause", "Headline\n\nThe bill was backed by Tom Reed and Ann Lee said it was fair.", "it was fair", "Ann Lee"},
		{"from gives the writer", "Headline\n\nAn email from Ann Lee reveals that the plan was hers.", "the plan was hers", "Ann Lee"},
		{"in before a place", "Headline\n\nFarmers in Punjab said the law would ruin them.", "the law would ruin them", "Punjab"},
		{"a spokesman for", "Headline\n\nA spokesman for Mr. Lee said the plan was fair.", "the plan was fair", "A spokesman for Mr. Lee"},
		{"see as", "Headline\n\nDemocrats see Lee as an agent in Reed's decline, arguing that he is weak.", "he is weak", "Reed's"},
		{"no relative clause", "Headline\n\nVoters in Ohio said the mayor did well.", "the mayor did well", "Voters in Ohio"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Voters who watched the debate said the mayor did well.", "the mayor did well", "Voters"},
	})
}
