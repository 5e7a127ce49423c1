package extract

import "testing"

// TestPurposeAfterAnyVerb covers a speech infinitive of purpose after a
// past-tense action: the subject of the action speaks, over a phrase or an
// aside between commas; a verb that takes an infinitive of its own, or the
// verb of a relative clause, does not lend its subject.
func TestPurposeAfterAnyVerb(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: `Tom Baker stood at a town meeting here to say he was leaning toward the mayor.`, content: "he was leaning toward the mayor", mention: "Tom Baker"},
		{text: `Ms. Rivera chimed in, breaking with the chairman, to argue that the plan was too costly.`, content: "that the plan was too costly", mention: "Ms. Rivera"},
		{text: `The governor interjected to say that the vote was over.`, content: "that the vote was over", mention: "The governor"},
	})
	checkNoStatements(t, ex, []string{
		`The board paid an expert to say that the bridge was safe.`,
		`The reporter, who visited the town last week, is expected to say more.`,
	})
}
