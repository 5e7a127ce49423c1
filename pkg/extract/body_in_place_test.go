package extract

import "testing"

// TestBodyInPlace covers a body followed by its place ("police in
// Houston", "the National Weather Service in Houston", "the U.S. embassy
// in Kyiv"): a statement before the cue is found, and the speaker is the
// body, not the place; a person's or agent's subject, or a place after a
// verb, is left alone, and in training npBack stops at the preposition.
func TestBodyInPlace(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{text: "Storm\n\nThe flooding was severe, police in Houston said.", mention: "police in Houston", name: "police in Houston"},
		{text: "Storm\n\nThe flooding was severe, the National Weather Service in Houston said.", mention: "the National Weather Service in Houston", name: "National Weather Service"},
		{text: "Storm\n\nThe National Weather Service in Houston said the flooding was severe.", mention: "The National Weather Service in Houston", name: "National Weather Service"},
		{text: "Storm\n\nThe staff were safe, the U.S. embassy in Kyiv said.", mention: "the U.S. embassy in Kyiv", name: "U.S. embassy in Kyiv"},
		{text: "Storm\n\nThe police department in Dayton said the officer was on leave.", mention: "The police department in Dayton", name: "police department in Dayton"},
		{text: "Storm\n\nUNICEF in Gaza said the children were hungry.", mention: "UNICEF in Gaza", name: "United Nations Children's Fund"},
		{text: "Storm\n\nA spokesman for the police in Houston said the road was shut.", mention: "A spokesman for the police in Houston", name: "spokesman for the police in Houston"},
		{text: "Storm\n\nThe road was shut, the mayor said at City Hall.", mention: "the mayor", name: "mayor"},
	})
	d := newDoc("The flooding was severe, police in Houston said. He said in Houston that it was severe.")
	for i := range d.toks {
		switch d.word(i) {
		case "police":
			if !d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace(police) = false")
			}
			d.training = true
			if d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace in training")
			}
			d.training = false
		case "said":
			if d.bodyBeforePlace(i) {
				t.Errorf("bodyBeforePlace(said) = true")
			}
		}
	}
}
