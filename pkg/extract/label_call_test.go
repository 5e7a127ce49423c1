package extract

import "testing"

// TestLabelCall covers labels given with "call" that the naming test
// misses: a quotation far from the cue, an unquoted noun or adjective
// label; they are rule-accepted at inference only. Named things,
// passives, particles and phone calls report no label.
func TestLabelCall(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	const opener = "Town notes.\n\nThe board met on Monday. "
	checkContents(t, ex, []contentCase{
		{text: opener + "Lee called the plan to close two rural clinics in the valley “a quiet betrayal,” and left.", content: "the plan to close two rural clinics in the valley “a quiet betrayal”", mention: "Lee"},
		{text: opener + "The mayor called him a careless steward of public money.", content: "him a careless steward of public money", mention: "The mayor"},
		{text: opener + "Critics call the levy a tax on renters.", content: "the levy a tax on renters", mention: "Critics"},
		{text: opener + "Ms. Ruiz called the new parking rules unlawful and promised a review.", content: "the new parking rules unlawful", mention: "Ms. Ruiz"},
		{text: opener + "The governor once called herself pro-union, a stance she later dropped.", content: "herself pro-union", mention: "The governor"},
		{text: opener + "Critics call it the worst budget in a decade.", content: "it the worst budget in a decade", mention: "Critics"},
		{text: opener + "Lee calls the new map unworkable.", content: "the new map unworkable", mention: "Lee"},
		{text: opener + "Sen. Jane Doe (D-Ore.) called him a liar.", content: "him a liar", mention: "Sen. Jane Doe (D-Ore.)"},
		{text: opener + "Jane Doe called out her rival for ignoring farmers, which hurt him.", content: "out her rival for ignoring farmers", mention: "Jane Doe"},
	})
	for _, text := range []string{
		opener + "A small group called Friends of the Park sued the town.",
		opener + "The plan is often called a compromise.",
		opener + "Lee called him on Monday about the vote.",
		opener + "A neighbor called 911 after the fire started.",
		opener + "The chairman called it a day after midnight.",
		opener + "Her calls for a recount were ignored.",
		opener + "Lee called him the next day.",
		opener + "The clerk called out the names of the winners.",
	} {
		for _, q := range ex.Extract(text) {
			if q.CueText == "called" || q.CueText == "calls" || q.CueText == "call" {
				t.Errorf("%q: no label, got %+v", text, q.Text)
			}
		}
	}
}

// TestLabelCallRuleAccepted checks that the label is built at inference
// only, with the rule's confidence: the models train on the same
// candidates with or without the rule.
func TestLabelCallRuleAccepted(t *testing.T) {
	text := "Town notes.\n\nThe board met on Monday. The mayor called him a careless steward of public money."
	const want = "him a careless steward of public money"
	for _, c := range New(nil).Candidates(text) {
		if got := text[c.Quote.Content[0].Start:c.Quote.Content[0].End]; got == want {
			t.Errorf("training candidate %q: the frame must be built at inference only", got)
		}
	}
	q := find(t, New(nil).Extract(text), want)
	if q.Confidence != labelCallConf {
		t.Errorf("confidence %v, want the rule's %v", q.Confidence, labelCallConf)
	}
}

// TestLabelGoesOn: a bare quoted label the sentence continues from with a
// complement keeps it at inference; after "and" or an adjunct of time or
// place the content ends at the quotation.
func TestLabelGoesOn(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	const opener = "Town notes.\n\nThe board met on Monday. "
	checkContents(t, ex, []contentCase{
		{text: opener + "Lee calls the tax “a trap” for young families.", content: "the tax “a trap” for young families", mention: "Lee"},
		{text: opener + "Lee called the fee “a scam” and walked out.", content: "the fee “a scam”", mention: "Lee"},
		{text: opener + "Lee called the vote “rigged” in a speech on Friday.", content: "the vote “rigged”", mention: "Lee"},
	})
}
