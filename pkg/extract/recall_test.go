package extract

import "testing"

// TestSpeechRecall covers frame, addressee and content forms added for
// speech recall: each sentence must give a statement holding sub with the
// given mention.
func TestSpeechRecall(t *testing.T) {
	cases := []mentionCase{
		{"possessive her before the addressee", `Ms. Ortiz told her staff that the office would close in June.`, "the office would close in June", "Ms. Ortiz"},
		{"coordinated addressee", `Dunn told the Herald and the Courier on Monday that he would not seek a fourth term.`, "he would not seek a fourth term", "Dunn"},
		{"place adverb after the addressee", `Gray told farmers here that the dam would be finished by spring.`, "the dam would be finished by spring", "Gray"},
		{"place adverb after the subject", `Union organizers here said they would strike on Friday.`, "they would strike on Friday", "Union organizers"},
		{"pronoun coordinated with a noun phrase", `Bishop Tom Ames said he and other clergy are planning a march to the capitol.`, "he and other clergy are planning a march", "Bishop Tom Ames"},
		{"adjunct before a bare clause", `The water board said in a statement Monday night they had lifted the boil order.`, "they had lifted the boil order", "The water board"},
		{"time adjunct before a contraction", `Ortega has said for months he's the only one who can fix the budget.`, "he's the only one who can fix the budget", "Ortega"},
		{"quoted title inside the adjunct", `Mayor Fox said on NBC's "Meet the Press" that the tunnel would open in May.`, "the tunnel would open in May", "Mayor Fox"},
		{"dash aside after the cue", `The treasurer said — in a radio interview, of all places — that the fund had run dry.`, "the fund had run dry", "The treasurer"},
		{"participle after introductory phrases", `But two weeks later, the governor vetoed the bill, saying the state could not afford it.`, "the state could not afford it", "the governor"},
		{"participle after a month", `In June, a county judge sided with the tenants, saying the evictions were unlawful.`, "the evictions were unlawful", "a county judge"},
		{"relative clause between dashes", `The senator — who has clashed with the governor for months — said she would vote for the budget.`, "she would vote for the budget", "The senator"},
		{"aside between double hyphens", `The coach -- after a long pause -- said the team would forfeit.`, "the team would forfeit", "The coach"},
		{"contracted pronoun after an addressee", `Reyes told me he's never seen a flood like this one.`, "he's never seen a flood like this one", "Reyes"},
		{"for instance between subject and cue", `Town officials, for instance, noted that the bridge was closed twice.`, "the bridge was closed twice", "Town officials"},
		{"approximate ratio subject", `Nearly two in three said they would back the levy.`, "they would back the levy", "Nearly two in three"},
		{"ratio subject after a conjunction", `One in four said the roads were worse and one in five said the schools were better.`, "the schools were better", "one in five"},
		{"all but a number", `All but three said the council should meet again in March.`, "the council should meet again in March", "All but three"},
		{"another after while", `One neighbor says the fence is legal, while another says it blocks the road.`, "it blocks the road", "another"},
	}
	ex := New(nil)
	checkMentions(t, ex, cases)
}

// TestIntroClauseContent: a statement inside an introductory clause ends at
// the clause's comma.
func TestIntroClauseContent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{`Even as the mayor has said that taxes will not rise, the council is drafting a levy.`, "that taxes will not rise"},
		{`After the coach argued that the referee was biased, the league opened an inquiry.`, "that the referee was biased"},
	} {
		qs := New(nil).Extract(c.text)
		checkSpans(t, c.text, qs)
		if q := find(t, qs, c.want); q.Text != c.want {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.want)
		}
	}
}
