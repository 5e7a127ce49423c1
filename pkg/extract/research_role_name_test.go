package extract

import "testing"

// TestResearchRoleName covers a lower-case role of science and sports news
// before a name ("Lead author Maya Patel", "Co-author Maya Patel",
// "Researcher Maya Patel, 54"): the speaker is the name, the role its
// title; no name is cut out of an organisation or an article run.
func TestResearchRoleName(t *testing.T) {
	ex := New(nil)
	cases := []struct{ text, name, title string }{
		{"Sleep study\n\nLead author Maya Patel, a professor of epidemiology at the University of Michigan, said the findings should reassure parents.", "Maya Patel", ""},
		{"Sleep study\n\nResearcher Maya Patel, 54, said the effect was small.", "Maya Patel", "Researcher"},
		{"Sleep study\n\nCo-author Maya Patel said the effect was small.", "Maya Patel", "Co-author"},
		{"Sleep study\n\nPrincipal investigator Tom Reed said the trial would continue.", "Tom Reed", "Principal investigator"},
		{"Sleep study\n\nAuthor Services Inc said the effect was small.", "Author Services Inc", ""},
	}
	for _, c := range cases {
		q, ok := soleStatement(t, ex, c.text)
		if !ok {
			continue
		}
		if sp := q.Speaker; sp.Name != c.name || c.title != "" && sp.Title != c.title {
			t.Errorf("%q: speaker %q titled %q, want %q titled %q", c.text, sp.Name, sp.Title, c.name, c.title)
		}
	}
	d := newDoc("Lead author Maya Patel said it. Author Services Inc said it. The lead author Maya Patel said it.")
	r := &resolver{d: d}
	for _, c := range []struct {
		run  rng
		want string
	}{
		{rng{0, 4}, "Maya Patel"},
		{rng{7, 10}, "Author Services Inc"},
	} {
		if got := r.textOf(r.researchRoleName(c.run)); got != c.want {
			t.Errorf("researchRoleName(%q) = %q, want %q", r.textOf(c.run), got, c.want)
		}
	}
}
