package extract

// contrastCuts open a clause that sets another fact against the content
// ("said the deal is fair, but critics ..."; "argue that X, while her
// rival ..."): on cross-validated train the cut model passed such points
// more often than the annotation's contents ran on through them.
var contrastCuts = set("but", "while", "whereas", "though", "although", "even", "yet")

// cutThresholdAt is the cut model's threshold at cut point k. At inference
// it is lower at a contrastive conjunction (by 0.15), at a circumstance
// preposition (by 0.2, circumstance_cuts.go) and at a comma (by 0.05), values chosen by 3-seed
// cross-validation on train; training keeps
// the model's own threshold, so the accept model learns from the same
// contents as before and does not drift.
func (d *doc) cutThresholdAt(k int) float64 {
	th := float64(d.cut.Threshold)
	if d.training {
		return th
	}
	switch w := d.toks[k].lower; {
	case contrastCuts.has(w):
		return th - 0.15
	case w == ",":
		return th - 0.05
	case circumstanceCuts.has(w):
		return th - 0.2
	}
	return th
}
