package extract

import "testing"

// TestProsecutorRole: "the prosecutor" takes up an attorney of the state,
// not a defence attorney.
func TestProsecutorRole(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"U.S. Attorney", true},
		{"Manhattan District Attorney", true},
		{"Cook County State's Attorney", true},
		{"his attorney", false},
		{"defense attorney", false},
		{"Attorney General", false},
	} {
		if got := rolesMatch(c.title, "prosecutor"); got != c.want {
			t.Errorf("rolesMatch(%q, prosecutor) = %v, want %v", c.title, got, c.want)
		}
	}
	ex := New(nil)
	text := "Verdict\n\n\"Nobody is above the law,\" U.S. Attorney Rachel Moreno said.\n\nThe defence lawyer, Andrew Pike, said his client would appeal.\n\nMoreno said the inquiry would go on. \"This case is not closed,\" the prosecutor said."
	qs := ex.Extract(text)
	checkSpans(t, text, qs)
	if got := find(t, qs, "This case is not closed").Speaker.Name; got != "Rachel Moreno" {
		t.Errorf("speaker %q, want Rachel Moreno", got)
	}
}
