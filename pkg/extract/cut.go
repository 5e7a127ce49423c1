package extract

// applyCut lets the cut model end a's forward content at the first cut
// point it accepts. In training mode without a cut model it records the
// cut points instead (the cut model's examples); with one it cuts, so that
// the accept model learns from the contents it will judge.
func (d *doc) applyCut(a *attribution) {
	if d.cut == nil && !d.training || d.topicFrame(a) || d.viewAsFrame(a) || d.negStanceFrame(a) || d.expectedToFrame(a) || d.isPassiveStance(a) || a.ruleAccepted && (a.cueText == "would like" || a.cueText == "expressed" || a.cueText == "questioned" || a.cueText == "made it clear" || a.cueText == "reportedly" || a.cueText == "ordered" || a.cueText == "phrasal stance" || a.cueText == "progressive stance" || a.cueText == "seemed to" || a.cueText == "exhort" || a.cueText == "complaint" || a.cueText == "present vow" || a.cueText == "seemed" || a.cueText == "recognize" || a.cueText == "considers" || a.cueText == "gapped belief" || a.cueText == "cognition" || a.cueText == "seemed adjective" || a.cueText == "be stance" || a.cueText == "poll support") {
		return // a topic frame's content ends by rule (topic_frames.go)
	}
	fi := d.fwdRange(a)
	if fi < 0 {
		return
	}
	c := a.content[fi]
	cue := a.cueText
	if ci, ok := d.cueAt(a.cue.s); ok {
		cue = ci.lemma
	}
	total := d.countWords(c.s, c.e)
	words, commas, quotes, verbs := 0, 0, 0, 0
	aside := 0 // end of an aside after the content's subject: no cut inside
	listEnd := -1
	for k := c.s; k < c.e; k++ {
		if k > aside {
			if e := d.subjectAside(c.s, k, c.e); e > 0 {
				aside = e
			} else if e := d.closedAsideEnd(k, c.e); e > 0 {
				aside = e - 1 // the closing mark may end the content
			}
		}
		// ", would revive ...": a comma before an auxiliary closes an aside
		// after the content's subject, whose verb comes now
		predicate := verbs == 0 && d.punct(k) == "," && clauseAux.has(d.word(k+1))
		if d.findingComparison(a, k) {
			return // a poll's finding runs on through its comparison (finding_comparison.go)
		}
		if k >= listEnd {
			listEnd = d.listContinues(c.s, k, c.e) // no cut inside a list (list_continues.go)
		}
		if words >= 1 && total-words >= 2 && k > aside && !predicate && d.isCutPoint(k) && !d.adjectiveComma(k) && !d.dateComma(k) && !d.inAdditivePhrase(k) && !d.listGoesOn(c.s, k, c.e) && !d.insideList(c.s, k, c.e) && k >= listEnd && !d.colonGoesOn(k) && !d.coordinatedSubjectAnd(k, c.e) && !d.andModalGoesOn(k) && !d.nounWhile(k) && !d.thatFrontedAdjunctComma(c.s, k, verbs, commas) {
			d.cutFeatures(a, cue, c.s, c.e, k, words, total-words, commas, quotes, verbs, &d.fb)
			end := d.trimEnd(c.s, k)
			if end > c.s {
				if d.cut == nil {
					var spans []Span
					for _, p := range a.content[:fi] {
						spans = append(spans, d.span(p))
					}
					spans = append(spans, d.span(rng{c.s, end}))
					a.cuts = append(a.cuts, Cut{Content: spans, Features: append([]uint32(nil), d.fb.fs...)})
				} else if p := d.cut.Prob(d.fb.fs); p > d.cutThresholdAt(k) {
					a.content[fi].e = end
					a.content = a.content[:fi+1]
					a.cutState.cut(p)
					return
				} else {
					a.cutState.pass(p)
				}
			}
		}
		switch t := &d.toks[k]; {
		case t.kind == tWord:
			words++
			if w := t.lower; len(w) > 3 && w[len(w)-2:] == "ed" || len(w) <= 5 && beForms.has(w) || w == "has" || w == "have" || w == "had" || w == "will" || w == "would" || w == "could" || w == "can" {
				verbs++
			}
		case t.kind == tQuote:
			quotes++
		case t.lower == ",":
			commas++
		}
	}
}

// trimEnd drops punctuation outside quotations and connectives at the end
// of the range [s, e) and returns its new end.
func (d *doc) trimEnd(s, e int) int {
	for e > s && !d.inQuote(e-1) && (d.tokAt(e-1).kind == tPunct && d.punct(e-1) != ")" || d.word(e-1) == "and" || d.word(e-1) == "but") {
		e--
	}
	return e
}

// Cut is a candidate end point of a statement's forward content: the
// content if it ended there, and the cut model's features.
type Cut struct {
	Content  []Span
	Features []uint32
}

// Candidate is a statement found by the rules before the accept model
// filters it, with the accept model's features and, when the cut model is
// off, the candidate cut points of its forward content. For training the
// models (pkg/cmd/quoteeval/quotetrain).
type Candidate struct {
	Quote    Quote
	Features []uint32
	Cuts     []Cut
}

// endAtNamingQuote ends the forward content of a naming frame ("called the
// plan “a disaster” and ...", "calling her “a champion” in ...") at the
// quotation that gives the name: what follows it is the writer's narration.
func (d *doc) endAtNamingQuote(a *attribution) {
	ci, ok := d.cueAt(a.cue.s)
	if !ok || ci.lemma != "call" {
		return
	}
	fi := d.fwdRange(a)
	if fi < 0 {
		return
	}
	c := a.content[fi]
	for k := c.s; k < c.e && k < c.s+5; k++ {
		if !d.isQuote(k) || !d.inQuote(k) {
			if d.toks[k].kind != tWord {
				return
			}
			continue
		}
		q := &d.quotes[d.qidx[k]]
		if q.first() != k || !q.closed || len(q.parts) != 1 {
			return
		}
		if end := q.last() + 1; end < c.e {
			if e := d.labelGoesOn(q, end, c.e); e > end {
				a.content[fi].e = e // "calls it “a mistake” because ..." (label_call.go)
				return
			}
			a.content[fi].e = end
			a.content = a.content[:fi+1]
		}
		return
	}
}
