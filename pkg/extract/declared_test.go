package extract

import "testing"

// TestDeclaredResult covers a result announced in the passive: the subject
// and the result are the content, the passive verb the cue, and an agent
// after "by" the source. A relative pronoun as the subject gives nothing.
func TestDeclaredResult(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `Late on Tuesday, Ana Ruiz was declared the winner in the county race, and her rival conceded.`
	q := find(t, ex.Extract(text), "the winner in the county race")
	checkSpans(t, text, []Quote{q})
	if len(q.Content) != 2 || text[q.Content[0].Start:q.Content[0].End] != "Ana Ruiz" {
		t.Errorf("content %q, want the subject and the result", q.Text)
	}
	if q.Cue == nil || text[q.Cue.Start:q.Cue.End] != "was declared" {
		t.Errorf("cue %v, want “was declared”", q.Cue)
	}
	if q.SpeakerMention != nil {
		t.Errorf("mention %q, want none", mention(text, q))
	}
	text = `Tom Lee was projected the winner by local television stations on Monday night.`
	q = find(t, ex.Extract(text), "the winner")
	if m := mention(text, q); m != "local television stations" {
		t.Errorf("mention %q, want the agent", m)
	}
	checkNoStatements(t, ex, []string{`The mayor, who was declared the winner last year, opened the bridge.`})
}
