package extract

import "strings"

// A quotation that opens with its own speech verb right after the subject
// that opens its sentence: Blinken “reiterated the United States’ full
// support” for the talks; The senator “warned of serious consequences” if
// the deal collapsed. The writer quotes the speaker's words together with
// the verb, and the statement is the subject's: the verb is the cue, the
// rest of the quotation (and of a clause it leaves unfinished, "for the
// talks") the content, partial. attachQuotations used to give such a
// quotation to the statement before it ("The mayor said X. Blinken
// “reiterated ...”" made Blinken's words the mayor's) or to nobody.
// The frame is built at inference only and accepted by rule (fixed
// confidence quotedCueConf); in training the quotation is attached as
// before, so the models do not move. A sentence with a frame of its own
// ("..., the department said") is left alone: there the annotation makes
// the quotation part of that frame's content. On the design docs every
// such quotation stands inside another statement's content (13 of 13), so
// the rule changes no corpus statement; it is for the issue's "partial and
// mixed quotes" requirement (hand-written probes).

// quotedCueConf is the confidence of a statement found by quotedCueFrame.
const quotedCueConf = 0.7

// quotedCueFrame returns the statement of quotation q when its first word
// is a finite speech verb and the name or noun phrase right before it opens
// its sentence (si), or nil. atts are the sentence-ordered frames.
func (d *doc) quotedCueFrame(q quotation, si int, atts []*attribution) *attribution {
	if d.training || !q.closed || len(q.parts) != 1 {
		return nil
	}
	first := q.first()
	v := first + 1
	t := d.tokAt(v)
	if v >= q.last() || t.kind != tWord || t.upper {
		return nil
	}
	c, ok := d.cueAt(v)
	if !ok || c.participle || c.class != cueSpeech && c.class != cueTell || !c.past && !strings.HasSuffix(t.lower, "s") {
		return nil
	}
	s := d.sents[si]
	k := first - 1
	if k < s.s || d.tokAt(k).kind != tWord || d.inQuote(k) {
		return nil
	}
	subj, name, title := d.subjectBefore(k, s.s)
	if !subj.ok() || subj.e != first || !(subj.s == s.s || subj.s == s.s+1 && discourse.has(d.word(s.s))) {
		return nil
	}
	for _, a := range atts {
		if a.sent == si {
			return nil // "..., the department said": the quotation is that frame's
		}
	}
	start, end := v+1, d.quotedLabelEnd(first, d.contentEnd(s))
	if start == q.last() {
		start++ // the verb alone is quoted: The senator “warned” that ...
	}
	if end <= start {
		return nil
	}
	return &attribution{sent: si, subj: subj, name: name, title: title, cue: rng{v, v + 1}, cueText: t.lower,
		class: c.class, left: subj.s, right: v + 1, conf: quotedCueConf, ruleAccepted: true,
		content: []rng{{start, end}}}
}
