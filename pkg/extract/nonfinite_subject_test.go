package extract

import "testing"

// TestNonfiniteSubject: a non-finite cue without a subject of its own
// takes the speaker the grammar gives it; the statements stay as found.
func TestNonfiniteSubject(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		// a participle phrase opening the sentence: the main clause's subject
		{"having", "Headline\n\nHaving announced that he would not send her to prison, Judge Ross read the order.", "he would not send her to prison", "Judge Ross"},
		{"after a gerund", "Headline\n\nAfter months of refusing to offer an apology, Ann Lee said she was sorry.", "to offer an apology", "Ann Lee"},
		{"dateline", "Headline\n\nWASHINGTON ― After bragging for a year about how cheaply he ran his campaign, Tom Reed is spending more.", "he ran his campaign", "Tom Reed"},
		{"bare plural subject after the phrase", "Headline\n\nArriving at the scene, police began searching for shooters, believing there may be three.", "there may be three", "police"},
		// an infinitive: the subject of the verbs it completes
		{"trying to", "Headline\n\nThe party is trying to convince the court that the law is unfair.", "the law is unfair", "The party"},
		{"continues to", "Headline\n\nThe faction continues to tell itself that the vote was stolen.", "the vote was stolen", "The faction"},
		{"been able to", "Headline\n\nPlaintiffs have been able to convince judges that the maps were drawn unfairly.", "the maps were drawn unfairly", "Plaintiffs"},
		// an object that is made to act
		{"pressure on", "Headline\n\nThe rally put pressure on the nominee to convince voters that he could win.", "he could win", "the nominee"},
		// a gerund in an adjunct of the main clause
		{"in writing", "Headline\n\nRecognizing this, Tom Reed joined Democrats in writing a bill that created a path to citizenship.", "a bill that created", "Tom Reed"},
		{"in calling for", "Headline\n\nThe mayor lagged behind many rivals in calling for the tax to be scrapped.", "the tax to be scrapped", "The mayor"},
		{"step of announcing", "Headline\n\nThe judge took the last step Wednesday of announcing that the case was closed.", "the case was closed", "The judge"},
		// a participle after a verb phrase
		{"auxiliary and verb", "Headline\n\nIn a riff on his slogan, they will hold banners proclaiming: \"Stop the deal!\"", "Stop the deal", "they"},
		{"adverb and past", "Headline\n\nAfter the video, the community immediately began calling for the mayor to resign.", "the mayor to resign", "the community"},
		{"passive left", "Headline\n\nWithout the anchor, viewers and politicians are left wondering whether the tone will soften.", "the tone will soften", "politicians"},
		// asked by
		{"asked by", "Headline\n\nAsked by a reporter whether the plan would pass, Tom Reed said he was sure.", "the plan would pass", "a reporter"},
		{"when asked by", "Headline\n\n\"Absolutely,\" Lee said when asked by a host if that was still her view.", "that was still her view", "a host"},
		// near misses: the mention as found
		{"the phrase has its own subject", "Headline\n\nWhile Tom Reed is insisting that the vote will pass, his aides are less sure.", "the vote will pass", "Tom Reed"},
		{"left voters saying gives the object", "Headline\n\nThe attacks have left 62 percent of voters saying that race relations are bad.", "race relations are bad", "left 62 percent of voters"},
		{"for saying gives the object", "Headline\n\nTom Reed praised Ann Lee for saying that the plan was fair.", "Ann Lee for saying", "Tom Reed"},
		{"an infinitive after a noun", "Headline\n\nThe decision to tell voters that the race was close was a mistake.", "the race was close", ""},
	})
	checkSpeakerNames(t, []speakerCase{
		{"Tom Reed spoke on Monday. The session allowed him to reassure investors that the bank was safe.", "the bank was safe", "Tom Reed"},
		{"The party is trying to convince the court that the law is unfair.", "the law is unfair", "party"},
	})
}
