package extract

import "testing"

// TestCausedInfinitive covers a speech verb in the infinitive after the
// object of a verb of causing: the object speaks. Other infinitives frame
// nothing.
func TestCausedInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The narrow win led her to declare that the race was over.`, "that the race was over", "her"},
		{`The long delay prompted county officials to say that the count would resume on Monday.`, "that the count would resume on Monday", "county officials"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{
		`The storm led the mayor to close the schools on Monday.`,
	})
}

// TestPurposeInfinitive covers a speech verb in a purpose infinitive after
// a verb of going or taking and a short phrase: its subject speaks.
func TestPurposeInfinitive(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The former mayor went on local radio to declare that the race was over.`, "that the race was over", "The former mayor"},
		{`The coach interrupted the meeting to announce that he would retire.`, "that he would retire", "The coach"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{
		`If it takes this long to confirm a judge, the court will wait.`,
	})
}
