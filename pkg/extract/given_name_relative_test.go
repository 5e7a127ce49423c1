package extract

import "testing"

// TestGivenNameRelative: a name given in a relative clause on the subject
// is the speaker; a clause that gives no name leaves the head.
func TestGivenNameRelative(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Flooding\n\nOne resident, who gave only her first name, Maria, said the water had risen quickly.", "Maria", "Maria", ""},
		{"Market\n\nA shopkeeper who gave his name only as Ahmed said the market had been empty for days.", "Ahmed", "Ahmed", ""},
		{"Front\n\nA soldier, who identified himself only as Oleksiy, said the unit had run out of shells.", "Oleksiy", "Oleksiy", ""},
		{"Campus\n\nA student, who asked to be identified only by his first name, Tom, said the campus was calm.", "Tom", "Tom", ""},
		{"Recall\n\nA nurse in Leeds, who asked that only her first name, Priya, be published, said the ward was full.", "Priya", "Priya", ""},
	})
	q, ok := soleStatement(t, ex, "Market\n\nA man who declined to give his name said the market had been empty for days.")
	if ok && q.Speaker.Name == "" {
		t.Errorf("no speaker for an unnamed man")
	}
}
