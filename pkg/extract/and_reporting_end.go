package extract

// endBeforeAndReporting ends, at inference, a forward content before
// "and" with a participle of saying, blaming or praising (or "leading") ("accused him of
// ignoring the fact-checkers and refusing to admit it", "said there was a
// benefit to his run and chiding the media"): a second report of the
// speaker, the writer's, not more of the content. Only after three words
// of content and outside quotation marks. On train gold (forward speech
// contents) 18 end right before such an "and" and 2 run through it. On
// 3-seed cross-validation on train: all +6 matches and -6 wrong ones at
// 30%, speech +9 and -6, direct -6 wrong ones, exact speech +6 and -3.
// Training keeps the old contents, so the models do not move (doc.go).
func (d *doc) endBeforeAndReporting(a *attribution) {
	d.endBeforeSecondAct(a, "and", (*doc).reportingParticipleAt)
}

func (d *doc) reportingParticipleAt(k int) bool { return reportingParticiples.has(d.word(k)) }

// endBeforeSecondAct ends a's forward content, at inference, before the
// first conjunction conj (outside quotation marks, after three words of
// content) whose next words open the speaker's next act (act at the word
// after conj): and_reporting_end.go, and_verb_end.go, but_refusal_end.go.
func (d *doc) endBeforeSecondAct(a *attribution, conj string, act func(*doc, int) bool) {
	c := d.forwardEndContent(a)
	if c == nil {
		return
	}
	words := 0
	toks := d.toks // the long walk of the three rules: no copies of the tokens
	for k := max(c.s, 0); k < c.e-1 && k < len(toks); k++ {
		if toks[k].kind != tWord {
			continue
		}
		words++
		if words > 3 && toks[k].lower == conj && !d.inQuote(k) && act(d, k+1) {
			d.endContentBefore(c, k)
			return
		}
	}
}

var reportingParticiples = set("chiding", "refusing", "implying", "leading", "calling",
	"accusing", "saying", "insisting", "arguing", "adding", "noting", "suggesting",
	"urging", "warning", "vowing", "promising", "praising", "criticizing", "blaming",
	"dismissing", "questioning", "telling", "asking", "claiming")
