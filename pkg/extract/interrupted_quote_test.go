package extract

import "testing"

// TestInterruptedQuote: a quotation interrupted by its speaker's gesture
// is one statement of both parts; a verb with an object is no gesture.
func TestInterruptedQuote(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, sub, mention string }{
		{`"It was" - he paused - "the worst day of my life."`, "worst day", "he"},
		{"“It was” — he paused — “the worst day of my life.”", "worst day", "he"},
		{"“It was,” he paused, “the worst day of my life.”", "worst day", "he"},
		{"“I,” she hesitated, “I don't know.”", "know", "she"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if len(q.Content) != 2 || mention(c.text, q) != c.mention {
			t.Errorf("%q: %d parts by %q, want 2 by %q", c.text, len(q.Content), mention(c.text, q), c.mention)
		}
	}
	checkNoStatements(t, ex, []string{
		"“Dallas” — Lee visited twice — “is great.”",
		"“Dallas” — Lee visited the city — “is great.”",
	})
	d := newDoc("“It was” — he paused — “the worst day of my life.”")
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("interrupted frame built in training")
	}
	d.release()
}
