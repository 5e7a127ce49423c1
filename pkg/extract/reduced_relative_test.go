package extract

import "testing"

// TestReducedRelativeSubject covers a source described by a participle
// after its head noun ("A source briefed on the matter said"), at
// inference only.
func TestReducedRelativeSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "A source briefed on the matter said the deal was close.", content: "the deal was close", mention: "A source briefed on the matter"},
		{text: "Officials involved in the talks said the deal was close.", content: "the deal was close", mention: "Officials involved in the talks"},
		{text: "A diplomat based in Brussels said the deal was close.", content: "the deal was close", mention: "A diplomat based in Brussels"},
		{text: "A lawyer representing the family told reporters the case would go ahead.", content: "the case would go ahead", mention: "A lawyer representing the family"},
		{text: "The deal was close, an official involved in the talks said.", content: "The deal was close", mention: "an official involved in the talks"},
	})
	// a finite verb, a name before the participle, a participle cue: the
	// subject stays as it was
	checkContents(t, ex, []contentCase{
		{text: "The senator emailed supporters said the deal was close.", content: "the deal was close", mention: "supporters"},
		{text: "Donald Trump speaking in Ohio said the deal was close.", content: "the deal was close", mention: "Ohio"},
	})
	d := newDoc("A source briefed on the matter said the deal was close.")
	defer d.release()
	d.training = true
	if s, _, _ := d.reducedRelativeSubject(d.sents[0], 5, rng{4, 6}); s.ok() {
		t.Errorf("the participle's head is the subject in training")
	}
}
