package extract

import (
	"strings"
	"testing"
)

// TestParticipleIsCutPoint: a participle after a comma (", leading ...") is
// the speaker's or the writer's about as often, so the rules do not end the
// content there: the cut model gets it as a candidate point.
func TestParticipleIsCutPoint(t *testing.T) {
	text := "The campaign said it raised ten million dollars in May, bringing its total to forty million."
	cands := NewWithModels(nil, nil, nil).Candidates(text)
	if len(cands) != 1 {
		t.Fatalf("got %d candidates, want 1", len(cands))
	}
	c := cands[0]
	if !strings.Contains(c.Quote.Text, "bringing its total") {
		t.Errorf("content %q ends before the participle", c.Quote.Text)
	}
	found := false
	for _, k := range c.Cuts {
		last := k.Content[len(k.Content)-1]
		if strings.HasSuffix(text[last.Start:last.End], "in May") {
			found = true
		}
	}
	if !found {
		t.Errorf("no cut point before %q", ", bringing")
	}
}
