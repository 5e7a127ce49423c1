package extract

import "testing"

// TestPassivePredicate covers a passive report verb with an infinitive or
// an "as" predicate: the subject and the predicate are the content, and an
// impersonal "it is said that" keeps its own frame.
func TestPassivePredicate(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, subj, pred string }{
		{`The party chairman was said to be angry with the candidate.`, "The party chairman", "to be angry with the candidate"},
		{`The new budget was widely criticized as reckless.`, "The new budget", "as reckless"},
		{`The senator has also been mentioned as a possible running mate.`, "The senator", "as a possible running mate"},
	} {
		q := find(t, ex.Extract(c.text), c.pred)
		if len(q.Content) != 2 || c.text[q.Content[0].Start:q.Content[0].End] != c.subj || c.text[q.Content[1].Start:q.Content[1].End] != c.pred {
			t.Errorf("%q: content %q, want %q and %q", c.text, q.Text, c.subj, c.pred)
		}
	}
	q := find(t, ex.Extract(`It is said that the old tunnel was dark.`), "the old tunnel was dark")
	if len(q.Content) != 1 {
		t.Errorf("impersonal frame: content %q, want the that-clause alone", q.Text)
	}
}
