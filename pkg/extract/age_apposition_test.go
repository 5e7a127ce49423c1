package extract

import "testing"

// TestAgeApposition covers "Name, 34, a nurse, said": the mention and the
// speaker are the name with its age and apposition; a number after a
// non-name keeps the old subject, and training has no such subject.
func TestAgeApposition(t *testing.T) {
	ex := New(nil)
	checkMentions(t, ex, []mentionCase{
		{"before the cue", "Maria Diaz, 34, a nurse, said she had waited six hours.", "she had waited six hours", "Maria Diaz, 34, a nurse"},
		{"after a quotation", "\"We waited,\" Maria Diaz, 34, a nurse from Ohio, said.", "We waited", "Maria Diaz, 34, a nurse from Ohio"},
		{"age alone", "Maria Diaz, 34, said she had waited six hours.", "she had waited six hours", "Maria Diaz, 34"},
	}, func(t *testing.T, q Quote) {
		if q.Speaker.Name != "Maria Diaz" {
			t.Errorf("speaker %q, want Maria Diaz", q.Speaker.Name)
		}
	})
	d := newDoc("In 2010, 34, a nurse, said she had waited.")
	defer d.release()
	if n := d.ageNameBefore(rng{3, 7}, d.sents[0]); n.ok() {
		t.Errorf("a year before the age: name %v", n)
	}
	d2 := newDoc("Maria Diaz, 34, a nurse, said it.")
	defer d2.release()
	if n := d2.ageNameBefore(rng{3, 7}, d2.sents[0]); n != (rng{0, 2}) {
		t.Errorf("name %v, want {0 2}", n)
	}
	d2.training = true
	if n := d2.ageNameBefore(rng{3, 7}, d2.sents[0]); n.ok() {
		t.Errorf("training: name %v", n)
	}
}
