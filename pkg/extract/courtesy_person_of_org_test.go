package extract

import "testing"

// TestCourtesyPersonOfOrg covers a courtesy title before a name of no
// listed first name, before "of" and an organisation: the person speaks.
func TestCourtesyPersonOfOrg(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Diet\n\n\"We need to be careful,\" said Dr. Nita Forouhi of the University of Cambridge.", "", "Nita Forouhi", ""},
		{"Diet\n\nProf. Ayo Okonjo of the University of Lagos said the sample was small.", "", "Ayo Okonjo", ""},
		{"Diet\n\nThe University of Cambridge said the sample was small.", "", "University of Cambridge", ""},
	})
	d := newDoc("Dr. Nita Forouhi of Reading. Dr. Forouhi of Reading. Dr. Ann Lee Ray Roe of Reading.")
	defer d.release()
	cases := []struct {
		s, e int
		want bool
	}{
		{0, 3, true},    // Dr. Nita Forouhi
		{6, 8, false},   // Dr. Forouhi: no name of two words
		{11, 16, false}, // Dr. and four words
	}
	for _, c := range cases {
		if got := d.courtesyTitled(c.s, c.e); got != c.want {
			t.Errorf("courtesyTitled(%d, %d) = %v, want %v", c.s, c.e, got, c.want)
		}
	}
}
