package extract

import "testing"

// TestSoundedNote covers "sounded a cautious note about X": the topic is the
// statement and the subject of "sounded" speaks; a tone with no topic frames
// nothing.
func TestSoundedNote(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `At the dinner, the treasurer sounded a cautious note about the new budget.`
	q := find(t, ex.Extract(text), "the new budget")
	if q.Text != "the new budget" {
		t.Errorf("content %q, want the topic alone", q.Text)
	}
	if m := mention(text, q); m != "the treasurer" {
		t.Errorf("mention %q, want the subject of the verb", m)
	}
	checkNoStatements(t, ex, []string{`The coach struck a calm tone before the final game.`})
}
