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

// TestInvertedSourceDescription: after an inverted cue, a source's
// description ("familiar with the matter", "with knowledge of the plans",
// "based in Brussels") belongs to the mention; a name after the cue and a
// clause after the comma do not.
func TestInvertedSourceDescription(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Deal news.\n\nThe company is exploring a sale, said a person familiar with the matter.", "The company is exploring a sale", "a person familiar with the matter"},
		{"Deal news.\n\n\"We are exploring a sale,\" said two people familiar with the matter.", "We are exploring a sale", "two people familiar with the matter"},
		{"Deal news.\n\nThe company is exploring a sale, said a person with knowledge of the matter.", "The company is exploring a sale", "a person with knowledge of the matter"},
		{"Deal news.\n\nThe company is exploring a sale, said a person briefed on the talks, who asked not to be named.", "The company is exploring a sale", "a person briefed on the talks"},
		// near misses
		{"Deal news.\n\nThe company is exploring a sale, said Jane Roe, speaking at a conference in Paris.", "The company is exploring a sale", "Jane Roe"},
		{"Deal news.\n\nThe company is exploring a sale, said a person close to the talks and the board of the company and its lenders in New York.", "The company is exploring a sale", "a person close"},
	})
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Deal news.\n\nThe talks failed, said an official based in Brussels.", "The talks failed", "an official based in Brussels", SpeakerAnonymous, ""},
	})
}
