package extract

import "testing"

// TestLeadWithTeam covers "NAME and his/her/their colleagues" as a
// subject: the named person speaks; two names, a name and another person,
// or a team noun without a possessive stay joint.
func TestLeadWithTeam(t *testing.T) {
	ex := New(nil)
	cases := []struct{ text, name string }{
		{"Study\n\nAnn Lee and her colleagues reported in the journal Nature that the gene was linked to longevity.", "Ann Lee"},
		{"Study\n\nTom Reed and his team said the drug worked.", "Tom Reed"},
		{"Study\n\nAnn Lee and Tom Reed said the drug worked.", "Ann Lee and Tom Reed"},
	}
	for _, c := range cases {
		qs := ex.Extract(c.text)
		if len(qs) == 0 || qs[0].Speaker.Name != c.name {
			var got []string
			for _, q := range qs {
				got = append(got, q.Speaker.Name)
			}
			t.Errorf("%q: speakers %q, want %q", c.text, got, c.name)
		}
	}
	d := newDoc("Ann Lee and her colleagues said it. Ann Lee and the team said it. Lee and her husband said it.")
	for _, c := range []struct {
		subj rng
		want string
	}{
		{rng{0, 5}, "Ann Lee"},
		{rng{8, 13}, ""},
		{rng{16, 20}, ""},
	} {
		got := ""
		if r := d.leadWithTeam(c.subj); r.ok() {
			got = d.text[d.toks[r.s].s:d.toks[r.e-1].e]
		}
		if got != c.want {
			t.Errorf("leadWithTeam(%q) = %q, want %q", d.text[d.toks[c.subj.s].s:d.toks[c.subj.e-1].e], got, c.want)
		}
	}
}
