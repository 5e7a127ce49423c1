package extract

import "testing"

// TestOwnerRoleWord: a possessive word of a title is whose the office is;
// the role is the title's own word.
func TestOwnerRoleWord(t *testing.T) {
	for _, c := range []struct {
		title, head string
		want        bool
	}{
		{"The president's chief of staff", "president", false},
		{"the minister’s spokesman", "minister", false},
		{"the minister’s spokesman", "spokesman", true},
		{"Brazilian President", "president", true},
		{"Kessler's lawyer", "lawyer", true},
	} {
		if got := rolesMatch(c.title, c.head); got != c.want {
			t.Errorf("rolesMatch(%q, %q) = %v, want %v", c.title, c.head, got, c.want)
		}
	}
	ex := New(nil)
	text := "Vote\n\nThe president's chief of staff, Otavio Mendes, said the team would hand over every document.\n\nThe electoral court's president, Justice Clara Nogueira, said the vote had been clean."
	qs := ex.Extract(text)
	checkSpans(t, text, qs)
	if got := find(t, qs, "the vote had been clean").Speaker.Name; got != "Clara Nogueira" {
		t.Errorf("speaker %q, want Clara Nogueira", got)
	}
}
