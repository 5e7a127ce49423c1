package extract

import (
	"strings"
	"testing"
)

// TestWeakPresentStatement covers present-tense indirect statements that
// the accept model keeps only just above its threshold: dropped, while the
// same statement in the past tense, or one scored well above the threshold,
// is kept. (An all-zero model scores every candidate 0.5.)
func TestWeakPresentStatement(t *testing.T) {
	present := `The new survey suggests that voters are tired of the race.`
	past := `The senator suggested that voters were tired of the race.`
	near := NewModel()
	near.Threshold, near.NonSpeechThreshold = 0.45, 0.45
	ex := NewWithModels(nil, nil, near)
	for _, q := range ex.Extract(present) {
		if strings.Contains(q.Text, "voters are tired of the race") {
			t.Errorf("a present-tense statement near the threshold was kept: %q", q.Text)
		}
	}
	find(t, ex.Extract(past), "voters were tired of the race")
	clear := NewModel()
	clear.Threshold, clear.NonSpeechThreshold = 0.35, 0.35
	find(t, NewWithModels(nil, nil, clear).Extract(present), "voters are tired of the race")
}

// TestWeakRelativeStance covers a stance or plan whose subject is a
// relative pronoun ("a mayor who hoped to ..."), kept by the accept model
// only just above its threshold: dropped, while the same frame with a plain
// subject, or one scored well above the threshold, is kept. (An all-zero
// model scores every candidate 0.5.)
func TestWeakRelativeStance(t *testing.T) {
	relative := `A mayor who hoped to leave office having ended the strike will instead hand his successor an open dispute.`
	plain := `The mayor hoped to leave office having ended the strike, his aides said.`
	near := NewModel()
	near.Threshold, near.NonSpeechThreshold = 0.45, 0.45
	ex := NewWithModels(nil, nil, near)
	for _, q := range ex.Extract(relative) {
		if strings.Contains(q.Text, "to leave office") {
			t.Errorf("a relative stance near the threshold was kept: %q", q.Text)
		}
	}
	find(t, ex.Extract(plain), "to leave office")
	clear := NewModel()
	clear.Threshold, clear.NonSpeechThreshold = 0.35, 0.35
	find(t, NewWithModels(nil, nil, clear).Extract(relative), "to leave office")
}
