package extract

import "testing"

// TestCircumstanceCuts covers the lower cut threshold at "despite",
// "during" and "amid": at inference only.
func TestCircumstanceCuts(t *testing.T) {
	d := newDoc("Ann Lee said the plan is fair despite the cost, during a visit amid protests and a vote.")
	defer d.release()
	d.cut = &Model{Threshold: 0.35}
	near := func(a, b float64) bool { return a-b < 1e-6 && b-a < 1e-6 }
	for _, training := range []bool{false, true} {
		d.training = training
		for k := range d.toks {
			want := 0.35
			switch w := d.toks[k].lower; {
			case training:
			case w == "despite" || w == "during" || w == "amid":
				want = 0.15
			case w == ",":
				want = 0.30
			}
			if th := d.cutThresholdAt(k); !near(th, want) {
				t.Errorf("training %v, %q: threshold %v, want %v", training, d.toks[k].lower, th, want)
			}
		}
	}
}
