package extract

// A title-case headline that quotes first: "“We Will Act,” Says Minister",
// "'We Will Act,' Says Sunak". A capitalised cue counts in a headline only
// when the sentence reads as title case (headlineCue), and titleCase skips
// the quoted words and short ones: "Says Minister" left too few words, so
// the cue was no cue and the quotation lost its speaker.
// headlineInvertedCue reports a capitalised invertible cue ("Says",
// "Said", "Tells", "Warns", ...) right after a closing quotation mark that
// ends the quoted words with a comma, "?" or "!" (quoteEndsFrame), in the
// article's first sentence. Inference only: the models were trained
// without it. The corpus headlines end their quotations before "says" in
// lower case: no train prediction changes. Session 21, hand-written probes.
func (d *doc) headlineInvertedCue(s sentence, i int, c cueInfo) bool {
	if d.training || s.para != 0 || len(d.sents) == 0 || s.s != d.sents[0].s || c.participle || !invertible.has(c.lemma) {
		return false
	}
	return d.quoteEndsFrame(i-1) && d.tokAt(i+1).kind == tWord
}
