package extract

import "testing"

// TestTitleContinued covers ranks of several words before a name
// ("Assistant Chief Constable Ann Lee"): the title keeps the rank's last
// words; a title apart from the name and one-word titles stay as they
// were.
func TestTitleContinued(t *testing.T) {
	ex := New(nil)
	cases := []struct{ text, name, title string }{
		{"Police appeal\n\nAssistant Chief Constable Ann Lee said officers would be on patrol.", "Ann Lee", "Assistant Chief Constable"},
		{"Police appeal\n\nDetective Superintendent Ann Lee said the inquiry was at an early stage.", "Ann Lee", "Detective Superintendent"},
		{"Police appeal\n\nChief Constable Tom Reed said the force was sorry.", "Tom Reed", "Chief Constable"},
		{"Police appeal\n\nPolice Chief Dana Ortiz said officers had acted within policy.", "Dana Ortiz", "Police Chief"},
		{"Police appeal\n\nGov. Ann Lee said the roads were closed.", "Ann Lee", "Gov."},
	}
	for _, c := range cases {
		qs := ex.Extract(c.text)
		if len(qs) != 1 {
			t.Errorf("%q: %d statements", c.text, len(qs))
			continue
		}
		if sp := qs[0].Speaker; sp.Name != c.name || sp.Title != c.title {
			t.Errorf("%q: speaker %q titled %q, want %q titled %q", c.text, sp.Name, sp.Title, c.name, c.title)
		}
	}
}
