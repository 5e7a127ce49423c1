package extract

import "testing"

// TestCutThresholdAt covers the inference-only cut threshold: lower at a
// contrastive conjunction and at a comma, the model's own elsewhere and
// everywhere in training.
func TestCutThresholdAt(t *testing.T) {
	d := newDoc("Ann Lee said the plan is fair, but critics doubt it and want a vote.")
	defer d.release()
	d.cut = &Model{Threshold: 0.35}
	at := func(w string) int {
		for k := range d.toks {
			if d.toks[k].lower == w {
				return k
			}
		}
		t.Fatalf("no %q", w)
		return 0
	}
	near := func(a, b float64) bool { return a-b < 1e-6 && b-a < 1e-6 }
	if th := d.cutThresholdAt(at("but")); !near(th, 0.20) {
		t.Errorf("but: threshold %v, want 0.20", th)
	}
	if th := d.cutThresholdAt(at(",")); !near(th, 0.30) {
		t.Errorf("comma: threshold %v, want 0.30", th)
	}
	if th := d.cutThresholdAt(at("and")); !near(th, 0.35) {
		t.Errorf("and: threshold %v, want 0.35", th)
	}
	d.training = true
	for _, w := range []string{"but", ",", "and"} {
		if th := d.cutThresholdAt(at(w)); !near(th, 0.35) {
			t.Errorf("training, %s: threshold %v, want the model's 0.35", w, th)
		}
	}
}
