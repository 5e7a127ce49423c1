package extract

import "testing"

// TestTopicFrames covers the topic frames: ", referring to X" after a
// reporting clause takes the rest of the sentence but an aside; "talked
// about", "spoke of", "discussed" and "referred to X as Y" after an agent
// subject take their object up to the clause's end.
func TestTopicFrames(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "“We will win this,” Mayor Ann Lee said, referring to the bridge bonds that the council sold last year.", content: "the bridge bonds that the council sold last year", mention: "Mayor Ann Lee"},
		{text: head + "“It was a mistake,” Kim said, referring to Tom Ortiz, her deputy at the time.", content: "Tom Ortiz", mention: "Kim"},
		{text: head + "“They were late,” Kim said, referring to the new buses, standing idle in the yard.", content: "the new buses", mention: "Kim"},
		{text: head + "The mayor talked about how the budget gap had grown.", content: "how the budget gap had grown", mention: "The mayor"},
		{text: head + "Jo Kim spoke briefly about the importance of trade at a rally in May.", content: "the importance of trade", mention: "Jo Kim"},
		{text: head + "The two leaders discussed the trade deal on Fox News.", content: "the trade deal", mention: "two leaders"},
		{text: head + "Senator Kim spoke of her faith in the voters and thanked the staff.", content: "her faith in the voters", mention: "Senator Kim"},
		{text: head + "Mayor Lee talks about a new bridge every week.", content: "a new bridge", mention: "Mayor Lee"},
		{text: head + "“We must act,” Mrs. Lee said in Iowa, talking about the farm crisis.", content: "the farm crisis", mention: "Mrs. Lee"},
		{text: head + "Lee won the race by talking about jobs.", content: "jobs", mention: "Lee"},
		{text: head + "Comedian Rosa Diaz stopped by the studio, and spoke briefly about the end of her show.", content: "the end of her show", mention: "Comedian Rosa Diaz"},
		{text: head + "He talked of steps “to close loopholes” in the law.", content: "steps “to close loopholes” in the law", mention: "He"},
		{text: head + "Later, Senator Kim talked up her plan to cut fares.", content: "her plan to cut fares", mention: "Senator Kim"},
		{text: head + "Rosa Diaz, who won the award, spoke about the value of hard work.", content: "the value of hard work", mention: "Rosa Diaz"},
		{text: head + "The governor discussed the plan with her aides.", content: "the plan", mention: "The governor"},
		{text: head + "“He has no plan,” Kim said, mentioning the mayor's ties to a developer.", content: "the mayor's ties to a developer", mention: "Kim"},
		{text: head + "Mayor Lee spoke to reporters about the flood on Monday.", content: "the flood", mention: "Mayor Lee"},
		{text: head + "In Dover, Lee referred to the protesters as “my friends” but said he would leave.", content: "the protesters as “my friends”", mention: "Lee"},
	})
	checkNoStatements(t, ex, []string{
		head + "It was the least talked about change in the plan.",
		head + "Lee wants to talk about the budget.",
		head + "Lee has talked about the budget.",
		head + "The case was referred to the court.",
		head + "The peace talks about the border failed.",
		head + "Talking about the weather is easy.",
	})
	// a topic inside a statement of its own stays in that statement
	checkContents(t, ex, []contentCase{
		{text: head + "In one letter, Lee discussed how she had lost a card, the paper reported.", content: "In one letter, Lee discussed how she had lost a card", mention: "the paper"},
	})
}

// TestTopicObjectAccepted covers the rule-accepted objects of "mentioned",
// "highlighted" and "cited": without models they are found as before; the
// rule only skips the accept model.
func TestTopicObjectAccepted(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Senator Kim highlighted polls that show her ahead.", content: "polls that show her ahead", mention: "Senator Kim"},
		{text: head + "The mayor cited two studies on traffic.", content: "two studies on traffic", mention: "The mayor"},
	})
	for _, c := range []struct {
		text string
		want bool
	}{
		{head + "Senator Kim mentioned the bridge twice.", true},
		{head + "Senator Kim mentioned that the bridge was late.", false},
		{head + "The vote highlights how weak the plan is.", false},
	} {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.topicObjectAccepted(a)
		}
		d.release()
		if got != c.want {
			t.Errorf("%q: accepted by rule %v, want %v", c.text, got, c.want)
		}
	}
}

// TestTopicFramesMore covers the topic frames' inference-only additions:
// "has spoken (out) about", "spoke out about" and a cue after the comma
// that ends a wh-topic.
func TestTopicFramesMore(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nThe senator has spoken about the cuts to the program.", content: "the cuts to the program", mention: "The senator"},
		{text: "Vote Set.\n\nLee spoke out about the new fees.", content: "the new fees", mention: "Lee"},
		{text: "Vote Set.\n\nAs Ruiz spoke about how the office had been looted, the video showed the damage.", content: "how the office had been looted", mention: "Ruiz"},
	})
}
