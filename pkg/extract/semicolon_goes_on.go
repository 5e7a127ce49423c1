package extract

// A clause that a frame set after its first part leaves behind a
// semicolon goes on with the content: "These were no oversights, Lee
// noted; the agency had slanted its summaries", "It was never about him,
// his aides argued this week; rather, it was ...". In the annotation of
// train every such clause after a frame that follows its content (3 of 3)
// belongs to that content; the models left it out. The content takes it at
// inference only, so training is unchanged. A clause that opens with a
// preposition ("; in 2012, Romney stumbled") is the writer's own fact: the
// one such clause in train is not annotated. cv3 on train: all and speech
// tp +3 fp -3, direct unchanged.

// extendAfterSemicolon adds the clause after a semicolon that closes the
// frame of a content opening its sentence and ending at the comma before
// the frame. The frame holds words only; the clause runs to the sentence's
// end, opens with no preposition and holds no cue of its own.
func (d *doc) extendAfterSemicolon(a *attribution) {
	if d.training || len(a.content) != 1 || !a.cue.ok() || a.partOf != nil {
		return
	}
	c := a.content[0]
	s := d.sents[a.sent]
	st := s.s
	for st < c.s && d.isQuote(st) {
		st++
	}
	if c.s != st || c.e+1 != a.left || d.punct(c.e) != "," || d.inQuote(c.e) {
		return
	}
	limit := d.contentEnd(s)
	k := a.cue.e
	for k < limit && k < a.cue.e+8 && d.punct(k) == "" && !d.isQuote(k) {
		k++
	}
	if d.punct(k) != ";" || d.inQuote(k) || d.countWords(k+1, limit) < 3 || subjectPreps.has(d.word(k+1)) {
		return
	}
	for x := k + 1; x < limit; x++ {
		if _, cue := cueOf(d.word(x)); cue && !d.inQuote(x) || d.punct(x) == ";" {
			return
		}
	}
	a.content = d.appendContent(a.content, rng{k + 1, limit})
}
