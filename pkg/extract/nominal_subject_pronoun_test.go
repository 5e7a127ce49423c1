package extract

import "testing"

func TestNominalSubjectPronoun(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{`The striker, 23, has scored 14 goals this season. "I just want to help the team," he said.`, "help the team", "striker"},
		{"The 23-year-old striker has scored 14 goals this season.\n\n\"I just want to help the team,\" he said.", "help the team", "striker"},
		{`The prime minister arrived late. "The roads were closed," he said.`, "roads were closed", "prime minister"},
		{`The spokeswoman took questions for an hour. She said the plan was working.`, "plan was working", "spokeswoman"},
		// near misses: no nominal subject, a gender that contradicts it, a
		// named person before, a sentence between
		{`The weather was bad. "I just want to help the team," he said.`, "help the team", "unknown"},
		{`The spokesman took questions for an hour. She said the plan was working.`, "plan was working", "unknown"},
		{`Tom Reed watched as the striker scored twice. "I just want to help the team," he said.`, "help the team", "Tom Reed"},
		{`The striker has scored 14 goals. The club is top. "I just want to help the team," he said.`, "help the team", "unknown"},
	})
}
