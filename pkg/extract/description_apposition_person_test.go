package extract

import "testing"

// TestDescriptionAppositionPerson covers a lower-case description, a comma
// and a person's name as the subject of a clause inside the sentence
// ("when the defendant's lawyer, Ann Lee, said"): the person speaks,
// titled by the description; a coordination before the comma is left to
// the joint rules.
func TestDescriptionAppositionPerson(t *testing.T) {
	ex := New(nil)
	cases := []struct{ text, name, title string }{
		{"Court\n\nThe hearing was adjourned when the defendant's lawyer, Ann Lee, said her client was unwell.", "Ann Lee", "defendant's lawyer"},
		{"Court\n\nOne juror not on the panel, Kelly Marsh, told reporters she was relieved.", "Kelly Marsh", "juror not on the panel"},
		{"Court\n\nOne of the authors of the report, Tom Reed, said the law was clear.", "Tom Reed", ""},
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
	d := newDoc("The company and the minister, Ann Lee, confirmed it was over.")
	r := &resolver{d: d}
	a := &attribution{sent: 0, subj: rng{0, 8}, name: noRange, title: noRange}
	if run, _ := r.descriptionAppositionPerson(a); run.ok() {
		t.Errorf("coordinated subject: got %q", r.textOf(run))
	}
}
