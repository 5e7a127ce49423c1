package extract

import "testing"

// TestWireClauseAfterAdjunct covers an existential clause and a clause
// after a longer adjunct that a name ends, at inference only.
func TestWireClauseAfterAdjunct(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Guterres said in a speech there was no military solution.", content: "there was no military solution", mention: "Guterres"},
		{text: "The secretary-general said in a speech to the General Assembly there was no military solution.", content: "there was no military solution", mention: "The secretary-general"},
		{text: "Guterres said in Geneva there were no talks.", content: "there were no talks", mention: "Guterres"},
		{text: "Guterres said in a speech to the General Assembly the war must end.", content: "the war must end", mention: "Guterres"},
		{text: "She said at a rally in Ohio the election was rigged.", content: "the election was rigged", mention: "She"},
		{text: "He said in a letter to the Senate the president would veto the bill.", content: "the president would veto the bill", mention: "He"},
	})
	// "there" after a preposition, a lower-case word before a determiner,
	// no verb after the determiner: no clause
	for _, c := range []struct {
		text string
		j, k int // the adjunct's preposition and the clause's first word
	}{
		{"He said in there was a cat.", 2, 3},
		{"He spoke in a speech to the General Assembly the day before.", 2, 8},
		{"He said in a speech to voters the plan would work.", 2, 7},
	} {
		d := newDoc(c.text)
		if d.wireClauseAfterAdjunct(c.j, c.k, len(d.toks)) {
			t.Errorf("%q: a clause at %q", c.text, d.word(c.k))
		}
		d.release()
	}
	d := newDoc("Guterres said in a speech there was no military solution.")
	defer d.release()
	if !d.wireClauseAfterAdjunct(2, 5, len(d.toks)) {
		t.Errorf("no existential clause at inference")
	}
	d.training = true
	if d.wireClauseAfterAdjunct(2, 5, len(d.toks)) {
		t.Errorf("an existential clause in training")
	}
}

// TestLongAdjunctThat covers a "that" after an adjunct of more than eight
// words, at inference only.
func TestLongAdjunctThat(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The mayor said in a lengthy video address to the nation on Sunday evening that the city would rebuild.", content: "that the city would rebuild", mention: "The mayor"},
		{text: "The mayor said in a video address posted on social media late on Sunday that the city would rebuild.", content: "that the city would rebuild", mention: "The mayor"},
	})
	for _, text := range []string{
		// a conjunction, a pronoun or a comma inside the run: no adjunct
		"The mayor said in a video address to the nation and to the world on Sunday that the city would rebuild.",
		"The mayor spoke in a video address to the nation after he visited the site on Sunday that the city would rebuild.",
		"The mayor said in a video address to the nation on Sunday evening, a day late, that the city would rebuild.",
	} {
		d := newDoc(text)
		if k := d.longAdjunctThat(&attribution{class: cueSpeech}, 3, 12, len(d.toks)); k != 12 {
			t.Errorf("%q: the adjunct runs to %q", text, d.word(k))
		}
		d.release()
	}
	d := newDoc("The mayor said in a lengthy video address to the nation on Sunday evening that the city would rebuild.")
	defer d.release()
	d.training = true
	if k := d.longAdjunctThat(&attribution{class: cueSpeech}, 3, 12, len(d.toks)); k != 12 {
		t.Errorf("the long adjunct runs to %q in training", d.word(k))
	}
}
