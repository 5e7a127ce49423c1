package extract

import "testing"

// TestCutStateFeatures: the accept model learns how sure the cut model was
// of a content's end: no point to judge, a cut and its probability, or no
// cut and the nearest miss.
func TestCutStateFeatures(t *testing.T) {
	var run cutState
	run.pass(0.05)
	run.pass(0.3)
	var cut cutState
	cut.pass(0.1)
	cut.cut(0.8)
	for _, tc := range []struct {
		c    cutState
		want string
	}{{cutState{}, "nopoints"}, {run, "run2"}, {cut, "cut7"}} {
		var f feats
		tc.c.features("indirect", &f)
		if !hasFeature(f.fs, 273, tc.want, "indirect") {
			t.Errorf("%+v: no %s feature", tc.c, tc.want)
		}
	}
	text := "The mayor said taxes will rise because costs keep growing."
	cands := NewWithModels(nil, defaultCut, nil).Candidates(text)
	if len(cands) != 1 {
		t.Fatalf("got %d candidates, want 1", len(cands))
	}
	if hasFeature(cands[0].Features, 273, "nopoints", "indirect") {
		t.Errorf("%q: the cut model judged no point", text)
	}
}
