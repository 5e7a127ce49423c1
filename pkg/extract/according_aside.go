package extract

// asideSourceEnd returns, at inference, the end of a long source of an
// "according to" set off by commas between a cue and its that-clause:
// "Lavrov said, according to a transcript released by the ministry, that
// the West was to blame". The noun phrase ended at the participle
// ("a transcript released"), so the frame had neither its source nor its
// content, and the sentence lost its statement. As for a sentence-opening
// source (accordingSourceEnd), the source runs to the next comma; here
// "that" must follow it. np is the plain noun phrase after "according to"
// at i; 0 when it already ends at the comma. Inference only: the frames
// train as before. It changes no prediction on train; it lands on its
// hand-written probes.
func (d *doc) asideSourceEnd(i int, np rng, s sentence) int {
	if d.training || d.punct(i-1) != "," || d.inQuote(i) || np.ok() && d.punct(np.e) == "," {
		return 0
	}
	e := d.accordingSourceEnd(i+2, s.e)
	if e <= 0 || d.word(e+1) != "that" {
		return 0
	}
	return e
}
