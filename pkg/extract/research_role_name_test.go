package extract

import "testing"

// TestResearchRoleName covers a lower-case role of science and sports news
// before a name ("Lead author Maya Patel", "Co-author Maya Patel",
// "Researcher Maya Patel, 54"): the speaker is the name, the role its
// title; no name is cut out of an organisation or an article run.
func TestResearchRoleName(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{text: "Sleep study\n\nLead author Maya Patel, a professor of epidemiology at the University of Michigan, said the findings should reassure parents.", name: "Maya Patel", title: ""},
		{text: "Sleep study\n\nResearcher Maya Patel, 54, said the effect was small.", name: "Maya Patel", title: "Researcher"},
		{text: "Sleep study\n\nCo-author Maya Patel said the effect was small.", name: "Maya Patel", title: "Co-author"},
		{text: "Sleep study\n\nPrincipal investigator Tom Reed said the trial would continue.", name: "Tom Reed", title: "Principal investigator"},
		{text: "Sleep study\n\nAuthor Services Inc said the effect was small.", name: "Author Services Inc", title: ""},
	})
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
