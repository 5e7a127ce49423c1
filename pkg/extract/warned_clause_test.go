package extract

import "testing"

// TestWarnedClause covers "warn" before a bare clause whose subject is a
// noun phrase: the clause is the content; an addressee before a clause or
// "that", a topic after "of" keep their readings.
func TestWarnedClause(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Macron warns Europe could die", content: "Europe could die", mention: "Macron"},
		{text: "IMF warns global growth will slow", content: "global growth will slow", mention: "IMF"},
		{text: "Lee warned the economy would suffer.", content: "the economy would suffer", mention: "Lee"},
		{text: "Lee warned voters the economy would suffer.", content: "the economy would suffer", mention: "Lee"},
		{text: "Lee warned voters that the economy would suffer.", content: "that the economy would suffer", mention: "Lee"},
		{text: "Lee warned of a recession.", content: "a recession", mention: "Lee"},
		{text: "Macron Warns Europe Could Die", content: "Europe Could Die", mention: "Macron"},
		{text: "Lee Warned Voters Of A Long Winter", content: "A Long Winter", mention: "Lee"},
	})
	d := newDocFor("Lee warned the economy would suffer.", true)
	defer d.release()
	a := d.frameAt(0, 1, nil)
	if a == nil {
		t.Fatal("no frame at warned")
	}
	if d.warnedClause(a, a.cue.e, d.sents[0].e) {
		t.Errorf("clause read in training")
	}
	d.training = false
	if !d.warnedClause(a, a.cue.e, d.sents[0].e) {
		t.Errorf("clause not read at inference")
	}
}
