package extract

import "testing"

// TestKnownAsName: a short name introduced with "known as" after a full
// name is that person later; a name introduced for someone else, or not
// introduced at all, is not.
func TestKnownAsName(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Saudi Arabia's Crown Prince Mohammed bin Salman, known as MBS, said the kingdom would invest. MBS added that oil output would stay.", "oil output would stay", "Mohammed bin Salman"},
		{"Mexican Senator Andres Manuel Ruiz Soto, widely known as AMRS, said the plan was fair.\n\n“It is done,” AMRS told reporters.", "It is done", "Andres Manuel Ruiz Soto"},
		{"Jane Smith (known as Janie) spoke on Monday. Janie said the plan was fair.", "the plan was fair", "Jane Smith"},
		// negatives
		{"Jane Smith, known as Janie, spoke on Monday. KBR said oil output would stay.", "oil output would stay", "KBR"},
		{"Jane Smith, known as Janie Lee, spoke on Monday. Janie said the plan was fair.", "the plan was fair", "Janie"},
	})
}
