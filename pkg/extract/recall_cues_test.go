package extract

import "testing"

// TestSpeechRecallCues covers the cue forms added in the cue round: a verb
// "claim(s)" after a common-noun subject, a negated "mention" with its
// object, and a negated "say"/"explain" with a wh-clause. The accept model
// is off: these tests check the rules, not a trained model's choice.
func TestSpeechRecallCues(t *testing.T) {
	cases := []mentionCase{
		{"claims after a common-noun subject", `The contractor claims his crews had finished the road.`, "his crews had finished the road", "The contractor"},
		{"claims after an adverb", `Ruiz also claims she was never told about the audit.`, "she was never told about the audit", "Ruiz"},
		{"plural claim after a subject", `Some farmers claim the new levy will ruin them.`, "the new levy will ruin them", "Some farmers"},
		{"negated mention with its object", `The mayor did not mention her rival by name.`, "her rival by name", "The mayor"},
		{"negated mention, contracted", `Ruiz didn't mention the budget gap.`, "the budget gap", "Ruiz"},
		{"negated say with a wh-clause", `The coach would not say whether the striker would play.`, "whether the striker would play", "The coach"},
		{"headline colon after an addressee", "Mayor Ruiz to Farmers: The levy will go.\n\nThe mayor spoke on Friday.", "The levy will go", "Mayor Ruiz"},
		{"headline colon after a venue", "Governor Lee at Fair: Roads come first.\n\nLee spoke on Friday.", "Roads come first", "Governor Lee"},
		{"headline colon after a kicker and a dash", "EXCLUSIVE – Ana Ortiz: The audit was rigged.\n\nOrtiz spoke on Friday.", "The audit was rigged", "Ana Ortiz"},
		{"headline colon after a source noun", "Ortiz camp: The audit was rigged.\n\nOrtiz spoke on Friday.", "The audit was rigged", "Ortiz camp"},
		{"passive first reported by a source", `The mayor’s plan was first reported by the Ledger.`, "The mayor’s plan", "the Ledger"},
		{"first reported by a source in an aside", `The plan, first reported by the Ledger, is a key part of the budget.`, "is a key part of the budget", "the Ledger"},
		{"warned of an object", `The senator warned of a long battle over the budget.`, "a long battle over the budget", "The senator"},
		{"warned against an object", `Ruiz warned against the plan to close the clinic.`, "the plan to close the clinic", "Ruiz"},
		{"sentence-opening participle clause", `Noting that the fund was short, Ruiz said the town would cut jobs.`, "that the fund was short", "Ruiz"},
		{"negated mention ends before a subordinate clause", `The mayor did not mention Ruiz until the end of the speech.`, "Ruiz", "The mayor"},
		{"questioned with an indirect question", `The auditor questioned whether the fund had been used properly.`, "whether the fund had been used properly", "The auditor"},
		{"as-frame in parentheses", "The deal was big. (As the Ledger first reported, the county closed the pool.)", "the county closed the pool", "the Ledger"},
		{"as-frame with a time phrase", `As the Ledger reported just today, the county closed the pool.`, "the county closed the pool", "the Ledger"},
		{"described with a far 'as'", `One aide described the state of the race to date as a slow grind.`, "as a slow grind", "One aide"},
		{"source after 'from' before a colon", `The survey had flaws. From the audit: “Two towns were counted twice.”`, "Two towns were counted twice.", "the audit"},
		{"coordinated negated cue", `Ruiz praised the budget but did not suggest it would pass.`, "it would pass", "Ruiz"},
		{"content opening with 'at least'", `Police said at least 20 people were hurt in the fire.`, "at least 20 people were hurt in the fire", "Police"},
		{"negated say with a bare wh-word", `The agency said the pool would reopen, but it did not say when.`, "when", "it"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestCueNouns: the same cue words as nouns give no statement.
func TestCueNouns(t *testing.T) {
	ex := withoutAccept()
	checkNoStatements(t, ex, []string{
		`Her claims were false.`,
		`The group claims credit for the attack.`,
		`The mention of his name did not help.`,
		"The fair is back: rides open at noon.\n\nThe gates open on Friday.",
		`The memo, which was first reported by the Ledger, named two aides.`,
		`Saying goodbye to the staff, the mayor left the hall.`,
		`Recalling the storms of last year, the town bought new pumps.`,
		`A stern warning about the budget went unheeded.`,
		`The vote calls into question whether the plan can pass.`,
	})
}
