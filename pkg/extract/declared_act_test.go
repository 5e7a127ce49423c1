package extract

import "testing"

// TestDeclaredAct covers "declared a state of emergency" and its kin: an
// official act, no statement; "declared X a Y", "declared that ...", a
// declared noun opening a clause and a quotation stay statements.
func TestDeclaredAct(t *testing.T) {
	ex := New(nil)
	cases := []struct {
		text string
		want bool // a statement is found
	}{
		{"Storm\n\nGov. Ann Lee declared a state of emergency on Wednesday.", false},
		{"Storm\n\nThe governor declared a state of emergency for 12 counties.", false},
		{"Storm\n\nThe president declared a major disaster in the state.", false},
		{"Storm\n\nThe mayor declared a curfew after the riots.", false},
		{"Storm\n\nThe WHO declared the outbreak a global health emergency.", true},
		{"Storm\n\nThe governor declared that the state was ready.", true},
		{"Storm\n\nThe governor declared a disaster was looming.", true},
		{"Storm\n\n\"We are ready,\" the governor declared.", true},
	}
	for _, c := range cases {
		found := false
		for _, q := range ex.Extract(c.text) {
			found = found || q.IsSpeech
		}
		if found != c.want {
			t.Errorf("%q: statement found = %v, want %v", c.text, found, c.want)
		}
	}
}
