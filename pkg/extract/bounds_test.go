package extract

import (
	"strings"
	"testing"
)

// TestContentBounds checks the exact content spans of a statement: the raw
// text of each span, joined by " | ".
func TestContentBounds(t *testing.T) {
	cases := []struct {
		name, text, sub, want string
	}{
		{"quotation ends a longer sentence before a new frame",
			`The mayor said the repairs are “nearly done.” She said the bridge would reopen in May.`,
			"repairs", `the repairs are “nearly done.”`},
		{"relative pronoun before the frame",
			`The town approved the new levy, which the mayor said would pay for two schools.`,
			"two schools", `which | would pay for two schools`},
		{"relative that without a subject",
			`Voters turned down the measures that the governor said were needed to close the gap.`,
			"were needed", `that | were needed to close the gap`},
		{"medial frame after a condition",
			`If the levy fails, the mayor said, “the schools will close.”`,
			"schools will close", `If the levy fails | “the schools will close.”`},
		{"medial frame after the subject of the quotation",
			`The new budget, the mayor said, “is a disaster for the schools.”`,
			"disaster", `The new budget | “is a disaster for the schools.”`},
		{"occasion before a medial frame is not content",
			`When asked about the budget, the mayor said, “We will find the money.”`,
			"find the money", `“We will find the money.”`},
		{"relative clause after the subject of the content",
			`Abortion opponents said the decision, which struck down the law, illustrates the stakes.`,
			"the decision", `the decision, which struck down the law, illustrates the stakes`},
		{"relative clause after a one-word subject after that",
			`Aides said that Ruiz, who won the county on Tuesday, would focus on schools.`,
			"focus on schools", `that Ruiz, who won the county on Tuesday, would focus on schools`},
		{"medial frame with an apposition after a bare subject",
			`Any fair reading of the audit, said Jo Kim, an expert on budgets, would find the numbers wrong.`,
			"numbers wrong", `Any fair reading of the audit | would find the numbers wrong`},
		{"medial frame with a relative clause after a bare subject",
			`And the governor, said Lee, who still talks to him, does not forget.`,
			"not forget", `And the governor | does not forget`},
		{"medial according to with a long object after a bare subject",
			`His main worry, according to an interview with the paper, was the cost of the bridge.`,
			"cost of the bridge", `His main worry | was the cost of the bridge`},
		{"infinitive after a medial frame goes on with the content",
			`It is her job, she said, to talk to the council about the budget.`,
			"talk to the council", `It is her job | to talk to the council about the budget`},
		{"addressee after a medial frame is not content",
			`The plan is dead, he said, to reporters on Tuesday.`,
			"plan is dead", `The plan is dead`},
		{"medial frame after a whole clause is not extended",
			`The mill will close in May, said Ann Cole, head of the union, which has 400 members.`,
			"mill will close", `The mill will close in May`},
		{"concessive aside after the subject of the content",
			`The senator said the new tax, while unpopular, was needed to fix the roads.`,
			"the new tax", `the new tax, while unpopular, was needed to fix the roads`},
		{"relative clause at the end is cut",
			`The senator said he voted for the bill, which passed on Tuesday.`,
			"voted for the bill", `he voted for the bill`},
		{"medial frame before a short predicate",
			`This plan, the mayor says, is different.`,
			"is different", `This plan | is different`},
		{"medial frame before a reason",
			`The vote was delayed, she said, because two members were sick.`,
			"two members were sick", `The vote was delayed | because two members were sick`},
		{"opening parenthesis before a content",
			`The tour sold out in a day. (“The band is big in Ohio,” the promoter said.)`,
			"big in Ohio", `“The band is big in Ohio,”`},
		{"apposition after an inverted frame is not content",
			`The plant will close in March, said Ann Cole, director of the workers' council, which represents 400 employees.`,
			"plant will close", `The plant will close in March`},
		{"apposition after according to is not content",
			`Sales rose 8 percent in May, according to the trade group, the best month since 2010.`,
			"Sales rose", `Sales rose 8 percent in May`},
		{"predicate after an inverted frame is content",
			`The new plan, said Ann Cole, is a step back.`,
			"step back", `The new plan | is a step back`},
		{"parenthesised sentence",
			`The plant closed in May. (The owner said it would reopen next year.)`,
			"reopen", `it would reopen next year`},
		{"trailing dash",
			`The mayor said the bridge would reopen in May -- and the governor said it would not.`,
			"bridge", `the bridge would reopen in May`},
		{"subject with apposition after a quotation",
			`“We will win in the fall,” Jo Kim, a professor at Yale University, told The Hill.`,
			"win in the fall", `“We will win in the fall,”`},
		{"said of is not an inverted subject",
			`“We will win in the fall,” Jo Kim, an adviser to the mayor, said of the race.`,
			"win in the fall", `“We will win in the fall,”`},
		{"coordinated belief inside the content",
			`The farmer said she was tired of the drought and wanted a new water plan.`,
			"tired of the drought", `she was tired of the drought and wanted a new water plan`},
		{"coordinated speech verb is the speaker's own",
			`The farmer said the drought was over and warned that prices would rise.`,
			"drought was over", `the drought was over`},
		{"including goes on with the content",
			`The coach said the team had lost three players, including its captain.`,
			"lost three players", `the team had lost three players, including its captain`},
		{"pronoun before an opening quotation is the content's subject",
			`The mayor, in a statement on Thursday, said he “appreciates the hard work” of the crews.`,
			"appreciates", `he “appreciates the hard work” of the crews`},
		{"relative clause with a quoted verb phrase",
			`The senator said she hoped for a large turnout, which “will help every candidate on the ballot.”`,
			"large turnout", `she hoped for a large turnout, which “will help every candidate on the ballot.”`},
		{"frame inside an opening subordinate clause",
			`Although the mayor said that the budget was balanced, the council voted against it.`,
			"budget was balanced", `that the budget was balanced`},
		{"medial frame before a means phrase",
			`The new fund, he said, by lending to small farms, would revive the valley.`,
			"new fund", `The new fund | by lending to small farms, would revive the valley`},
		{"medial frame before a participle clause",
			`The city is fighting back, officials say, imposing new fees on empty lots.`,
			"fighting back", `The city is fighting back | imposing new fees on empty lots`},
		{"discourse adverb before a back content",
			`Still, the club is barely making a profit, the manager said.`,
			"barely making", `the club is barely making a profit`},
		{"concessive phrase before a back content",
			`Despite the attacks, the senator has kept her lead, the poll found.`,
			"kept her lead", `the senator has kept her lead`},
		{"place adjunct before a back content stays",
			`In Ohio, the turnout was the highest in years, officials said.`,
			"turnout", `In Ohio, the turnout was the highest in years`},
		{"quotation after a party label starts a sentence",
			`“We will win this,” said Sen. Ann Lee, R-S.C. “I get that. But he is wrong.”`,
			"We will win this", `“We will win this,” | “I get that. But he is wrong.”`},
		{"quotation after an adding participle continues it",
			`“The bill is dead,” the senator said, adding that she would try again next year. “We will not give up.”`,
			"try again", `that she would try again next year | “We will not give up.”`},
		{"quotation after a relative frame continues the quoted statement",
			`“The bill is dead,” said Ann Cole, a senator who said she would vote no. “We will not give up.”`,
			"bill is dead", `“The bill is dead,” | “We will not give up.”`},
		{"quotation after a nested frame continues the quoted statement",
			`“The road is open,” the mayor told reporters, after her aide said the crews had worked hard. “We finished early.”`,
			"road is open", `“The road is open,” | “We finished early.”`},
		{"quotation after an inverted frame with an apposition resumes the statement",
			`“The risk,” said Tom Lee, an economist at the bank, “is that we lose jobs.”`,
			"The risk", `“The risk,” | “is that we lose jobs.”`},
		{"complementizer that is not content",
			`The good news is that the auditors said the books were clean.`,
			"books were clean", `the books were clean`},
		{"short quotation sentence continues the statement",
			`“We will win,” the mayor said. “Big time.”`,
			"We will win", `“We will win,” | “Big time.”`},
		{"quotation sentence before another frame continues the statement",
			`“The road is open,” the mayor said. “We finished early.” She added that the crews had worked hard.`,
			"road is open", `“The road is open,” | “We finished early.”`},
		{"quotation sentence after an abbreviation continues the statement",
			`“The road is open,” said Ann Cole, a mayor from Dayton, Ohio. “We finished early.”`,
			"road is open", `“The road is open,” | “We finished early.”`},
		{"clause before a short medial frame and a quotation",
			`The roads were empty, he added, “but the shops stayed open.”`,
			"shops stayed open", `The roads were empty | “but the shops stayed open.”`},
		{"frame after a quotation closed by a comma starts a new clause",
			`After the judge said that students might do better at "smaller schools," the mayor said: "I do not like it."`,
			"smaller schools", `that students might do better at "smaller schools,"`},
		{"quotation after a colon before a back frame",
			`The aide could not send the file: “Trust me, there is no way for me to send it,” Smith wrote.`,
			"Trust me", `“Trust me, there is no way for me to send it,”`},
	}
	ex := withoutAccept() // bounds only: which candidates the accept model keeps is not the question
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := ex.Extract(c.text)
			checkSpans(t, c.text, qs)
			q := find(t, qs, c.sub)
			for _, o := range qs { // the innermost statement holding sub
				if strings.Contains(o.Text, c.sub) && len(o.Text) < len(q.Text) {
					q = o
				}
			}
			var parts []string
			for _, sp := range q.Content {
				parts = append(parts, c.text[sp.Start:sp.End])
			}
			if got := strings.Join(parts, " | "); got != c.want {
				t.Errorf("content %q, want %q", got, c.want)
			}
		})
	}
}

// A party label with a two-letter state is one token: the sentence does not
// end inside it and it stays in the speaker mention.
func TestTwoLetterStateLabel(t *testing.T) {
	text := `Sen. Chuck Lane, D-N.Y., said the vote would be close.`
	q := find(t, New(nil).Extract(text), "the vote would be close")
	if m := mention(text, q); m != "Sen. Chuck Lane, D-N.Y." {
		t.Errorf("mention %q", m)
	}
}
