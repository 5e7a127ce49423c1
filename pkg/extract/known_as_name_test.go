package extract

import "testing"

// TestKnownAsName: a short name introduced with "known as" after a full
// name is that person later; a name introduced for someone else, or not
// introduced at all, is not.
func TestKnownAsName(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Saudi Arabia's Crown Prince Mohammed bin Salman, known as MBS, said the kingdom would invest. MBS added that oil output would stay.", "oil output would stay", "Mohammed bin Salman"},
		{"Mexican President Andres Manuel Lopez Obrador, widely known as AMLO, said the plan was fair.\n\n“It is done,” AMLO told reporters.", "It is done", "Andres Manuel Lopez Obrador"},
		{"Jane Smith (known as Janie) spoke on Monday. Janie said the plan was fair.", "the plan was fair", "Jane Smith"},
		// negatives
		{"Jane Smith, known as Janie, spoke on Monday. MBS said oil output would stay.", "oil output would stay", "MBS"},
		{"Jane Smith, known as Janie Lee, spoke on Monday. Janie said the plan was fair.", "the plan was fair", "Janie"},
	})
}
