package extract

import "testing"

// TestFrontedCoordinatedSubject: a coordinated subject after a content
// that opens with a fronted phrase and a comma gets its frame at
// inference; without a clause after the comma, or in training, it does
// not.
func TestFrontedCoordinatedSubject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Ride Home.\n\nOn Tuesday night, the manager pulled the arm of a reporter, she and another reporter said.", content: "On Tuesday night, the manager pulled the arm of a reporter", mention: "she and another reporter"},
		{text: "Next Steps.\n\nAs the inquiry ends, agents will interview the mayor, current and former officials said.", content: "As the inquiry ends, agents will interview the mayor", mention: "current and former officials"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"On Tuesday night, the manager pulled her arm, she and a colleague said.", true},
		{"As the inquiry ends, agents will interview the mayor, state and local officials said.", true},
		{"On Tuesday night, at the big rally in town, she and a colleague said.", false},
		{"The manager pulled her arm, she said.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		s := d.sents[0]
		got := false
		for k := s.s; k < s.e; k++ {
			if d.word(k) == "said" {
				got = d.trailingCoordinatedSubject(s, k-1, k+1).ok()
			}
		}
		if got != c.want {
			t.Errorf("%q: coordinated subject %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.frontedClauseBefore(s.s, s.e-1) {
			t.Errorf("%q: fronted clause in training", c.text)
		}
	}
}
