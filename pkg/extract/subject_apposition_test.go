package extract

import "testing"

// TestSubjectApposition: a person opening the sentence before a he or she
// is the pronoun's antecedent over an apposition, an age or a relative
// clause before the verb; a list of names, a name inside a quotation, a
// woman's name for a he, or another person of the speaker's family name
// written with a different gender are not.
func TestSubjectApposition(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, the club’s manager, was less sure. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, 39, drove in from Ohio. “It was worth it,” he said.", "worth it", "Bob Ruiz"},
		// a paragraph of one sentence introduces the speaker of the next
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, a former mayor, was even more resolute.\n\n“Absolutely not,” he said.", "Absolutely not", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz was even more resolute.\n\n“Absolutely not,” he said.", "Absolutely not", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, who runs the shelter, was worried. He said the beds were full.", "beds were full", "Bob Ruiz"},
		{"“We will act,” Jane Kane said.\n\nAnn Ruiz, a nurse at the clinic, disagreed. She said the plan would fail.", "plan would fail", "Ann Ruiz"},
		// negatives
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, Al Diaz and Tim Lee were there. He said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nAnn Ruiz, the club’s manager, was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, the club’s manager, was less sure. The vote was close.\n\nHe said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nThe Ruiz campaign was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz is not only right on taxes, he is also the ablest candidate Al Diaz argues. He said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz was upset by Al Diaz’s remarks. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nAnn Kane, his daughter, was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
	})
}

// TestOtherGivenName: "Ivanka Trump" after "Donald Trump" spoke is another
// person of that family name; "Mr. Trump" is not.
func TestOtherGivenName(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will win,” Tom Kane said.\n\n“It was close,” Bob Diaz said.\n\nAnn Kane, his sister, was less sure. She said the race was lost.", "race was lost", "Ann Kane"},
		{"“We will win,” Tom Kane said.\n\n“It was close,” Bob Diaz said.\n\nMr. Kane, the mayor, was less sure. He said the race was lost.", "race was lost", "Tom Kane"},
	})
}

// TestOwnSentenceSubject: a he or she later in a sentence that a person
// opens is that person, not the speaker before; not when another person
// who may be the pronoun's stands between, nor a place after "In", nor a
// name after "the".
func TestOwnSentenceSubject(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will act,” Tom Kane said.\n\nAnn Ruiz joined the board in May, but she said the plan was flawed.", "plan was flawed", "Ann Ruiz"},
		{"“We will act,” Tom Kane said.\n\nBob Ruiz, who chairs the board, was more direct, and he said the plan would fail.", "plan would fail", "Bob Ruiz"},
		// negatives
		{"“We will act,” Tom Kane said.\n\nBob Ruiz met Al Diaz on Monday, and he said the plan was flawed.", "plan was flawed", "Tom Kane"},
		{"“We will act,” Jane Kane said.\n\nIn Boston on Monday, Bob Ruiz left early, she said.", "Bob Ruiz left early", "Jane Kane"},
	})
}

// TestIntroPhraseSubject: the subject may follow a short introductory
// phrase ("Recently,", "On Sunday,", "In Boston on Sunday,"); a person
// inside the phrase is no subject after it.
func TestIntroPhraseSubject(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will act,” Tom Kane said.\n\nRecently, Bob Ruiz, a former mayor, was less sure. “It will fail,” he said.", "It will fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nIn Boston on Sunday, Bob Ruiz was less sure. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		// negatives
		{"“We will act,” Tom Kane said.\n\nWhen Bob Ruiz arrived, Al Diaz was less sure. “It will fail,” she said.", "It will fail", "unknown"},
		{"“We will act,” Tom Kane said.\n\nOn Sunday, Ann Ruiz was less sure. “It will fail,” he said.", "It will fail", "Tom Kane"},
	})
}

// TestOwnerRoleName: "Kane's campaign manager, Bob Ruiz, was less sure":
// the name after the possessor's role is the subject; not a role noun
// ("rival"), nor a gender the pronoun contradicts.
func TestOwnerRoleName(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will act,” Tom Kane said.\n\nKane’s campaign manager, Bob Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nOn Sunday, Kane’s campaign manager, Bob Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nThe club’s new manager, Bob Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Bob Ruiz"},
		{"“We will act,” Tom Kane said.\n\nThe club’s new rival, Bob Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
		// negatives
		{"“We will act,” Tom Kane said.\n\nKane’s rival, Bob Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
		{"“We will act,” Tom Kane said.\n\nKane’s manager, Ann Ruiz, was less sure. He said the plan would fail.", "plan would fail", "Tom Kane"},
	})
}

// TestPronounChainSubject: the new subject holds over sentences that open
// with the same pronoun and name nobody; not over one naming a person.
func TestPronounChainSubject(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“We will act,” Tom Kane said. Bob Ruiz, 39, came from Ohio. He carried a flag. “It was worth it,” he said.", "worth it", "Bob Ruiz"},
		// negatives
		{"“We will act,” Tom Kane said. Bob Ruiz, 39, came from Ohio. He met Al Diaz there. “It was worth it,” he said.", "worth it", "Tom Kane"},
		{"“We will act,” Tom Kane said. Bob Ruiz, 39, came from Ohio. She carried a flag. “It was worth it,” he said.", "worth it", "Tom Kane"},
	})
}
