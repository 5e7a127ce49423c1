package extract

import "testing"

// TestThatSubjectAside checks that an aside after the subject of a
// that-clause inside a content does not end the content at inference.
func TestThatSubjectAside(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Lee responded, saying lobbyists gave money to the group, and that the criticism, which is outlined in a report, is fair game.",
			content: "lobbyists gave money to the group, and that the criticism, which is outlined in a report, is fair game", mention: "Lee"},
		{text: "Lee says her reporting has found that the funds, which include a trust, are still under his control.",
			content: "her reporting has found that the funds, which include a trust, are still under his control", mention: "Lee"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Lee said the group found that the funds, which include a trust, are his.", true},
		{"Lee said the group found that Kim, who refused to testify, is helping.", false},
		{"Lee said the group found the funds, which include a trust, are his.", false},
		{"Lee said the group found that the funds, which include a trust.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := -1
		for i := range d.toks {
			if d.punct(i) == "," && (d.word(i+1) == "which" || d.word(i+1) == "who") {
				k = i
				break
			}
		}
		if got := d.thatSubjectAside(2, k, len(d.toks)-1) > 0; got != c.want {
			t.Errorf("%q: thatSubjectAside = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.thatSubjectAside(2, k, len(d.toks)-1) > 0 {
			t.Errorf("%q: thatSubjectAside in training", c.text)
		}
		d.release()
	}
}
