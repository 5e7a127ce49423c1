package extract

import "testing"

// TestIntroClauseFrames covers sentence structures that left common speech
// cues without a candidate. The accept model is off: these tests check the rules, not a trained model's choice.
func TestIntroClauseFrames(t *testing.T) {
	cases := []mentionCase{
		{"according to before a clause with its own frame", `According to the county report, two inspectors asked the builder to stop work in May.`, "two inspectors asked the builder to stop work in May", "the county report"},
		{"according to before a clause with a speech frame", `But according to the local paper, the mayor said the bridge would reopen.`, "the mayor said the bridge would reopen", "the local paper"},
		{"name with an aside after an intro holding a quoted title", `During an interview on “Meet the Press,” Jo Kim, the county’s chief engineer, said the bridge would not hold.`, "the bridge would not hold", "Jo Kim, the county’s chief engineer"},
		{"name with an aside after an intro holding a clause", `At the club, where dues are high, Ana Ortiz, its president and general manager, suggested that the losses came from poor management.`, "that the losses came from poor management", "Ana Ortiz, its president and general manager"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
	// a later non-speech frame without content of its own stays inside the content
	for _, c := range [][2]string{
		{`She said, if elected, she would ask the mayor to stay on.`, "she would ask the mayor to stay on"},
		{`Overall, he said, many farmers are finding themselves short of water.`, "many farmers are finding themselves short of water"},
	} {
		find(t, ex.Extract(c[0]), c[1])
	}
}
