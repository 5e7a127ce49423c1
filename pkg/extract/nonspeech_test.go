package extract

import (
	"strings"
	"testing"
)

// TestNonSpeechContents covers the content shapes of belief, intention and
// finding cues: each sentence must give a statement that is not speech,
// holding sub, with the given mention.
func TestNonSpeechContents(t *testing.T) {
	cases := []mentionCase{
		{"declined to", `The harbor master declined to comment on the closure.`, "to comment on the closure", "The harbor master"},
		{"refused to", `Governor Ellen Park refused to sign the water bill.`, "to sign the water bill", "Governor Ellen Park"},
		{"is expected to", `The city council is expected to approve the budget next week.`, "to approve the budget", "The city council"},
		{"plans to", `Mayor Tom Reyes plans to run for a third term.`, "to run for a third term", "Mayor Tom Reyes"},
		{"hopes to", `Rivera hopes to finish the tunnel by spring.`, "to finish the tunnel", "Rivera"},
		{"defended", `The chief defended her handling of the strike on Monday.`, "her handling of the strike", "The chief"},
		{"think with a bare clause", `Some council members think Mayor Ruiz will lose the vote.`, "Mayor Ruiz will lose the vote", "Some council members"},
		{"stance object", `Most farmers opposed the new water tax.`, "the new water tax", "Most farmers"},
		{"stance object with a phrase", `Senator Dana Holt supported cuts to the ferry subsidy in March.`, "cuts to the ferry subsidy", "Senator Dana Holt"},
		{"poll with a participle", `A new poll by the Valley Herald shows Alvarez leading Brandt by six points.`, "Alvarez leading Brandt", "the Valley Herald"},
		{"poll with a clause", `County records show the bridge was inspected twice last year.`, "the bridge was inspected twice", "County records"},
		{"in a poll", `In the latest county poll, Alvarez led Brandt by six points among older voters.`, "Alvarez led Brandt by six points", "the latest county poll"},
		{"poll with a standing", `A new poll by the Valley Herald showed a narrow lead for the mayor.`, "a narrow lead for the mayor", "the Valley Herald"},
		{"survey found", `A survey of local shops found most owners had lost customers.`, "most owners had lost customers", "A survey of local shops"},
	}
	// the rule candidates: the accept model holds beliefs to a higher
	// threshold and may drop a lone sentence without context
	ex := withoutAccept()
	checkMentions(t, ex, cases, func(t *testing.T, q Quote) {
		if q.IsSpeech {
			t.Errorf("%q is no speech act", q.CueText)
		}
	})
}

// TestNonSpeechNotFrames: noun and particle uses of the stance cues, inanimate
// subjects of intention cues and findings without evidence give no statement.
func TestNonSpeechNotFrames(t *testing.T) {
	for _, s := range []string{
		"The senator's support rose after the debate.",
		"His 40% support gives him a clear lead.",
		"The storm is expected to reach the coast by Friday.",
		"The new mayor found a house near the river.",
		"Washington think tanks have studied the plan.",
		"In the video, the mayor waves to the crowd and leaves.",
	} {
		for _, q := range New(nil).Extract(s) {
			for _, c := range []string{"support", "expect", "find", "think", "in"} {
				if strings.Contains(q.CueText, c) {
					t.Errorf("%q: unexpected quote %+v", s, q)
				}
			}
		}
	}
}

// TestQuotationCues: speech frames whose content is a quotation: "as X put
// it", "X was asked", chants.
func TestQuotationCues(t *testing.T) {
	cases := []mentionCase{
		{"put it", `As the mayor put it, “We will rebuild every bridge.”`, "We will rebuild every bridge", "the mayor"},
		{"was asked", `Ms. Ortiz was asked, “Would you run again?” She laughed.`, "Would you run again?", "Ms. Ortiz"},
		{"clause before a colon", `The governor returned to his favorite theme: “Taxes are too high in this state.”`, "Taxes are too high", "The governor"},
		{"opening asked", `Asked whether he would run again, the mayor smiled and said nothing.`, "whether he would run again", ""},
		{"interjected", `“That is not true,” the chairman interjected.`, "That is not true", "the chairman"},
		{"chanted", `The crowd chanted “Four more years!” as the senator walked in.`, "Four more years!", "The crowd"},
	}
	ex := New(nil)
	checkMentions(t, ex, cases)
}

// TestObjectCues: two-word cues whose object is the content.
func TestObjectCues(t *testing.T) {
	cases := []mentionCase{
		{"called for", `Mayor Lin called for a new vote on the tunnel.`, "a new vote on the tunnel", "Mayor Lin"},
		{"called on", `The union called on the city to reopen the talks.`, "the city to reopen the talks", "The union"},
		{"described an object", `In her speech, the senator described the long lines at the clinic.`, "the long lines at the clinic", "the senator"},
		{"urged to", `The governor urged the city council to pass the water bill before the summer.`, "to pass the water bill", "The governor"},
		{"referring to", `“It was a disaster,” Ross said, referring to the budget talks.`, "the budget talks", "Ross"},
	}
	// the rules alone: the accept model has not seen these cues yet
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
