package extract

import "testing"

// TestDescriptionAppositionPerson covers a lower-case description, a comma
// and a person's name as the subject of a clause inside the sentence
// ("when the defendant's lawyer, Ann Lee, said"): the person speaks,
// titled by the description; a coordination before the comma is left to
// the joint rules.
func TestDescriptionAppositionPerson(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{text: "Court\n\nThe hearing was adjourned when the defendant's lawyer, Ann Lee, said her client was unwell.", name: "Ann Lee", title: "defendant's lawyer"},
		{text: "Court\n\nOne juror not on the panel, Kelly Marsh, told reporters she was relieved.", name: "Kelly Marsh", title: "juror not on the panel"},
		{text: "Court\n\nOne of the authors of the report, Tom Reed, said the law was clear.", name: "Tom Reed", title: ""},
	})
	d := newDoc("The company and the minister, Ann Lee, confirmed it was over.")
	r := &resolver{d: d}
	a := &attribution{sent: 0, subj: rng{0, 8}, name: noRange, title: noRange}
	if run, _ := r.descriptionAppositionPerson(a); run.ok() {
		t.Errorf("coordinated subject: got %q", r.textOf(run))
	}
}
