package extract

import "testing"

// TestAmpersandOfSubject: a person "of" an "&" name speaks, not the body;
// the "&" name alone still does.
func TestAmpersandOfSubject(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Ruling\n\nProfessor Diane Osei of Lewis & Clark Law School said the majority had been careful.", "Professor Diane Osei of Lewis & Clark Law School", "Diane Osei", ""},
		{"Markets\n\nTom Reed of Marks & Spencer said sales had slowed.", "Tom Reed of Marks & Spencer", "Tom Reed", ""},
		{"Markets\n\nShares fell after Marks & Spencer said sales had slowed.", "Marks & Spencer", "Marks & Spencer", ""},
	})
}
