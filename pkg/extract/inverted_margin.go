package extract

// invertedMargin: how far below the accept threshold an inverted indirect
// statement may score and still be kept (invertedShift).
const invertedMargin = 0.1

// invertedShift returns how much lower the accept threshold is for a's
// statement: invertedMargin for an indirect speech statement whose speaker
// follows its cue ("The talks broke down, according to two aides",
// "Both sides gave ground, said one negotiator"), else 0. The inverted
// frame is a fixed formula of attribution that closes a whole clause: the
// clause before it is what the source said, whatever the words. The accept
// model, trained on all frames alike, scores them near its threshold more
// often wrongly than rightly low: on the held-out CV predictions of train
// (3 seeds) the dropped ones within the margin were right 7 times and
// wrong once, and above the threshold the inverted indirect statements
// within 0.15 were right 45 times in 48 (cv3: all and speech tp +7 fp +0,
// direct unchanged, speech exact tp +2 fp +5; a margin of 0.15 gave tp +9
// fp +1, exact tp +3 fp +7). Inference only: the candidates train the
// models as before.
func (d *doc) invertedShift(a *attribution, q *Quote) float64 {
	if a.inverted && q.Kind == KindIndirect && q.IsSpeech && a.cue.ok() {
		return invertedMargin
	}
	return 0
}
