package extract

import "testing"

// TestPostVerbFrame covers a quotation opening its sentence and followed by
// its speaker and a verb that is no cue, with a particle or an adjunct but
// no object. Rule-accepted at inference only.
func TestPostVerbFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "“We should cut taxes now,” Smith shot back.", content: "We should cut taxes now", mention: "Smith"},
		{text: "“They all want free stuff,” Jones shot back with a laugh.", content: "They all want free stuff", mention: "Jones"},
		{text: "“We ought to start it up again,” he went on.", content: "We ought to start it up again", mention: "he"},
		{text: "“This is fantastic!” beamed Tom Hart of Mobile, who came early.", content: "This is fantastic!", mention: "Tom Hart"},
		{text: "“Oh, my God,” a young woman exclaimed upon seeing him.", content: "Oh, my God", mention: "a young woman"},
		{text: "“No!” the crowd cried out, booing.", content: "No!", mention: "the crowd"},
		{text: "“Best day ever,” she captioned the post.", content: "Best day ever", mention: "she"},
	})
	checkNoStatements(t, ex, []string{
		"“Dallas,” Lee visited twice.",
		"“Hamilton,” which opened in 2015, won an award.",
		"“Lost” and “Heroes” aired on Monday.",
		"The show “Heroes,” the network aired, was a hit.",
	})
	for _, training := range []bool{false, true} {
		d := newDoc("“We should cut taxes now,” Smith shot back.")
		d.training = training
		got := d.findAttributions()
		if training && len(got) != 0 {
			t.Errorf("post-verb frame built in training")
		}
		if !training && (len(got) != 1 || !got[0].ruleAccepted) {
			t.Errorf("want one rule-accepted post-verb frame, got %d", len(got))
		}
		d.release()
	}
}

// TestPostposedQuoteStatement covers the cue frames in the shape of
// postVerbFrame that the accept model does not drop (keptUnscored).
func TestPostposedQuoteStatement(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"“Oh, my God,” a young woman exclaimed upon seeing him.", true},
		{"“We will win this state,” Smith said on Monday.", true},
		{"“We will win this state,” Smith said in a statement that also praised the governor.", false},
		{"Smith said “we will win” and left.", false},
	} {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.postposedQuoteStatement(a)
		}
		if got != c.want {
			t.Errorf("%q: postposed %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}
