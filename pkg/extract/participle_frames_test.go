package extract

import "testing"

// TestParticipleAndAsideFrames covers cue-before-content frames the frame finder
// missed. The accept model is off: these tests check the rules, not a trained model's choice.
func TestParticipleAndAsideFrames(t *testing.T) {
	cases := []mentionCase{
		{"participle after by, particle cue", `The mayor answered the critics by pointing out that the bridge had opened on time.`, "that the bridge had opened on time", "The mayor"},
		{"participle after a sentence-opening preposition", `Now, after arguing that the vote was rigged, Ortiz is asking for a recount.`, "that the vote was rigged", "Ortiz"},
		{"sentence-opening since", `Since announcing in May that she would retire, Lee has toured the state.`, "that she would retire", "Lee"},
		{"in before a that-clause", `The governor clearly erred in saying that the tax had been repealed.`, "that the tax had been repealed", "The governor"},
		{"from before a that-clause", `The candidate has offered little aside from stating that the budget must balance.`, "that the budget must balance", "The candidate"},
		{"adverb between comma and participle", `The chief declined to name a suspect, only saying that the search would go on.`, "that the search would go on", "The chief"},
		{"adverb after and before participle", `Ruiz has been touring the county and boldly claiming that the seat is his.`, "that the seat is his", "Ruiz"},
		{"adverb before a tell participle", `The coach was upbeat, recently telling reporters that the team was healthy.`, "that the team was healthy", "The coach"},
		{"name with a long aside before the cue", `Ana Ortiz, the county's chief engineer from 2009 to 2014 and a critic of the plan, said the bridge would not hold.`, "the bridge would not hold", "Ana Ortiz, the county's chief engineer from 2009 to 2014 and a critic of the plan"},
		{"name with a who clause and a period word before the cue", `Lee, who ran for mayor twice, lost both times and now teaches, last week said the race was rigged.`, "the race was rigged", "Lee"}, // without the relative clause (mention_aside.go)
		{"determiner noun phrase with a long aside", `The state agency, in a long-awaited response to complaints from farmers that has angered lawmakers, has said it would review the permits.`, "it would review the permits", "The state agency, in a long-awaited response to complaints from farmers that has angered lawmakers"},
		{"passive convinced before a that-clause", `The owners are convinced that the stadium will be full.`, "that the stadium will be full", "The owners"},
		{"an -ing noun form after by", `The coach rallied the team by warning that the season was at stake.`, "that the season was at stake", "The coach"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
	// impersonal and addressee passives name no speaker
	for _, c := range [][2]string{
		{`The price was kept secret, though it was widely reported that the team paid $5 million.`, "that the team paid $5 million"},
		{`For example, I was told that the mayor would not attend.`, "that the mayor would not attend"},
	} {
		if m := mention(c[0], find(t, ex.Extract(c[0]), c[1])); m != "" {
			t.Errorf("%q: mention %q, want none", c[0], m)
		}
	}
	// an aside holding another speaker's finite statement is no subject's aside
	for _, q := range ex.Extract(`A critic of the dam, Jo Lee says the permit was rushed - noting that the river had flooded twice.`) {
		if m := mention(`A critic of the dam, Jo Lee says the permit was rushed - noting that the river had flooded twice.`, q); len(m) > 20 {
			t.Errorf("mention %q spans another statement", m)
		}
	}
}
