package extract

import "testing"

// TestColonQuestionNoStatement: an interviewer's question or a headline that
// asks after a colon label is not a statement of the label; the answer is.
func TestColonQuestionNoStatement(t *testing.T) {
	text := "The mayor spoke to reporters on Monday.\n\nQ: Have you talked to the governor about the budget?\n\nA: I will call her about the budget next week.\n\nLee: Reformer or career politician?\n\nSo: the plan failed and nobody came to the hearing."
	qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates only
	checkNoStatementWith(t, qs, "talked", "Reformer", "nobody came")
	find(t, qs, "call her about the budget")
}

// TestAttributiveParticipleNoCue: a cue participle between a determiner or
// possessive and its noun is an adjective ("the acknowledged leader"), not a
// reporting verb; "he's predicted" still reports.
func TestAttributiveParticipleNoCue(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"The senator was long the acknowledged leader of the party's reform wing in the state.",
		"The fund formed a committee to draw up its own recommended list of candidates for the board.",
		"The gifts make up a small share of the mayor's reported net worth and of his income.",
		"Police searched the house for alleged coup plotters hiding in the hills near the border.",
	})
	find(t, ex.Extract("And he's predicted big wins in the races ahead for his party."), "big wins")
}

// TestPredicateContentNoStatement: an auxiliary right after the cue opens the
// sentence's own predicate when nothing before the frame can be the
// content's subject; after a relative head it is a content ("a probe the
// agency said was ongoing").
func TestPredicateContentNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"A $40 billion merger announced Monday would turn the drug maker into a foreign company.",
		"The city plan rejected on Monday was similar to a proposal made three years ago.",
		"How a candidate responds can be as important to a campaign as the event itself.",
	})
	find(t, ex.Extract("The leak is part of a probe the agency said was ongoing as of last week."), "was ongoing")
}

// TestStatusObjectNoStatement: "declared himself X" names a status and
// "written off" is a phrasal verb; neither reports a statement.
func TestStatusObjectNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	checkNoStatements(t, ex, []string{
		"He ran for mayor as a Republican in 2001 and declared himself an independent in 2007.",
		"Like the mayor, the state party has written off efforts by the reform wing to change the rules.",
	})
}

// TestGarmentSloganNoStatement: the slogan printed on a shirt is no
// statement; a sign someone holds up still speaks for them.
func TestGarmentSloganNoStatement(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // rule candidates only
	for _, q := range ex.Extract("The police led away a protester wearing a shirt that read “Free the parks now.”") {
		t.Errorf("unexpected statement %q (cue %q)", q.Text, q.CueText)
	}
	find(t, ex.Extract("A teacher held up a sign that read “Fund our schools now,” as the crowd cheered."), "Fund our schools")
}
