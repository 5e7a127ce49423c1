package extract

import (
	"strings"
	"testing"
)

// TestInvertedShift covers inverted indirect statements ("..., according
// to X", "..., said X") scored just below the accept threshold: kept, while
// the same statement with its speaker before the cue, or one scored further
// below, is dropped. (An all-zero model scores every candidate 0.5.)
func TestInvertedShift(t *testing.T) {
	according := `The talks broke down late on Friday, according to two aides.`
	saidX := `The talks broke down late on Friday, said one of the aides.`
	plain := `Two aides said the talks broke down late on Friday.`
	near := NewModel()
	near.Threshold, near.NonSpeechThreshold = 0.55, 0.55
	ex := NewWithModels(nil, nil, near)
	find(t, ex.Extract(according), "talks broke down late on Friday")
	find(t, ex.Extract(saidX), "talks broke down late on Friday")
	for _, q := range ex.Extract(plain) {
		if strings.Contains(q.Text, "talks broke down") {
			t.Errorf("a plain statement below the threshold was kept: %q", q.Text)
		}
	}
	far := NewModel()
	far.Threshold, far.NonSpeechThreshold = 0.65, 0.65
	for _, q := range NewWithModels(nil, nil, far).Extract(according) {
		if strings.Contains(q.Text, "talks broke down") {
			t.Errorf("an inverted statement far below the threshold was kept: %q", q.Text)
		}
	}
}
