package extract

import "testing"

// TestRankRole: "the colonel" after "Col. Robert Hayes", "the prosecutor"
// after a deputy district attorney, "the defense lawyer" after "His
// lawyer, Catherine Doyle" are those people; a prosecutor is no "defense
// lawyer", and a deputy prime minister still no "prime minister".
func TestRankRole(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Floods\n\nCol. Robert Hayes said his soldiers had rescued 212 people. \"The water was at the gutters,\" the colonel said.", "at the gutters", "Robert Hayes"},
		{"Trial\n\nDeputy District Attorney Paul Nakamura said the paper trail was clear. \"He built a maze,\" the prosecutor said.", "He built a maze", "Paul Nakamura"},
		{"Trial\n\nHis lawyer, Catherine Doyle, told jurors the transfers were approved.\n\n\"They do not want you to know that,\" the defense lawyer said.", "want you to know", "Catherine Doyle"},
		{"Trial\n\nU.S. Attorney Rachel Moreno said the verdict was fair.\n\n\"We will appeal,\" the defense lawyer said.", "We will appeal", "defense lawyer"},
		{"Budget\n\nDeputy Prime Minister Ann Cole said the plan was sound.\n\n\"We will cut taxes,\" the prime minister said.", "cut taxes", "prime minister"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
