package extract

import "testing"

func TestEndorseBody(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Race for mayor tightens.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Governor Ruth Alder endorsed Sam Ortiz on Monday at a diner in Elm City.", content: "Sam Ortiz", mention: "Governor Ruth Alder"},
		{text: head + "The nurses' union, which endorsed Ortiz in March, will march on Friday.", content: "Ortiz", mention: "which"},
		{text: head + "Dana Pike, a retired judge from Elm City, endorsed the transit levy last week.", content: "the transit levy", mention: "Dana Pike, a retired judge from Elm City"},
		{text: head + "Alder endorses Ortiz and whom the party also favors.", content: "Ortiz", mention: "Alder"},
	})
	checkNoStatements(t, ex, []string{
		head + "Ortiz was endorsed by the nurses.",
		head + "It came after Alder endorsed him last week.", // a pronoun object after a subordinator (endorse_pronoun_test.go)
		head + "Voters who endorsed the levy stayed home.",
	})
	// a relative clause on the speaker of a speech verb is background
	checkNoStatementWith(t, ex.Extract(head+"\"We will win,\" said Ed Hart, who endorsed Ortiz in May."), "Ortiz")
}
