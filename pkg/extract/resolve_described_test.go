package extract

import "testing"

// TestDescribedPerson: "the striker", "the Spaniard", "the 28-year-old"
// are the one person named before; not when two are named, the age, the
// gender or the person's title says otherwise, or another was so described.
func TestDescribedPerson(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"Tom Kane scored the winner.\n\n\"I should have scored earlier,\" the striker added.", "scored earlier", "Tom Kane"},
		{"Carlos Ruiz joined from Valencia.\n\n\"It's a huge club,\" the Spaniard said.", "a huge club", "Carlos Ruiz"},
		{"Tom Jones scored twice.\n\n\"I just tried to help the team,\" said the 28-year-old.", "help the team", "Tom Jones"},
		{"Tom Jones scored twice.\n\n\"I just tried to help the team,\" said the 28-year-old midfielder.", "help the team", "Tom Jones"},
		{"Marie Dupont won gold.\n\n\"I can't believe it,\" said the Frenchwoman.", "believe it", "Marie Dupont"},
		{"Jane Doe released her album on Friday.\n\nThe singer wrote on Instagram: \"I'm so grateful.\"", "so grateful", "Jane Doe"},
		{"Taylor Swift thanked fans on Instagram.\n\n\"You made this possible,\" the singer wrote.", "made this possible", "Taylor Swift"},
		{"Lewis Hamilton finished second.\n\n\"The car felt great,\" the seven-time world champion said.", "felt great", "Lewis Hamilton"},
		{"Jane Hill lost her home in the flood.\n\n\"We have nothing left,\" the mother of three said.", "nothing left", "Jane Hill"},
		{"Tom Hill lost his home.\n\n\"We have nothing,\" the father-of-two said.", "We have nothing", "Tom Hill"},
		// a name after its role, with a first name not listed
		{"Chelsea boss Enzo Maresca was frustrated.\n\n\"It was never a foul,\" the Italian said.", "never a foul", "Enzo Maresca"},
		// negatives
		{"Rovers boss Enzo Maresca met Mikel Arteta.\n\n\"It was never a foul,\" the Italian said.", "never a foul", "Italian"},
		{"Tom Hill lost his home in the flood.\n\n\"We have nothing left,\" the mother of three said.", "nothing left", "mother of three"},
		{"Jane Hill died in the crash.\n\n\"She was my world,\" the mother said.", "my world", "mother"},
		{"Lewis Hamilton finished second.\n\n\"The car felt great,\" the bitter world champion said.", "felt great", "bitter world champion"},
		{"Tom Kane scored after Rui Costa's pass.\n\n\"It was a great ball,\" the striker said.", "a great ball", "striker"},
		{"Tom Kane was fouled by a defender.\n\n\"It was never a penalty,\" the defender said.", "never a penalty", "defender"},
		{"Rovers boss Gary Lane was pleased.\n\n\"We were brilliant,\" the striker said.", "We were brilliant", "striker"},
		{"Tom Kane, 31, scored twice.\n\n\"I feel great,\" said the 28-year-old.", "I feel great", "28-year-old"},
		{"Marie Dupont won gold.\n\n\"I can't believe it,\" said the Frenchman.", "believe it", "Frenchman"},
		{"Tom Kane scored the winner.\n\n\"We were lucky,\" said the striker, Sam Hill.", "We were lucky", "Sam Hill"},
	})
}
