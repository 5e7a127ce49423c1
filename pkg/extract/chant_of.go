package extract

// chantOfFrame recognises a quotation that a crowd's chant names: "their
// chants of “Ted! Ted!” were cut short", "walked in to chants of “Four
// more years!”". No verb frames it and its speakers are seldom named, but
// on train all 7 quotations after "chants of" or "chant of" are annotated
// (6 with the noun or the phrase around it as cue); the extractor found
// none of the 3 that no other statement held. "cries of" (1 on train) is
// left out: its one quotation was part of a longer content, and the frame
// cost 3 false finds on cross-validation. On 3-seed cross-validation: all
// +12 matches and direct +6, no false find; speech unchanged (a noun is no
// speech cue). The speaker mention is a possessive before the noun
// ("their") when there is one. The frame is built at inference only and
// accepted by rule (attribution.ruleAccepted), so the models do not move
// (doc.go).
func (d *doc) chantOfFrame(q quotation) *attribution {
	if d.training || !q.closed {
		return nil
	}
	f := q.first()
	of, n := f-1, f-2
	if d.word(of) != "of" || d.inQuote(n) || !chantNouns.has(d.word(n)) || d.toks[n].para != d.toks[f].para {
		return nil
	}
	a := &attribution{sent: d.sentOf[f], cue: rng{n, of + 1}, cueText: d.word(n), class: cueSpeech,
		subj: noRange, name: noRange, title: noRange, left: n, right: of + 1, conf: chantOfConf, ruleAccepted: true}
	if w := d.word(n - 1); w == "their" || w == "his" || w == "her" {
		a.subj, a.name, a.left = rng{n - 1, n}, rng{n - 1, n}, n-1
	}
	a.content = d.quotationContent(q)
	return a
}

// chantNouns name what a crowd calls out.
var chantNouns = set("chant", "chants")

// chantOfConf: 7 of 7 on train.
const chantOfConf = 0.9
