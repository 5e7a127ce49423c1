package extract

import "strings"

// rng is a half-open token range.
type rng struct{ s, e int }

func (r rng) ok() bool { return r.s >= 0 && r.s < r.e }

var noRange = rng{-1, -1}

// attribution is a statement found in the token stream, before speaker
// resolution.
type attribution struct {
	sent    int
	cue     rng // reporting cue tokens, noRange if none
	cueText string
	class   cueClass
	subj    rng // subject noun phrase (the speaker mention)
	// writer: the speaker's noun phrase when subj is not the speaker
	// (speaker_subject.go), or noRange, found for the subject writerOf
	// and the host writerHost
	writer, writerOf rng
	writerHost       *attribution
	name             rng // proper-name part of the subject, if any
	title            rng // role given by apposition or before the name
	inverted         bool
	relative         bool // subject is a relative pronoun: "leaders who say ..."
	// partOf: participle cue (", saying ...") continuing attribution
	// partOf of the same sentence; -1 if none.
	partOf *attribution
	// host: at inference, the statement the participle continues when it
	// is not partOf, given after resolution (participle_host.go)
	host    *attribution
	content []rng
	// inherits marks a quotation without its own cue, attributed to the
	// statement it continues.
	inherits *attribution
	conf     float64
	cuts     []Cut // training mode: the cut points of the forward content
	left     int   // first token of the frame (subject or cue)
	right    int   // token after the frame (cue or inverted subject)
	speaker  Speaker
	// modelKind is the speaker's kind by the plain resolution, without the
	// person and gender checks (resolveAll): the accept model's feature
	modelKind SpeakerKind
	// byContext: the speaker was read from the article's context, not from
	// the mention ("the Interior Ministry" in an article on Kazakhstan), so
	// the mention is no alias of it (resolve_ministry.go)
	byContext bool
	reresolve bool // the refined resolution pass redoes this one (resolveAll)
	// bodyFrom: the kind the speaker had before bodyKind made it an
	// organisation (resolve_body.go), for "they", which must not find it
	bodyFrom SpeakerKind
	scene    bool // the content is only a scene-setting adjunct or a title (adjunctOnly, namedThing)
	// passiveFor: a passive blame cue whose content is its subject and the
	// reason after "for" ("Lee was criticized by rivals for ...")
	passiveFor bool
	cutState   cutState // how sure the cut model was of the content's end (cut_confidence.go)
	// untrained: a frame of a rule that the accept model scores at
	// inference but never trains on, so adding the rule does not shift the
	// model's weights for the other statements (extract.go)
	untrained bool
	// ruleAccepted: a frame built at inference only whose rule is precise
	// on train; the accept model neither scores nor trains on it
	// (acceptedByRule)
	ruleAccepted bool
	askStart     int // the question or request of an "ask" frame, 0 if none (ask_frames.go)
}

// findAttributions finds the statements of the document in text order.
func (d *doc) findAttributions() []*attribution {
	var declared []*attribution
	// the statements, and the sentence's frames (reused for each sentence):
	// in slices recycled between documents
	all, frames := d.bufs.allFrames[:0], d.bufs.sentFrames[:0]
	for si := range d.sents {
		s := d.sents[si]
		frames = frames[:0]
		i0 := s.s
		if a := d.colonFrame(si); a != nil {
			frames = append(frames, a)
			i0 = a.right
		} else if a := d.headlineColonFrame(si); a != nil {
			frames = append(frames, a)
			i0 = a.right
		} else if a := d.evidenceFrame(si); a != nil {
			frames = append(frames, a)
			i0 = a.right
		} else if a := d.opinionOpeningFrame(si); a != nil {
			frames = append(frames, a) // "In their view, ..." (opinion_opening.go)
			i0 = a.right
		} else if a := d.onWhyHeadlineFrame(si); a != nil {
			frames = append(frames, a) // "Carson on why ..." (on_why_headline.go)
			i0 = a.right
		}
		for i := i0; i < s.e; i++ {
			// most words start no frame: skipped in a loop without calls
			// (a new rule tried at each word below must pass mayFrame too)
			for toks := d.toks; i < s.e && (toks[i].kind != tWord || d.inQuote(i) || !mayFrame(toks[i].lower)); i++ {
			}
			if i >= s.e {
				break
			}
			if a := d.summaryNounFrame(si, i); a != nil {
				declared = append(declared, a) // "a point Lee acknowledged" (summary_noun.go)
			} else if a := d.frameAt(si, i, frames); a != nil {
				frames = append(frames, a)
				i = a.right - 1
			} else if a := d.declaredFrame(si, i); a != nil {
				declared = append(declared, a)
			} else if a := d.selfDescribedFrame(si, i); a != nil {
				declared = append(declared, a) // "a self-described socialist" (self_described.go)
			}
		}
		if len(frames) == 0 {
			if a := d.headlineDashSourceFrame(si); a != nil {
				all = append(all, a) // "Apple to cut jobs - sources" (headline_dash_source.go)
				continue
			}
		}
		for fi, a := range frames {
			limit := d.contentEnd(s)
			// a later frame cuts this content when it starts a new clause;
			// otherwise it is nested inside it ("said that Y told Z ...")
			for j, nx := range frames[fi+1:] {
				if d.translationSource(nx) {
					continue // "said, according to an official translation, that": no frame at inference (translation_source.go)
				}
				if d.inSubjectOf(a, nx) {
					limit = min(limit, nx.cue.s)
					break
				}
				if d.newClause(nx) && !d.coordinatedInContent(a, nx) && !d.colonOpensFrame(a, nx) && !d.accordingOpensFrame(a, nx) && !d.contentlessBelief(nx, s.e) && !d.asFrameOpensContent(a, nx) && !d.contentlessNonSpeech(a, nx, frames[fi+j].right, s) {
					limit = min(limit, nx.left)
					break
				}
			}
			lo := s.s // the end of the previous frame of the sentence
			if fi > 0 {
				lo = frames[fi-1].right
			}
			if a.ruleAccepted && a.class == cueAsk {
				limit = min(limit, d.questionEnd(a.cue.e, limit)) // asked_question.go
			}
			d.subjectLedBy(a)  // "a team led by X said" (led_by_subject.go)
			d.subjectHandle(a) // "X user @nypost_fan replied" (handle_subject.go)
			d.subjectDomain(a) // "KSL.com reported that" (subject_domain.go)
			d.fillContent(a, lo, limit)
			d.soContent(a)              // "thinks so", "said so" (so_content.go)
			d.tellThatContent(a, limit) // tell_that.go
			if fi == len(frames)-1 {
				d.quoteAfterBareCue(a) // "Lee agreed. “…”" (cue_then_quote.go)
				d.blockAfterColon(a)   // "Hewitt writes:" before a block quotation (colon_block.go)
			}
			// a scene-setting adjunct or a title is no content; the
			// statement stays until the quotations after it are attached
			a.scene = d.adjunctOnly(a) || d.namedThing(a)
			d.emptyLabelTurn(a) // "SANDERS: Well, I think ..." (interview_label.go)
			// a heading "What they said:" is no statement (roundup_heading.go)
			if len(a.content) > 0 && !d.roundupHeading(a) {
				d.applyCut(a)
				d.endTellThat(a) // tell_that.go
				d.endAtNamingQuote(a)
				d.endAtQuotedComma(a)               // quoted_comma_end.go
				d.endAtMediumPhrase(a)              // medium_end.go
				d.endAtAnonymityPhrase(a)           // anonymity_end.go
				d.endBeforeTimeWhen(a)              // time_when_end.go
				d.endBeforeComparison(a)            // comparison_end.go
				d.endBeforeEvenAs(a)                // even_as_end.go
				d.endBeforeCommaSaid(a)             // comma_said_end.go
				d.endBeforeSourceAside(a)           // source_aside_end.go
				d.endAtQuoteDash(a)                 // quote_dash_end.go
				d.endBeforeThisStory(a)             // this_story_end.go
				d.endBeforeWhomClause(a)            // whom_end.go
				d.endBeforeNameApposition(a)        // name_apposition_end.go
				d.endBeforeAndReporting(a)          // and_reporting_end.go
				d.endBeforeAndVerb(a)               // and_verb_end.go
				d.endBeforeButRefusal(a)            // but_refusal_end.go
				d.endFrontedClause(a)               // fronted_clause.go
				d.dropFrontedScene(a)               // fronted_scene.go
				d.startAfterColonBeforeAccording(a) // according_colon.go
				d.startAfterKickerColon(a)          // kicker_colon.go
				d.startAfterInnerSaid(a)            // said_inside_start.go
				d.endFindingBeforeReason(a)         // evidence_findings.go
				d.keepRelativePronoun(a)            // relative_pronoun.go
				d.keepGapHead(a)                    // gap_head.go
				d.extendSecondLabel(a)              // second_label.go
				d.extendAfterSemicolon(a)           // semicolon_goes_on.go
				d.wholeLabelParagraph(a)            // interview_label.go
				d.subjectAfterAs(a)                 // as_subject.go
				d.invertedSourceDescription(a)      // reduced_relative.go
				all = append(all, a)
			}
		}
		d.headlineCommaFrames(s, frames) // "Lee defends budget, says ...", "RBI keeps rate unchanged, says risks remain" (headline_comma.go)
	}
	d.bufs.sentFrames = frames[:0]
	all = d.addQuotationFrames(all)
	out := d.attachQuotations(all) // a new slice: all is free again
	d.bufs.allFrames = all[:0]
	d.dropSourceTags(out)            // source_tag.go
	d.dropDanglingSubordinators(out) // dangling_end.go
	d.dropListMarkers(out)           // list_marker_start.go
	return insertBySentence(out, declared)
}

// contentlessBelief reports a later frame of a belief verb that can take no
// content: no "that", quotation or clause after it ("the media considered
// him a fringe candidate"). It is a verb inside the content of the frame
// before it ("Six months ago, the senator said, the media considered ..."),
// not a new statement that ends that content.
func (d *doc) contentlessBelief(nx *attribution, e int) bool {
	if nx.class != cueBelief || !nx.cue.ok() || nx.inverted {
		return false
	}
	lemma := cueInfoOf(d.word(nx.cue.s)).lemma
	if infinitiveCues.has(lemma) || stanceCues.has(lemma) || lemma == "show" || lemma == "find" {
		return false
	}
	j := nx.cue.e
	return j < e && d.word(j) != "that" && !d.isQuote(j) && !d.looksClause(j, e)
}

// dropScenes removes the scene-setting adjuncts taken for contents (see
// adjunctOnly) once the quotations after them have found their statement
// and speaker: a statement left with no other content goes.
func dropScenes(atts []*attribution) []*attribution {
	out := atts[:0]
	for _, a := range atts {
		if a.scene {
			if len(a.content) == 1 {
				continue
			}
			a.content = a.content[1:]
		}
		out = append(out, a)
	}
	return out
}

// heldQuotations marks, per quotation, whether a statement's content holds
// any of it.
func (d *doc) heldQuotations(atts []*attribution) []bool {
	held := make([]bool, len(d.quotes))
	for _, a := range atts {
		for _, c := range a.content {
			for k := c.s; k < c.e; k++ {
				if d.inQuote(k) {
					held[d.qidx[k]] = true
				}
			}
		}
	}
	return held
}

// isDash reports a dash token (em, horizontal bar, en, or hyphen).
func (d *doc) isDash(k int) bool {
	switch d.punct(k) {
	case "—", "―", "–", "-":
		return true
	}
	return false
}

// addQuotationFrames adds the statements whose frame is a punctuation mark
// next to a quotation no other statement holds: a signature after a dash
// (“…” ― Sonya Herridge) and a name before a colon (Rep. Trey Gowdy: “…”).
// The result stays in text order.
func (d *doc) addQuotationFrames(all []*attribution) []*attribution {
	if len(d.quotes) == 0 {
		return all
	}
	held := d.heldQuotations(all)
	var extra []*attribution
	for qi, q := range d.quotes {
		if held[qi] {
			continue
		}
		if !q.closed {
			if a := d.unclosedColonFrame(q); a != nil {
				extra = append(extra, a) // unclosed_colon.go
			}
			continue
		}
		if a := d.signatureFrame(q); a != nil {
			extra = append(extra, a)
		} else if a := d.signatureListFrame(q); a != nil {
			extra = append(extra, a) // “…” — campaign chair Tom Reed; - “…” — Tom Reed (signature_list.go)
		} else if a := d.signatureParaFrame(q); a != nil {
			extra = append(extra, a) // signed in the next paragraph (signature_para.go)
		} else if a := d.colonNameFrame(q); a != nil {
			extra = append(extra, a)
		} else if a := d.dashNameFrame(q); a != nil {
			extra = append(extra, a) // Tom Reed — “…” (signature_list.go)
		} else if a := d.colonNameAdjunctFrame(q); a != nil {
			extra = append(extra, a) // “Zelensky, in his nightly address: “…” (colon_name_adjunct.go)
		} else if a := d.colonClauseFrame(q); a != nil {
			extra = append(extra, a)
		} else if a := d.colonSubjectFrame(q); a != nil {
			extra = append(extra, a) // colon_subject.go
		} else if a := d.replyNounColonFrame(q); a != nil {
			extra = append(extra, a) // replied with a single word: “…” (reply_noun_colon.go)
		} else if a := d.colonFromFrame(q); a != nil {
			extra = append(extra, a)
		} else if a := d.coordinatedColonNameFrame(q); a != nil {
			extra = append(extra, a) // unclosed_colon.go
		} else if a := d.postVerbFrame(q); a != nil {
			extra = append(extra, a) // “…,” Lee shot back. (post_verb.go)
		} else if a := d.preVerbFrame(q); a != nil {
			extra = append(extra, a) // Lee shot back, “…” (pre_verb.go)
		} else if a := d.captionFrame(q); a != nil {
			extra = append(extra, a) // captioned the post, “…” (caption_frame.go)
		} else if a := d.chantOfFrame(q); a != nil {
			extra = append(extra, a) // chants of “…” (chant_of.go)
		} else if a := d.taggedQuoteFrame(q); a != nil {
			extra = append(extra, a) // HEADLINE “…” [NYT.] (tagged_quote.go)
		} else if a := d.headlineQuoteColonFrame(q); a != nil {
			extra = append(extra, a) // “…”: Zelensky (headline_quote_colon.go)
		} else if a := d.linkingPhraseFrame(q); a != nil {
			extra = append(extra, a) // “…” — those were the mayor’s words. (linking_phrase.go)
		} else if a := d.handleQuoteFrame(q); a != nil {
			extra = append(extra, a) // “…,” @XboxSupport wrote. (handle_quote.go)
		}
	}
	if len(extra) == 0 {
		return all
	}
	out := make([]*attribution, 0, len(all)+len(extra))
	i := 0
	for _, a := range all {
		for i < len(extra) && extra[i].content[0].s < a.content[0].s {
			out = append(out, extra[i])
			i++
		}
		out = append(out, a)
	}
	return append(out, extra[i:]...)
}

func (d *doc) quotationContent(q quotation) []rng {
	c := make([]rng, 0, len(q.parts))
	for _, pt := range q.parts {
		c = append(c, rng{pt[0], pt[1] + 1})
	}
	return c
}

// signatureNP returns the noun phrase right after the dashes that follow
// quotation q in its paragraph ("“…” ― Carla Sanchez"), or noRange: the
// signature that signatureFrame and signatureListFrame read.
func (d *doc) signatureNP(q quotation) rng {
	last := q.last()
	k := last + 1
	if k >= len(d.toks) || d.toks[k].para != d.toks[last].para || !d.isDash(k) {
		return noRange
	}
	for d.isDash(k) {
		k++
	}
	np := d.npFwd(k, d.paraS[d.toks[last].para+1])
	if !np.ok() || np.s != k {
		return noRange
	}
	return np
}

// signatureFrame recognises a quotation signed after a dash by a name that
// ends its paragraph or is followed by a comma: “…” ― Carla Sanchez, 34.
func (d *doc) signatureFrame(q quotation) *attribution {
	first, last := q.first(), q.last()
	// the quotation opens its paragraph or follows a finished sentence
	if f := first; f != d.paraS[d.toks[f].para] && !isTerminal(d.punct(f-1)) && !(d.isQuote(f-1) && !d.inQuote(f-1)) {
		return nil
	}
	np := d.signatureNP(q)
	if !np.ok() || !d.toks[np.s].upper || np.e-np.s > 6 || !d.isProperName(np) && !d.postNominalName(np) {
		return nil // but "— Tom Reed MP" (post_nominal_signature.go)
	}
	pe := d.paraS[d.toks[last].para+1]
	if d.workTitleQuote(q) || d.signatureDateline(np) {
		return nil // “Hamlet” — William Shakespeare; “…” — London, June 3 (signature_list.go)
	}
	if !(np.e >= pe || d.punct(np.e) == "," || isTerminal(d.punct(np.e)) && np.e+1 >= pe) {
		return nil
	}
	a := &attribution{sent: d.sentOf[np.s], cue: rng{last + 1, np.s}, cueText: "—", class: cueSpeech,
		subj: np, name: np, title: noRange, left: last + 1, right: np.e, conf: 0.8, inverted: true}
	a.content = d.quotationContent(q)
	return a
}

// colonOpening reports the colon c right before quotation q, outside any
// quotation and after a word of the same paragraph, and lo, where the
// clause before the colon can start: its paragraph or sentence.
func (d *doc) colonOpening(q quotation) (c, lo int, ok bool) {
	first := q.first()
	c = first - 1
	if d.punct(c) != ":" || d.inQuote(c) || c-1 < 0 || d.tokAt(c-1).para != d.toks[first].para {
		return 0, 0, false
	}
	lo = d.paraS[d.toks[first].para]
	if si := d.sentOf[c]; d.sents[si].s > lo {
		lo = d.sents[si].s
	}
	return c, lo, true
}

// colonNameFrame recognises a proper name (with an optional parenthesis)
// right before a colon that opens a quotation: Rep. Trey Gowdy (R-S.C.): “…”.
func (d *doc) colonNameFrame(q quotation) *attribution {
	c, lo, ok := d.colonOpening(q)
	if !ok {
		return nil
	}
	k := c - 1
	if d.punct(k) == ")" {
		for k > lo && d.punct(k) != "(" && k > c-8 {
			k--
		}
		if d.punct(k) != "(" {
			return nil
		}
		k--
	}
	if k < lo || d.toks[k].kind != tWord || !d.toks[k].upper || d.inQuote(k) {
		return nil
	}
	subj, name, title := d.subjectBefore(k, lo)
	if !subj.ok() || !name.ok() || !d.isProperName(name) || subjPronouns.has(d.word(subj.s)) {
		return nil
	}
	// the name opens its clause: the paragraph, or after a dash or colon
	if b := subj.s - 1; b >= lo && !d.isDash(b) && d.punct(b) != ":" && !isTerminal(d.punct(b)) && !(!d.training && d.listItemOpening(lo, subj.s)) {
		return nil // (a bullet: "• Jo Hill (mayor): “…”", signature_list.go)
	}
	subj.e = c
	a := &attribution{sent: d.sentOf[q.first()], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, name: name, title: title, left: subj.s, right: c + 1, conf: 0.8}
	a.content = d.quotationContent(q)
	return a
}

// colonFromFrame recognises a source introduced by "from" before a colon
// that opens a quotation: "From the audit: “…”", "More from Ortiz: “…”".
// The phrase opens its clause (a sentence or the part after a dash).
func (d *doc) colonFromFrame(q quotation) *attribution {
	first := q.first()
	c := first - 1
	if d.punct(c) != ":" || d.inQuote(c) || c-2 < 0 || d.tokAt(c-1).para != d.toks[first].para {
		return nil
	}
	lo := d.sents[d.sentOf[c]].s
	f := c - 2
	for f >= lo && f > c-7 && d.word(f) != "from" {
		if d.toks[f].kind != tWord || d.inQuote(f) {
			return nil
		}
		f--
	}
	if f < lo || d.word(f) != "from" {
		return nil
	}
	o := f
	if d.word(o-1) == "more" && o-1 >= lo {
		o--
	}
	if b := o - 1; b >= lo && !d.isDash(b) {
		return nil
	}
	np := d.npFwd(f+1, c)
	if !np.ok() || np.e != c {
		return nil
	}
	a := &attribution{sent: d.sentOf[first], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: np, name: np, title: noRange, left: o, right: c + 1, conf: 0.7}
	a.content = d.quotationContent(q)
	return a
}

// colonFrame recognises a paragraph opening with a short name and a colon:
// a headline or a transcript ("Rubio: I still believe ...", "Q: ...").
func (d *doc) colonFrame(si int) *attribution {
	s := d.sents[si]
	if s.s != d.paraS[s.para] {
		return nil
	}
	c := s.s
	for c < s.e && c < s.s+6 && d.toks[c].kind == tWord && (d.toks[c].upper || c > s.s && (d.toks[c].lower == "of" || d.toks[c].lower == "the")) {
		c++
	}
	name := c
	if e := d.labelPartyTagEnd(c); e > 0 && c > s.s && s.para > 0 {
		c = e // "SEN. JOHN KENNEDY (R-LA): ..." (label_party_tag.go)
	}
	if e := d.broadcastLabelEnd(c); e > 0 && c > s.s && s.para > 0 {
		c = e // "JAKE TAPPER, CNN ANCHOR: ..." (broadcast_label.go)
	}
	if c > s.s && s.para == 0 && d.tokAt(c-1).upper {
		c = d.headlineAddresseeEnd(s, c) // "Clinton to Planned Parenthood: ..."
	}
	if c == s.s || d.punct(c) != ":" || c+1 >= s.e || !d.tokAt(name-1).upper {
		return nil
	}
	if d.countWords(c+1, d.paraS[s.para+1]) < 2 || d.tokAt(c+1).kind == tWord && d.tokAt(c + 1).lower[0] >= '0' && d.tokAt(c + 1).lower[0] <= '9' {
		return nil
	}
	subj := rng{s.s, name}
	if d.headlineLabel(subj) || s.para > 0 && d.nameList(c+1, d.paraS[s.para+1]) {
		return nil
	}
	if d.colonQuestion(si, c) || name == s.s+1 && discourseLabels.has(d.word(s.s)) || d.sectionHeader(si, c) {
		return nil
	}
	if d.bodySectionLabel(c) {
		return nil // "RELATED: ..." (interview_label.go)
	}
	if d.frontedSaidColon(s, s.s, c) {
		return nil // "Said Smith: “…”": the inverted frame's (fronted_said.go)
	}
	return &attribution{sent: si, cue: rng{c, c + 1}, cueText: ":", class: cueSpeech, subj: subj, name: subj,
		title: noRange, left: s.s, right: c + 1, conf: 0.5}
}

// headlineColonFrame recognises the colon of a headline (the first
// paragraph) whose source colonFrame does not take: an addressee or a venue
// after it ("Mayor Ruiz to Farmers: ...", "Governor Lee at Fair: ..."), a
// kicker before it ("EXCLUSIVE – Ana Ortiz: ..."), or a source noun after a
// name ("Ortiz camp: ...", "Ledger editorial: ...").
func (d *doc) headlineColonFrame(si int) *attribution {
	s := d.sents[si]
	opens := s.s == d.paraS[0]
	if s.para != 0 || !opens && !(si == 1 && d.sents[0].para == 0 && d.isDash(s.s-1)) {
		return nil // the headline, or its part after a kicker read as a dateline
	}
	start := s.s
	if d.toks[start].kind == tWord && (isAllCaps(d.text[d.toks[start].s:d.toks[start].e]) || headlineKickers.has(d.toks[start].lower)) && d.isDash(start+1) {
		start += 2 // a kicker and a dash
	}
	subjEnd, c, particle := -1, start, false
	for ; c < s.e && c < start+8 && d.toks[c].kind == tWord; c++ {
		t := d.toks[c]
		switch {
		case t.upper:
		case (t.lower == "to" || t.lower == "at" || t.lower == "on") && subjEnd < 0 && c > start && c+1 < s.e && d.tokAt(c+1).upper:
			subjEnd = c
		case headlineSourceNouns.has(t.lower) && subjEnd < 0 && c > start && d.punct(c+1) == ":":
		case d.headlineNameParticle(start, c):
			particle = true // "Von der Leyen: ..." (headline_name_particle.go)
		default:
			return nil
		}
	}
	if c == start || d.punct(c) != ":" || d.countWords(c+1, d.paraS[1]) < 2 || !d.toks[start].upper {
		return nil
	}
	if subjEnd < 0 {
		if opens && start == s.s && d.tokAt(c-1).upper && !particle {
			return nil // colonFrame's own case, which it declined
		}
		subjEnd = c
	}
	subj := rng{start, subjEnd}
	if d.headlineLabel(subj) || headlineKickers.has(d.word(subj.s)) {
		return nil
	}
	return &attribution{sent: si, cue: rng{c, c + 1}, cueText: ":", class: cueSpeech, subj: subj, name: subj,
		title: noRange, left: start, right: c + 1, conf: 0.5}
}

// headlineSourceNouns name a source after a name in a headline: "Ortiz
// camp: ...", "Ledger editorial: ...".
var headlineSourceNouns = set("camp", "campaign", "editorial", "aide", "aides", "allies", "spokesman",
	"spokeswoman", "officials", "lawyer", "lawyers", "attorney", "team")

// headlineKickers label a headline or a note rather than name a source:
// "Breaking: ...", "The Latest: ...", "Correction: ...", "Delegate Update: ...".
var headlineKickers = set("breaking", "revealed", "boom", "wow", "look", "watch", "exclusive", "bombshell",
	"busted", "leaked", "latest", "update", "updated", "correction", "corrections", "clarification", "byline",
	"video", "photos", "live", "icymi", "note", "notice", "contributing", "contributors",
	// the genre labels of today's sites ("Interview: ...", "Analysis: ..."), none in the corpus
	"interview", "analysis", "opinion", "explainer", "factbox", "timeline", "review", "obituary", "podcast",
	"commentary", "recap", "preview", "insight",
	// and of transcripts, features and checks ("Transcript: Interview with
	// ...", "Fact Check: ...", "Listen: ...")
	"transcript", "listen", "profile", "quiz", "feature", "investigation", "newsletter", "sponsored", "check")

// headlineLabel reports a colon-frame subject that is a kicker: its last word
// is a label word and no capitalised name precedes it other than "Just" or
// "The" ("Just Leaked", "The Latest", "Delegate Update", "Fact Check").
func (d *doc) headlineLabel(subj rng) bool {
	last := d.word(subj.e - 1)
	if !headlineKickers.has(last) {
		return false
	}
	return subj.e-subj.s == 1 || subj.e-subj.s == 2 && (d.word(subj.s) == "the" || d.word(subj.s) == "just" || last == "update" || last == "correction" || last == "note" || last == "notice" || last == "check")
}

// nameList reports a paragraph part [s, e) that only lists capitalised
// names ("Iris Ouyang, Thomas Vogel and Grant Miller"): a credit line or a
// roster after a colon, not something said. (Title-case headlines look
// alike; the caller skips the first paragraph.)
func (d *doc) nameList(s, e int) bool {
	commas, words := 0, 0
	for k := s; k < e; k++ {
		t := d.toks[k]
		switch {
		case t.kind == tWord && (t.upper || t.lower == "and"):
			words++
		case d.punct(k) == ",":
			commas++
		case isTerminal(d.punct(k)) && k == e-1:
		default:
			return false
		}
	}
	return commas >= 2 && words >= 5
}

// adjunctOnly reports a statement whose only content is the introductory
// adjunct before its frame, without a verb of its own: "In a speech last
// July, he said: ...", "Wednesday on Fox News, Gingrich said if ...". The
// adjunct sets the scene; the statement is elsewhere. Verbs of a subordinate
// clause ("as the parade rolled by") do not count.
func (d *doc) adjunctOnly(a *attribution) bool {
	if len(a.content) != 1 || !a.cue.ok() || a.inverted || a.partOf != nil {
		return false
	}
	c := a.content[0]
	if c.e > a.cue.s || c.e < a.left-1 || d.punct(a.right) == "," {
		return false // not before the frame, or a medial frame: "But without X, she said, ..."
	}
	w := d.word(c.s)
	if sceneSubordinators.has(w) {
		// one subordinate clause: "Though he has rarely spoken on it, X promised ..."
		for k := c.s; k < c.e; k++ {
			if d.isQuote(k) || d.inQuote(k) || d.punct(k) == "," || d.punct(k) == ";" {
				return false
			}
		}
		return true
	}
	st := c.s
	for st < c.e && sceneLeads.has(d.word(st)) {
		st++ // "And yet, across Europe", "Just three years ago"
	}
	for st < c.e && d.punct(st) == "," {
		st++
	}
	w = d.word(st)
	_, cueForm := cueOf(w)
	participle := len(w) > 5 && strings.HasSuffix(w, "ing") && d.toks[st].upper && !cueForm // not "Noting that ..."
	if d.dateline(st) {
		return true // "BOSTON, May 3 (Reuters) — The governor told ...": "May" is no verb here
	}
	if !(scenePreps.has(w) || periodWords.has(w) || timeWords.has(w) || participle || w == "at" && d.word(st+1) != "least") {
		return false
	}
	// a clause opening the sentence ("After X took office, ...") must close
	// with a comma: without one, its verbs may be the main clause's
	sub, lead := false, w == "after" || w == "before"
	for k := st; k < c.e; k++ {
		if d.inQuote(k) && d.titleQuote(d.qidx[k]) {
			continue // a show's name: "In an appearance on “Morning Joe,” X asked"
		}
		if d.isQuote(k) || d.inQuote(k) {
			return false
		}
		x := d.word(k)
		switch {
		case d.punct(k) == ",":
			sub, lead = false, false
		case x == "as" || x == "when" || x == "while" || x == "after" || x == "before" || x == "since" || x == "that" || x == "who" || x == "which":
			sub = true
		case !sub && (clauseAux.has(x) || k > st && (finiteVerb(x) || d.presentVerb(k))):
			return false
		}
	}
	return !lead
}

// presentVerb guesses a present-tense verb at k after a name, a pronoun or
// a determiner and noun: "In Ohio, Trump leads by four points". Erring
// towards verbs keeps contents.
func (d *doc) presentVerb(k int) bool {
	t := d.toks[k]
	if t.kind != tWord || t.upper || len(t.lower) < 4 || !strings.HasSuffix(t.lower, "s") {
		return false
	}
	if strings.HasSuffix(t.lower, "ss") || strings.HasSuffix(t.lower, "us") || strings.HasSuffix(t.lower, "'s") || strings.HasSuffix(t.lower, "’s") {
		return false
	}
	p := d.tokAt(k - 1)
	if p.kind != tWord || determiners.has(p.lower) {
		return false
	}
	// "Trump leads", "she says", "the senator leads"
	return p.upper && p.lower == stripPossessive(p.lower) || subjPronouns.has(p.lower) || determiners.has(d.word(k-2)) && p.lower == stripPossessive(p.lower)
}

// namedThing reports a naming cue that is a participle after an indefinite
// noun phrase, right before a quotation: "a play called “Sons of Trump”",
// "a website called “...”". A person so named would be a statement's
// speaker; a thing so named is a title.
func (d *doc) namedThing(a *attribution) bool {
	if a.class != cueName || !a.cue.ok() || a.cue.e-a.cue.s != 1 || !a.subj.ok() || a.subj.e != a.cue.s {
		return false
	}
	if w := d.word(a.subj.s); w != "a" && w != "an" {
		return false
	}
	head := d.word(a.subj.e - 1)
	if roleNouns.has(head) || anonymousHeads.has(head) || d.tokAt(a.subj.e-1).upper {
		return false
	}
	k := a.right
	if !d.isQuote(k) || !d.inQuote(k) || d.quotes[d.qidx[k]].first() != k {
		return false
	}
	// the content is the quotation alone
	q := d.quotes[d.qidx[k]]
	return len(a.content) == 1 && a.content[0].s == k && a.content[0].e <= q.last()+2
}

// sceneLeads may precede a scene-setting adjunct.
var sceneLeads = set("and", "but", "yet", "so", "then", "just", "even", "also", "only", "still")

// scenePreps open a scene-setting adjunct: "For a short time", "To a
// standing ovation", "Like Mr. Sanders", "From a pickup truck".
var scenePreps = set("in", "on", "during", "after", "before", "for", "from", "to", "like", "unlike",
	"with", "without", "despite", "amid", "given", "by", "under", "over", "across", "within",
	"throughout", "following", "inside", "outside", "near", "upon", "ahead", "later", "earlier", "then")

// dateline reports an upper-case place name opening a dateline at k
// ("WASHINGTON, June 10 (UPI)").
func (d *doc) dateline(k int) bool {
	t := d.toks[k]
	return t.kind == tWord && len(t.lower) > 2 && isAllCaps(d.text[t.s:t.e]) && d.punct(k+1) == ","
}

// sceneSubordinators open a subordinate clause that sets the scene of the
// main clause after it.
var sceneSubordinators = set("as", "though", "although", "because", "since", "while", "when", "if",
	"once", "whereas", "until", "unless")

// statesModifiers before "states" make it the plural noun: numbers,
// quantifiers, prepositions and frequent adjectives of electoral geography.
var statesModifiers = set("in", "of", "across", "from", "among", "to", "for", "into", "other", "many",
	"several", "most", "all", "both", "some", "these", "those", "few", "dozen", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "key", "big",
	"small", "swing", "battleground", "red", "blue", "purple", "early", "later", "remaining", "larger",
	"smaller", "bigger", "whiter", "poorer", "richer", "older", "younger", "more", "fewer", "member", "border",
	"southern", "northern", "western", "eastern", "midwestern", "belt", "neighboring", "individual", "various",
	"coastal", "rural", "urban", "suburban", "industrial", "agricultural", "central", "presidential",
	"pivotal", "critical", "crucial", "competitive", "conservative", "progressive", "liberal", "democratic",
	"republican", "diverse", "populous", "whiter", "blue-collar", "early-voting", "primary", "caucus")

// modifiesStates reports whether token j, right before "states", makes it
// a noun: a modifier above, a number, a hyphenated lower-case word
// ("delegate-rich") or an adjective in -ous, -ful, -erse.
func (d *doc) modifiesStates(j int) bool {
	x := d.word(j)
	if x == "" {
		return false
	}
	if statesModifiers.has(x) || x[0] >= '0' && x[0] <= '9' || strings.Contains(x, "-") && !d.toks[j].upper {
		return true
	}
	if d.toks[j].upper {
		return false
	}
	// adjectival endings that nouns able to "state" ("the proposal states",
	// "the ruling states", "the directive states") do not share
	for _, suf := range []string{"ous", "ful", "erse"} {
		if strings.HasSuffix(x, suf) {
			return true
		}
	}
	return false
}

// newClause reports whether frame a begins a clause of its own rather than
// sitting inside the content of an earlier frame.
func (d *doc) newClause(a *attribution) bool {
	if a.ruleAccepted && a.class == cueAsk {
		return true // "he said no when asked whether ...": the answer ends before "when" (asked_question.go)
	}
	if d.forwardOnly(a) && d.punct(a.left-1) == "," {
		return false // "As the paper reported, on Friday the campaign declined to ..."
	}
	if a.partOf != nil || a.cueText == "according to" || a.inverted {
		return true
	}
	b := a.left - 1
	switch d.punct(b) {
	case ",", ";", "—", ":", "(":
		return true
	}
	if d.quoteEndsFrame(b) {
		return true // "... at “smaller schools,” Trump said: ..."
	}
	switch d.word(b) {
	case "while", "and", "but", "whereas", "although", "though", "as":
		// "said that while he fears ...": inside the that-clause
		if d.word(b) == "and" && (d.coordinatedPronounSubject(b) || d.coordinatedNounSubject(b)) {
			return false
		}
		return d.word(b-1) != "that"
	}
	return false
}

// colonOpensFrame reports a frame whose subject opens the content right
// after a colon frame ("Ana Ortiz: I'd consider a bid", "Ortiz: Lee thinks
// taxes are too high"): the whole clause is what the colon introduces, so
// the inner frame does not end it.
func (d *doc) colonOpensFrame(a, nx *attribution) bool {
	return a.cueText == ":" && nx.left == a.right && !nx.inverted && nx.cueText != "according to"
}

// coordinatedPronounSubject reports "and" at b joining a subject pronoun
// right after a cue to the next noun phrase: in "said he and other leaders
// are planning ..." the frame "are planning" is inside the content.
func (d *doc) coordinatedPronounSubject(b int) bool {
	p := b - 1
	if !subjPronouns.has(d.word(p)) || d.inQuote(p) {
		return false
	}
	if d.word(p-1) == "that" {
		p--
	}
	_, cue := cueOf(d.word(p - 1))
	return cue
}

// coordinatedInContent reports a verb frame joined by "and" that goes on
// with the clause inside a's content rather than with a's own frame.
func (d *doc) coordinatedInContent(a, nx *attribution) bool {
	if nx.partOf == nil || d.word(nx.left) != "and" || d.punct(nx.left-1) == "," {
		return false
	}
	// a belief goes on with the content's subject: "she was tired of it
	// and wanted a change"; a speech verb is mostly the speaker's own
	// ("... and said", "... and called on")
	return nx.class == cueBelief
}

// contentEnd is the end of a sentence's content: terminal punctuation outside
// quotations is left out.
func (d *doc) contentEnd(s sentence) int {
	e := s.e
	for e > s.s && !d.inQuote(e-1) && (isTerminal(d.punct(e-1)) || d.punct(e-1) == ")" && d.unopened(s.s, e-1)) {
		e--
	}
	return e
}

// unopened reports a closing parenthesis at k that no "(" after s opens:
// the end of a parenthesised sentence, "(He said it would pass.)".
func (d *doc) unopened(s, k int) bool {
	for x := k - 1; x >= s; x-- {
		switch d.punct(x) {
		case "(":
			return x == s
		case ")":
			return false
		}
	}
	return true
}

// wordKey hashes a word's length and first and last letters: a cheap
// pre-filter of the frame words.
func wordKey(w string) uint16 {
	if w == "" {
		return 0
	}
	return uint16(wordHash(w) >> 16)
}

// frameWordFilter marks the keys of the words that may start a frame; a
// bit set over a hash of the length and three letters lets about one word
// in twenty through to the map lookups (a word's length and its first and
// last letters alone let one in four through).
type keyFilter [1 << 10]uint64

func (f *keyFilter) add(w string) { k := wordKey(w); f[k>>6] |= 1 << (k & 63) }

func (f *keyFilter) has(w string) bool { k := wordKey(w); return f[k>>6]&(1<<(k&63)) != 0 }

// nonCueFrameWords are the words other than cues at which frameAtScratch
// may find a frame: one set lookup instead of one per rule's word list.
var nonCueFrameWords = unionSet(statementVerbs, reportVerbs, headlineStanceWords, bodyStanceForms, topicVerbForms, viewAsForms, negStanceForms, standingStanceAdjectives, passiveStanceForms, desireAdjectives, progressiveSupportForms, sideTakingForms, set("according", "per", "to", "by", "like", "love", "expressed", "offered", "vote", "voted", "opted", "aimed", "looking", "aiming", "reportedly", "ordered", "railed", "rails", "lashed", "lashes", "laid", "lays", "bemoaned", "bemoans", "referenced", "shrugged", "joked", "weighed", "apologized", "apologizes", "apologised", "vouched", "ticked", "reaffirmed", "reaffirms", "took", "takes", "made", "makes", "distanced", "distances", "brushed", "brushes", "pushed"), backVerbs, moreStanceForms, progressiveStanceForms, seemedForms, exhortForms, focusedForms, stanceRoleNouns, complaintWords, presentVowForms, recognizeForms, beAdjectiveForms, pollSupportForms, progressiveIntentForms, cognitionForms, gappedBeliefForms, considersForms, rulingForms) // court_ruling.go; cognition.go; gapped_belief.go; considers.go; be_adjective.go; poll_support.go; vote: poll_support.go (pollVoteSubject); voted, opted, aimed, looking, aiming: agreed_to.go; focused_on.go; stance_role.go; recognize_that.go; exhort_to.go; complaints_that.go; to: to_opinion.go; per: per_source.go, as_per.go; by: by_tally.go; present_vow.go; like, love: would_like.go; expressed, offered: expressed_feeling.go; reportedly.go; ordered.go; backVerbs: back_that.go; the rest: phrasal_stance.go, pushed_for.go, stance_particles.go

var frameWordFilter = func() (t keyFilter) {
	for w := range cueLex {
		t.add(w)
	}
	for w := range nonCueFrameWords.m {
		t.add(w)
	}
	for w := range phrasalStanceParticles {
		t.add(w) // phrasal_stance.go
	}
	return t
}()

// mayFrame is a cheap test of the (non-empty) words at which frameAt or
// declaredFrame may find a statement (most words are neither):
// frameWordFilter's, and the long past forms of the declared verbs. It is
// keyFilter.has spelt out, so that it is inlined in the loop over words.
func mayFrame(w string) bool {
	k := wordHash(w) >> 16
	return frameWordFilter[k>>6&1023]&(1<<(k&63)) != 0 || len(w) >= 8 && w[len(w)-1] == 'd'
}

// frameAt recognises a reporting cue at token i and its subject.
func (d *doc) frameAt(si, i int, prev []*attribution) *attribution {
	// most cue words frame nothing: build in a scratch value, copy when kept
	a := d.frameAtScratch(si, i, prev)
	if a == nil {
		return nil
	}
	kept := d.bufs.frames.next()
	*kept = *a
	return kept
}

// keep stores v in *dst and returns it: a case's test in frameAtScratch
// keeps the position or subject it found for the case's body, which would
// otherwise look for it again.
func keep[T any](dst *T, v T) T {
	*dst = v
	return v
}

func (d *doc) frameAtScratch(si, i int, prev []*attribution) *attribution {
	s := d.sents[si]
	w := d.word(i)
	if !frameWordFilter.has(w) {
		return nil
	}
	wCue, isCue := cueOf(w) // looked up once: the default case below needs it too
	if !isCue && !nonCueFrameWords.has(w) {
		return nil
	}
	if d.namingPhraseCue(s, i) {
		return nil // "a medic known as Bear said" (naming_phrase_subject.go)
	}
	fb := frameSetsOf(w) // the sets of the word, asked by the cases below
	if !isCue && fb.in(fsForecastForms) && d.forecastVerb(s, i) {
		wCue, isCue = predictCue, true // "The bank forecasts that ..." (forecast_verb.go)
		d.readAsPredict(i)
	}
	if !isCue && d.backRetort(s, i) {
		wCue, isCue = retortCue, true // "Lee shot back that ..." (back_that.go)
		d.readAsRetort(i)
	}
	a := &d.scratch
	*a = attribution{sent: si, subj: noRange, name: noRange, title: noRange, conf: 0.8}
	var at int   // the position a case's test found, for its body (see keep)
	var subj rng // the subject a case's test found, for its body
	switch {
	case w == "to" && len(prev) == 0 && keep(&at, d.firstEndorserVerb(s, i)) >= 0:
		if a = d.nounCueFrame(si, at, i, "first endorser", a); a != nil {
			a.class, a.ruleAccepted, a.conf = cueBelief, true, stanceRoleConf // "was the first senator to endorse X" (first_endorser.go)
		}
		return a
	case w == "to":
		if !d.toOpinionFrame(s, i, a) {
			return nil
		}
		return a // "To Frank, issues of class ..." (to_opinion.go)
	case w == "by":
		if !d.byTallyFrame(s, i, a) {
			return nil
		}
		return a // "By the AP's tally, Lee has ..." (by_tally.go)
	case w == "per" && !d.asPer(i):
		if !d.perSourceFrame(s, i, a) {
			return nil
		}
		return a // "Per a statement from the club, ..." (per_source.go)
	case w == "according" && d.word(i+1) == "to", w == "per" && d.asPer(i):
		c := i // the cue's first word
		if w == "per" {
			c = i - 1 // "As per the statement, ..." read as "according to" (as_per.go)
		}
		a.cue, a.cueText, a.class = rng{c, c + 2}, "according to", cueSpeech
		np := d.npFwd(c+2, s.e)
		if e := d.domainSourceEnd(np); e > np.e {
			np.e = e // "according to PowerOutage.us" (domain_source.go)
		}
		handle := d.handleSource(c + 2)
		if handle.ok() {
			np = handle // "according to @DownDetector" (handle_source.go)
		}
		if opens := c == s.s || c-1 == s.s && discourse.has(d.word(c-1)); opens && (!np.ok() || !(np.e >= s.e || d.punct(np.e) == "," || isTerminal(d.punct(np.e)))) {
			// a long source: "According to early results of exit polls
			// conducted for the networks by Edison Research, ..."
			if e := d.accordingSourceEnd(c+2, s.e); e > 0 {
				np = rng{c + 2, e}
			}
		}
		if e := d.asideSourceEnd(c, np, s); e > 0 {
			np = rng{c + 2, e} // "said, according to a transcript released by the ministry, that" (according_aside.go)
		}
		if !np.ok() || !(np.e >= s.e || d.punct(np.e) == "," || isTerminal(d.punct(np.e))) {
			if e := d.trailingSourceEnd(c, s); e > 0 {
				np = rng{c + 2, e} // "..., according to the most recent data available from the FBI."
				for x := np.s; x < np.e; x++ {
					if d.isQuote(x) && d.inQuote(x) && d.quotes[d.qidx[x]].first() == x {
						d.titleQuotes = append(d.titleQuotes, d.qidx[x]) // a title inside the source
					}
				}
			} else if !np.ok() && objPronouns.has(d.word(c+2)) && !d.inQuote(c+2) {
				np = rng{c + 2, c + 3} // "according to him"
			}
		}
		if !np.ok() {
			return nil
		}
		d.accordingFrame(a, s, np)
		if handle.ok() && a.subj == handle {
			a.name, a.title = handle, noRange // the whole handle names the source
		}
		return a
	case w == "saying" && keep(&at, d.quotedAsSayingStart(s, i)) >= 0:
		// "Lavrov was quoted (cited) as saying" (quoted_as_saying.go)
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{at, i + 1}, cueSpeech, quotedAsSayingText, quotedAsSayingConf, true
		i = at
		wCue, isCue = cueInfo{}, false
	case w == "mention" && keep(&at, d.scarceMentionVerb(i)) >= 0:
		return d.nounCueFrame(si, at, i, "mention", a) // "made no mention of X" (mention_of.go)
	case fb.in(fsNegStanceForms) && keep(&at, d.negStanceCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueBelief, "neg stance", negStanceConf, true // "did not apologize for X" (neg_stance.go)
	case !isCue && fb.in(fsPassiveStanceForms) && d.passiveStanceFrame(s, i, a) != nil:
		return a // "was rebuked by rivals for X" (passive_stance.go)
	case fb.in(fsBeAdjectiveForms) && len(prev) == 0 && d.beAdjectiveStarts(s, i):
		cs, ce := d.beAdjectiveCue(s, i)
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{cs, ce}, cueBelief, "be stance", beAdjectiveConf, true // "was critical of X" (be_adjective.go)
		i = cs
		// "are worried about": an adjective, not the passive of a cue
		wCue, isCue = cueInfo{}, false
	case w == "vote" && keep(&subj, d.pollVoteSubject(s, i)).ok():
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i - 1, i + 2}, cueBelief, "poll vote", pollSupportConf, true // "56 percent would vote for Clinton" (poll_support.go)
		a.subj = subj
		a.name, a.title = a.subj, noRange
		a.left, a.right = a.subj.s, a.cue.e
		return a
	case fb.in(fsPollSupportForms) && keep(&subj, d.pollSupportSubject(s, i)).ok():
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "poll support", pollSupportConf, true // "two-thirds of voters support X" (poll_support.go)
		a.subj = subj
		a.name, a.title = a.subj, noRange
		a.left, a.right = a.subj.s, a.cue.e
		return a
	case fb.in(fsStandingStanceAdjectives) || fb.in(fsDesireAdjectives):
		cs, ce := d.standingStanceCue(s, i) // "has been critical of X" (neg_stance.go)
		if cs < 0 {
			return nil
		}
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{cs, ce}, cueBelief, "neg stance", negStanceConf, true
		i = cs
	case d.headlineSecondVerb(s, i) >= 0:
		return d.headlineSecondFrame(s, i, a) // "X Backs Y And Denounces Z" (headline_stance.go)
	case !isCue && fb.in(fsBodyStanceForms) && d.bodyStanceCue(s, i):
		a.cue, a.class, a.cueText = rng{i, i + 1}, cueBelief, headlineStanceLemma(w) // "Reid blasted Rubio" (stance_body.go)
		a.conf = bodyStanceConf
		if strings.HasSuffix(w, "ing") {
			return d.bodyStanceParticiple(si, i, prev, a) // ", attacking Trump"
		}
	case fb.in(fsSideTakingForms) && len(prev) == 0 && d.sideTakingCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "take side", sideTakingConf, true // "came out against X" (side_taking.go)
	case fb.in(fsFocusedForms) && len(prev) == 0 && keep(&at, d.focusedOnCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueSpeech, "focused on", topicConf, true // "she focused on X" (focused_on.go)
	case w == "talking" && len(prev) == 0 && keep(&at, d.progressiveTalkingCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueSpeech, "talking about", topicConf, true // "Lee was talking about X" (progressive_talking.go)
	case fb.in(fsTopicVerbForms) && (!isCue || d.topicVerbCue(s, i) >= 0):
		e := d.topicVerbCue(s, i) // "talked about X" (topic_frames.go)
		if e < 0 || len(prev) > 0 && !fb.in(fsTopicParticiples) || len(prev) == 0 && fb.in(fsTopicParticiples) && d.word(i-1) != "by" {
			return nil
		}
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, e}, cueSpeech, w, topicConf, true
		if e > i+1 {
			a.cueText = w + " " + d.word(e-1)
		}
		if fb.in(fsTopicParticiples) || d.word(i-1) == "and" {
			// ", talking about X"; "stopped by the studio and spoke about X":
			// the sentence's subject
			a = d.bodyStanceParticiple(si, i, prev, a)
			if a != nil {
				a.right = e
			}
			return a
		}
	case fb.in(fsEstimateAtForms) && d.estimateAtCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueSpeech, "estimate at", estimateAtConf, true // "estimates his fortune at $42 billion" (estimate_at.go)
	case !isCue && fb.in(fsViewAsForms) && (d.viewAsCue(s, i) || len(prev) == 0 && d.seeProspectCue(s, i)):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "see as", viewAsConf, true // "sees Lee as a uniter" (view_as.go)
	case fb.in(fsProgressiveSupportForms) && len(prev) == 0 && d.progressiveSupportCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "support", progressiveSupportConf, true // "is backing Clinton" (progressive_support.go)
	case (w == "like" || w == "love") && len(prev) == 0 && d.wouldLikeCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "would like", wouldLikeConf, true // "would like to make" (would_like.go)
	case (w == "expressed" || w == "offered") && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.expressedFeelingCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "expressed", expressedFeelingConf, true // "expressed concern that X" (expressed_feeling.go)
	case (w == "voted" || w == "opted" || w == "aimed" || w == "looking" || w == "aiming") && d.agreedInfinitive(i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "voted to", agreedToConf, true // "the council voted to pay $5 million" (agreed_to.go)
	case w == "questioned" && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.questionedObjectCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "questioned", questionedObjectConf, true // "questioned his sincerity" (questioned_object.go)
	case w == "made" && len(prev) == 0 && keep(&at, d.madeClearCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueSpeech, "made it clear", madeClearConf, true // "made it clear that X" (made_it_clear.go)
		if d.word(a.cue.e-1) == "that" {
			a.cue.e--
		}
		for d.word(a.cue.e-1) != "clear" {
			a.cue.e-- // the addressee is no part of the cue
		}
	case w == "reportedly" && len(prev) == 0 && d.reportedlyCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueSpeech, "reportedly", reportedlyConf, true // "is reportedly making X" (reportedly.go)
	case w == "ordered" && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.orderedCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "ordered", orderedConf, true // "ordered a review of X" (ordered.go)
	case fb.in(fsExhortForms) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.exhortToCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "exhort", exhortToConf, true // "encouraged voters to X" (exhort_to.go)
	case fb.in(fsPresentVowForms) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.presentVowCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "present vow", presentVowConf, true // "he vows to X" (present_vow.go)
	case fb.in(fsComplaintWords) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.complaintThatCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueSpeech, "complaint", complaintsThatConf, true // "complaints that X" (complaints_that.go)
		a.left, a.right = i, i+1
		return a
	case (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && keep(&at, d.phrasalStanceCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueBelief, "phrasal stance", phrasalStanceConf, true // "railed against X" (phrasal_stance.go)
	case (fb.in(fsProgressiveStanceForms) || fb.in(fsProgressiveIntentForms)) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && keep(&at, d.progressiveStanceCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueBelief, "progressive stance", progressiveStanceConf, true // "is thanking supporters", "is looking for X" (progressive_stance.go)
	case fb.in(fsSeemedForms) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && keep(&at, d.seemedToCue(s, i)) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, at}, cueBelief, "seemed to", seemedToConf, true // "seemed to blame X" (seemed_to.go)
	case fb.in(fsRulingForms) && len(prev) == 0 && d.rulingCue(s, i) > 0:
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueSpeech, "rule", rulingConf, true // "the court ruled that X" (court_ruling.go)
	case fb.in(fsRecognizeForms) && d.recognizeThatCue(s, i) && (len(prev) == 0 || w == "recognizing"):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "recognize", recognizeThatConf, true // "recognizes that X" (recognize_that.go)
		if w == "recognizing" {
			return d.bodyStanceParticiple(si, i, prev, a) // ", recognizing that X"
		}
	case fb.in(fsSeemedForms) && len(prev) == 0 && d.seemedAdjectiveCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "seemed adjective", seemedAdjectiveConf, true // "seemed certain to leave" (seemed_adjective.go)
	case fb.in(fsCognitionForms) && len(prev) == 0 && d.cognitionCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "cognition", cognitionConf, true // "they learned their candidate had won" (cognition.go)
	case fb.in(fsGappedBeliefForms) && d.gappedBeliefCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "gapped belief", gappedBeliefConf, true // "a step they believe could help" (gapped_belief.go)
	case fb.in(fsConsidersForms) && len(prev) == 0 && d.considersCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "considers", considersConf, true // "considers Lee untrustworthy" (considers.go)
	case fb.in(fsSeemedForms) && (len(prev) == 0 || d.semicolonAfter(prev, i) || d.introPhraseBefore(s, prev, i)) && d.seemedGenericCue(s, i):
		a.cue, a.class, a.cueText, a.conf, a.ruleAccepted = rng{i, i + 1}, cueBelief, "seemed", seemedGenericConf, true // "seemed to overstay X" (seemed_generic.go)
	case !isCue && headlineStanceVerb(w):
		if !d.headlineStanceFrame(s, i, a) {
			return nil // "Glenn Beck Blasts Drudge" (headline_stance.go)
		}
	case fb.in(fsStanceRoleNouns) && len(prev) == 0 && keep(&at, d.stanceRoleVerb(s, i)) >= 0:
		if a = d.nounCueFrame(si, at, i, "stance role", a); a != nil {
			a.ruleAccepted, a.conf = true, stanceRoleConf // "Lee is a vocal critic of X" (stance_role.go)
		}
		return a
	case keep(&at, d.madeCommentVerb(i)) >= 0:
		return d.nounCueFrame(si, at, i, "comment", a) // "made comments about X" (made_comments.go)
	case w == "note" && keep(&at, d.soundedNoteVerb(i)) >= 0:
		return d.nounCueFrame(si, at, i, "note", a) // "sounded a cautious note about X" (sounded_note.go)
	case fb.in(fsReportVerbs) && keep(&at, d.reportParticipleEnd(i)) > 0:
		// "published a report detailing X" (report_participle.go)
		a.cue, a.class = rng{i, at}, cueSpeech
		a.cueText = lemmaOf(w) + " a statement"
	case fb.in(fsStatementVerbs) && determiners.has(d.word(i+1)):
		n := i + 2
		if !statementNouns.has(d.word(n)) && d.word(n) != "" && !d.toks[n].upper {
			n++ // "issued a brief statement"
		}
		if !statementNouns.has(d.word(n)) || (w == "made" || w == "gave") && d.word(n) != "statement" {
			return nil
		}
		a.cue, a.class = rng{i, n + 1}, cueSpeech
		a.cueText = strings.Join([]string{lemmaOf(w), "a", d.word(n)}, " ")
		if c, ok := cueOf(d.word(n + 1)); ok && c.participle && c.class != cueBelief {
			a.cue.e = n + 2
		}
	default:
		c, ok := wCue, isCue
		if !ok || d.toks[i].upper && i != s.s && !d.headlineCue(s, i, c) && !d.headlineNameVerb(s, i, c) && !d.headlineInvertedCue(s, i, c) {
			return nil
		}
		if w == "point" || w == "points" || w == "pointed" || w == "pointing" {
			switch d.word(i + 1) {
			case "out":
				a.cueText = "pointed out"
			case "to":
				// "pointed to the jobs report": the object is the content
				if d.inQuote(i+1) || d.word(i+2) == "" && !d.isQuote(i+2) {
					return nil
				}
				a.cueText = "pointed to"
			default:
				return nil
			}
			a.cue = rng{i, i + 2}
		} else if c == retortCue && d.word(i) != "retorted" {
			a.cue, a.cueText = rng{i, i + 2}, c.lemma // "shot back" (back_that.go)
		} else {
			a.cue = rng{i, i + 1}
			a.cueText = c.lemma
			if c.lemma == "say" {
				a.cueText = "said"
			}
		}
		a.class = c.class
		if e := d.continuedToObject(i); e > 0 {
			a.cue, a.cueText = rng{i, e}, "continued to" // "continued to portray X as" (continued_to.go)
		} else if e := d.negatedRespondTo(i); e > 0 {
			a.cue, a.cueText = rng{i, e}, "respond to" // "did not respond to a request" (respond_to.go)
		} else if d.word(i+1) == "to" && a.cueText != "pointed to" && !d.passiveAskedTo(i) && c.class != cueBelief && c.lemma != "promise" && c.lemma != "vow" && c.lemma != "pledge" && c.lemma != "threaten" && c.lemma != "say" && !d.addresseeAfterTo(i, c) && !d.infinitiveContent(i) {
			return nil // "continued to", "agreed to" (but "agreed to pay ...": agreed_to.go, inference only)
		}
		if d.word(i+1) == "to" && d.agreedInfinitive(i) {
			a.conf = agreedToConf
			if commitInfinitiveLemmas.has(c.lemma) {
				a.conf = commitInfinitiveConf // "vowed to", "pledged to": as the repaired frames of commit_to.go
			}
		}
		if c.lemma == "say" && d.word(i+1) == "to" && d.word(i+2) == "be" && !beForms.has(d.word(i-1)) {
			return nil
		}
		if w == "charge" && d.word(i-1) == "in" {
			return nil // "the executive in charge of the show"
		}
		if c.lemma == "put" {
			if !d.putIt(i) && !d.putItAdjunct(i) { // put_it_adjunct.go
				return nil
			}
			a.cue, a.cueText = rng{i, i + 2}, "put it"
		}
		if t := d.particleCue(i, c); t != "" {
			a.cue, a.cueText, a.class = rng{i, i + 2}, t, particleCueClass(c)
			a.ruleAccepted = c.lemma == "call" && d.demandBeforeQuote(i) // demand_before_quote.go
			if t == "called for" && d.calledForDemand(s, i) {
				a.ruleAccepted, a.conf = true, calledForConf // "She has also called for X" (called_for.go)
			}
			if t == "referring to" && d.referringProgressive(s, i) {
				a.ruleAccepted, a.conf = true, referringProgressiveConf // "Lee was referring to X" (referring_progressive.go)
			}
		} else if c.lemma == "refer" {
			return nil
		}
	}
	if d.askedAfterAdjunct(s, i, wCue) {
		// "Asked on Monday whether ...", "said when asked if ..." (asked_question.go)
		// conf: 12 of its 16 statements on train are right
		a.left, a.right, a.ruleAccepted, a.conf = i, a.cue.e, true, 0.75
		a.askStart = d.askedAdjunctQuestion(s, i) // "Asked on Fox News whether ...", "when asked whom ..." (ask_frames.go)
		if d.word(i-1) == "when" {
			a.left = i - 1
		}
		return a
	}
	// look left over auxiliaries and adverbs
	k := i - 1
	sawBe := false
	for k >= s.s && d.toks[k].kind == tWord && !d.inQuote(k) && (auxAdv.has(d.toks[k].lower) || d.adverbAt(k) || timeWords.has(d.toks[k].lower) && k > s.s || d.placeAdverb(k, s) || d.memoryBeforeGerund(k, i)) && !d.auxAsName(k, s) {
		if beForms.has(d.toks[k].lower) {
			sawBe = true
		}
		if timeWords.has(d.toks[k].lower) && d.word(k-1) == "on" && k-1 > s.s {
			k-- // "Cruz on Wednesday announced"
		}
		k--
	}
	// "Murphy, though, said": an adverb aside between subject and verb
	if k-2 >= s.s && d.punct(k) == "," && asideAdverbs.has(d.word(k-1)) && d.punct(k-2) == "," && !d.inQuote(k-3) && d.tokAt(k-3).kind == tWord {
		k -= 3
	}
	// "Legislative leaders, for instance, noted"
	if k-3 >= s.s && d.punct(k) == "," && (d.word(k-1) == "instance" || d.word(k-1) == "example") && d.word(k-2) == "for" && d.punct(k-3) == "," && !d.inQuote(k-4) && d.tokAt(k-4).kind == tWord {
		k -= 4
	}
	c := wCue // cueOf(w)
	if d.tellThatInfinitive(s, i, c) {
		// "only to tell Garland that ...", "helped convince voters that ..." (tell_that.go)
		a.left, a.right, a.ruleAccepted, a.conf = i, a.cue.e, true, 0.7
		return a
	}
	if r := d.evidenceRelative(s, k, c); r.ok() {
		// "polls by Gallup that showed Kim ahead" (evidence_findings.go)
		a.subj, a.name, a.title, a.relative = r, r, noRange, true
		a.left, a.right, a.ruleAccepted = r.s, a.cue.e, true
		return a
	}
	if i == s.s && c.participle && c.class == cueSpeech && clauseVerbs.has(c.lemma) && c.lemma != "recall" && c.lemma != "add" {
		// "Noting that the fund was short, Ruiz said ...": the subject of
		// the main clause speaks
		if subj := d.openingParticipleSubject(s, i); subj.ok() {
			a.subj = subj
			a.name, a.title = d.splitName(subj)
			a.left, a.right = i, a.cue.e
			a.conf = 0.7
			return a
		}
		return nil
	}
	if fb.in(fsNounish) && k == i-1 && k >= s.s && d.continuationStart(k) < 0 {
		// a noun, not a verb: "in states that ...", "Editor's note:", "the rest of the states"
		if pw := d.word(k); (determiners.has(pw) || pw == "of" || adjunctPreps.has(pw) || subjectPreps.has(pw) || pw != stripPossessive(pw)) && !d.gerundNotNoun(i, k) {
			return nil
		}
	}
	if fb.in(fsNounish) && d.nameModifiedNoun(i, w) {
		return nil // "in a Facebook post that ..." (name_noun_cue.go)
	}
	if d.garmentSlogan(i, c) {
		return nil // "a shirt that read “...”"
	}
	if k == i-1 && a.cue.e == i+1 && d.attributiveParticiple(i, c) {
		return nil // "the acknowledged leader", "its reported net worth"
	}
	if fb.in(fsNounish) && !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !d.inQuote(i+1) {
		if nx := d.word(i + 1); (clauseAux.has(nx) && nx != "'s" || nx == "aren't" || nx == "weren't") && !d.relativeSubjectBefore(i) {
			return nil // a noun subject: "My immigration plans aren't set", "Her claims were false"
		}
	}
	if w == "state" || w == "states" {
		if nx := d.word(i + 1); nx != "" && nx != "that" && !d.tokAt(i+1).upper && !determiners.has(nx) && !subjPronouns.has(nx) && !(adjunctPreps.has(nx) && d.quoteSubject(s, i-1, i+1).ok()) {
			return nil // "state health officials"; but "“A,” the paper states in a footnote"
		}
	}
	if w == "state" && d.modifiedStateNoun(i) {
		return nil // "a swing state, said", "the fifth state that"
	}
	if w == "states" && d.modifiesStates(i-1) {
		return nil // "the 35 states that ...", "Western states", "in states that ..."
	}
	m := d.continuationStart(k)
	if m < 0 && c.class == cueSpeech {
		m = d.purposeFrameStart(s, k) // "went on CNN to declare" (caused_infinitive.go)
	}
	if m < 0 && (c.class == cueSpeech || c.class == cueTell) {
		m = d.purposeInfinitiveStart(s, k, c) // "stood at the event to say" (purpose_infinitive.go)
	}
	if m >= 0 {
		// "went on to say", "continued to insist": the subject precedes
		// the matrix verb
		k = d.skipAuxAdverbsBack(m, s.s)
	}
	if d.word(k) == "to" && d.word(k-1) == "likely" && c.lemma == "say" && (d.word(k-2) == "more" || d.word(k-2) == "less") {
		// "Democratic voters are more likely to say that ...": a poll's finding
		if subj, name, title := d.subjectBefore(d.likelyStart(k-1, s.s), s.s); subj.ok() {
			a.subj, a.name, a.title = subj, name, title
			a.left, a.right = subj.s, a.cue.e
			a.conf = 0.7
			return a
		}
	}
	if subj := d.causedInfinitiveSubject(s, k); subj.ok() && (c.class == cueSpeech || d.causedTellAtInference(c, i)) {
		// "the win led her to declare that ..." (caused_infinitive.go)
		a.subj = subj
		a.name, a.title = d.splitName(subj)
		a.left, a.right = subj.s, a.cue.e
		return a
	}
	if be := d.reportedToHaveStart(s, k, i, c); be >= 0 {
		// "Obama is reported to have called the Saudis “free riders”"
		// (quoted_as_saying.go): the subject speaks
		a.cue.s, a.ruleAccepted, a.conf = be, true, quotedAsSayingConf
		k = d.skipAuxAdverbsBack(be-1, s.s)
	}
	if d.word(k) == "to" || d.word(k) == "not" {
		return nil // infinitive: "decided to call", "wants to say"
	}
	if len(prev) == 0 && d.askedPassive(a, s, k, i, c, sawBe) {
		return a // "Smith was asked by a reporter whether ..." (ask_frames.go)
	}
	if subj := d.evidenceParticipleSubject(s, k, c); subj.ok() {
		// "a poll released Sunday shows" (evidence_participle.go)
		a.subj, a.name, a.title = subj, noRange, noRange
		a.left, a.right, a.ruleAccepted = subj.s, a.cue.e, true
		return a
	}
	if src := d.firstReportedBy(s, k, i, c, sawBe); src.ok() {
		a.subj, a.inverted = src, true
		a.left, a.right = k+1, src.e
		a.name, a.title = d.apposition(src, s.e)
		return a
	}
	accusedOf := sawBe && c.past && d.passiveAccusedOfStart(s, k, a.cue.e, c) > 0 // "is accused of X" (passive_accused.go)
	if sawBe && c.past && (passiveForLemmas.has(c.lemma) && d.passiveForStart(s, k, a.cue.e) > 0 || d.passivePredicateStart(s, k, a.cue.e, c) > 0 || accusedOf) {
		// "Lee has been criticized by rivals for skipping ...", "Priebus
		// was said to be furious" (passive_predicate.go): the agent
		// speaks; the subject and the reason or predicate are the content
		if d.word(a.cue.e) == "by" {
			if src := d.npFwd(a.cue.e+1, s.e); src.ok() {
				a.subj, a.inverted = src, true
				a.name, a.title = d.apposition(src, s.e)
			}
			if src := d.passiveAccusedAgent(a.cue.e, d.passiveAccusedOfStart(s, k, a.cue.e, c)); accusedOf && src.ok() {
				a.subj, a.inverted = src, true // "accused by rivals of fraud"
				a.name, a.title = d.splitName(src)
			}
		}
		a.left, a.right = k+1, a.cue.e
		a.passiveFor, a.ruleAccepted = true, accusedOf
		return a
	}
	if src := d.passiveByAgent(s, k, i, c, sawBe); src.ok() && len(prev) == 0 {
		// "Her death was confirmed by the foundation" (passive_by.go)
		a.subj, a.inverted = src, true
		a.left, a.right = k+1, src.e
		a.name, a.title = d.apposition(src, s.e)
		return a
	}
	if d.knownForFrame(s, k, i, a, sawBe) {
		return a // "Ginsburg is known for her candor" (passive_stance.go)
	}
	if sawBe && c.past && !(c.lemma == "expect" && d.word(i+1) == "to") && !d.askedQuotation(i) {
		return d.passiveThatFrame(a, s, k, i, c) // passive: "was told", "is called"; nil but for a that-clause
	}
	if src := d.asReportedBy(s, k, i, c); src.ok() {
		a.subj, a.inverted = src, true
		a.left, a.right = k, src.e
		a.name, a.title = d.apposition(src, s.e)
		return a
	}
	a.left, a.right = i, a.cue.e
	if d.openingAsked(s, i, c) {
		return a // "Asked whether ..., Ryan said ...": the question has no speaker mention
	}
	// participle continuing a previous statement: ", saying that ..."
	coord := d.word(k) == "and" || d.word(k) == "but"
	// "... and later said", "... but has said": a coordinated verb after
	// auxiliaries or adverbs
	// "..., adding that", "“A,” adding that", "responded before adding
	// that", "while also saying that": a participle continuing the clause
	afterComma := d.punct(k) == "," || c.participle && (d.punct(k) == "–" || d.punct(k) == "—") && d.countWords(s.s, k) >= 4 || d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].last() == k && d.punct(k-1) == ","
	gerund := c.participle && gerundPreps.has(d.word(k)) && clauseVerbs.has(c.lemma)
	if p := d.gerundPrep(s, i, a, c); !gerund && p >= 0 || gerund && p == k {
		gerund, k = true, p
		if len(prev) == 0 && d.opensSentence(s, k) {
			return d.openingGerundFrame(a, s, i)
		}
	}
	continues := k == i-1 && (c.participle && afterComma || coord && (c.participle || c.past || strings.HasSuffix(w, "s"))) || k < i-1 && coord && (c.past || d.negatedCue(a)) && !sawBe || gerund
	// ", only saying that", "and boldly claiming": adverbs before the participle
	afterAdverbs := !continues && c.participle && (c.class == cueSpeech || c.class == cueTell) && (afterComma || coord) && d.adverbsOnly(k+1, i)
	if continues || afterAdverbs {
		if len(prev) > 0 {
			a.partOf = prev[len(prev)-1]
			if h := d.participleHost(prev); h != a.partOf {
				a.host = h // participle_host.go
			}
			a.left = k
			return a
		}
		np := d.subjectAfterIntro(si, k)
		if !np.ok() {
			np = d.sentenceSubject(si)
		}
		if np.ok() && np.e <= k {
			a.subj = np
			a.name, a.title = d.splitName(np)
			a.left = k
			a.conf = 0.7
			return a
		}
		if continues {
			return nil
		}
	}
	if k >= s.s && !d.inQuote(k) && d.punct(k) == "," {
		if subj, name := d.ageHometownSubject(s, k); subj.ok() {
			a.subj, a.name, a.title = subj, name, noRange
			a.left = subj.s
			return a
		}
	}
	if subj, name, title := d.namingPhraseSubject(s, k); subj.ok() {
		a.subj, a.name, a.title = subj, name, title // "a commander with the call sign “Hunter” told" (naming_phrase_subject.go)
		a.left = subj.s
		return a
	}
	if k >= s.s && !d.inQuote(k) && !d.soSaid(s, k) {
		if subj := d.countSubjectBefore(s, k); subj.ok() {
			a.subj, a.name, a.title = subj, noRange, noRange
			a.left = subj.s
			return a
		}
		if subj, name, title := d.subjectBefore(k, s.s); subj.ok() {
			if n := d.ageNameBefore(subj, s); n.ok() {
				subj, name, title = rng{n.s, subj.e}, n, noRange // "Maria Diaz, 34, a nurse, said" (age_apposition.go)
			}
			if subj.s > s.s && d.tokAt(subj.s-1).kind == tWord && !d.inQuote(subj.s-1) {
				// "“A,” a narrator in the ad says", "“A,” Jo Kim, the analyst who
				// founded the site tweeted": the subject starts after the quotation
				if qs := d.quoteSubject(s, k, a.cue.e); qs.ok() && qs.s < subj.s {
					subj = qs
					name, title = d.splitName(d.npFwd(qs.s, qs.e))
				}
			}
			if d.word(subj.s-1) == "and" {
				// "the senator and presidential candidate said": both conjuncts
				if c := d.coordinatedSubject(s, k); c.ok() && c.s < subj.s {
					subj = c
				} else if c := d.trailingCoordinatedSubject(s, k, a.cue.e); c.ok() && c.s < subj.s {
					subj = c // "..., she and a colleague said."
				} else if c, n := d.parenCoordinatedSubject(s, k, subj); c.ok() {
					subj, name, title = c, n, noRange // "The Food and Drug Administration (FDA) said" (paren_coord_subject.go)
				}
			}
			if ws, wn, wt := d.relativeClauseSubject(s, k, subj); ws.ok() {
				subj, name, title = ws, wn, wt // "An official who spoke on condition of anonymity said" (relative_subject.go)
			} else if ps, pn, pt := d.reducedRelativeSubject(s, k, subj); ps.ok() {
				subj, name, title = ps, pn, pt // "A source briefed on the matter said" (reduced_relative.go)
			}
			a.subj, a.name, a.title = subj, name, title
			a.left = subj.s
			return a
		}
	}
	// "Ann Lee, host of WXYZ’s “Morning Talk,” said the ...": the apposition
	// ends in a title, not a statement
	if k == i-1 && d.titleEndsApposition(s, k) {
		if subj := d.longApposition(s, k); subj.ok() {
			c := subj.s
			for c < subj.e && d.punct(c) != "," {
				c++
			}
			a.subj = subj
			a.name, a.title = d.splitName(d.npFwd(subj.s, c))
			a.left = subj.s
			a.conf = 0.7
			return a
		}
	}
	// inverted: "..., said Smith" / "“...,” said Smith"
	// "told" is never inverted: "X, ..., told CNN that ..." has its subject before
	if k == i-1 && invertible.has(c.lemma) && c.lemma != "tell" && (d.punct(k) == "," || d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].last() == k || k < s.s || d.punct(k) == "—" || d.soSaid(s, k)) {
		np := d.npFwd(a.cue.e, s.e)
		if !np.ok() && loneSubjects.has(d.word(a.cue.e)) && !d.inQuote(a.cue.e) {
			np = rng{a.cue.e, a.cue.e + 1} // "“A,” tweeted another."
		}
		if np.ok() && d.word(np.e) == "and" && !subjPronouns.has(d.word(np.s)) {
			np.e = d.coordinatedInvertedEnd(np.e, s.e) // "said former Gov. and party chairman Ed Rendell"
		}
		after := np.e
		pron := np.ok() && subjPronouns.has(d.word(np.s))
		opens := d.isQuote(after) && d.inQuote(after) && d.quotes[d.qidx[after]].first() == after
		okEnd := np.ok() && (after >= s.e || d.frontedSaidColon(s, i, after) || pron && (d.punct(after) == "," || isTerminal(d.punct(after)) || d.isQuote(after) && !opens) || !pron && (d.punct(after) == "," || isTerminal(d.punct(after)) || d.isQuote(after) || adjunctPreps.has(d.word(after)) || timeWords.has(d.word(after)) || d.punct(after) == "(" || invertedSubjectEnds.has(d.word(after)) && (d.punct(k) != "," || d.quoteCommaEndsFrame(k) || d.relativeAfterInverted(s, k, after)) ||
			(morePreps.has(d.word(after)) || circumstanceWords.has(d.word(after))) && (d.quoteCommaEndsFrame(k) || d.backClauseComma(k))))
		// "Harvey, a delegate from Houston, said the turmoil ...": a common
		// noun phrase after the cue is its object when a long subject
		// precedes
		if okEnd && d.punct(k) == "," && !d.isProperName(np) && !subjPronouns.has(d.word(np.s)) && !d.inQuote(k-1) {
			if subj, _ := d.clauseSubject(s, k, a.cue.e); subj.ok() && d.looksClause(np.s, s.e) || d.longApposition(s, k).ok() {
				okEnd = false
			}
		}
		// "“A,” Jo Kim, a professor at Yale, told The Hill": a subject with
		// an apposition right after the quotation, not an inverted frame
		if okEnd && d.punct(k) == "," && !d.inQuote(k-1) {
			if subj, _ := d.clauseSubject(s, k, a.cue.e); subj.ok() && subj.s > s.s && d.quoteEndsFrame(subj.s-1) && d.punct(subj.e) != "" {
				okEnd = false
			}
		}
		// "Farmers in both counties — Polk and Story — said the rain came
		// late": after a dash aside, a clause is the content
		if okEnd && d.punct(k) == "—" && !d.isProperName(np) && !subjPronouns.has(d.word(np.s)) && d.looksClause(np.s, s.e) && d.dashAsideStart(s, k) > s.s {
			okEnd = false
		}
		if okEnd && subjectPreps.has(d.word(np.s)) {
			okEnd = false // "said of Cruz"
		}
		if okEnd && (!objPronouns.has(d.word(np.s)) || np.e-np.s == 1 && subjPronouns.has(d.word(np.s))) {
			a.subj, a.inverted = np, true
			a.name, a.title = d.apposition(np, s.e)
			if d.soSaid(s, k) {
				a.left = k // "“A.” So said Lee": "So" is the frame's (so_said.go)
			}
			a.right = np.e
			if a.title.ok() {
				a.right = a.title.e
			}
			return a
		}
	}
	if k == i-1 {
		if subj, name := d.quotedAsideSubject(s, k); subj.ok() {
			a.subj, a.name, a.left, a.conf, a.untrained = subj, name, subj.s, 0.7, true // quoted_aside.go
			return a
		}
	}
	// "Lee, citing “the magic of the plan,” said ...": the subject of a
	// participle aside whose object is a quotation
	if k == i-1 && len(prev) > 0 && d.isQuote(k) && d.inQuote(k) && d.punct(k-1) == "," {
		if p := prev[len(prev)-1]; p.subj.ok() && !p.inverted && p.cue.e == d.quotes[d.qidx[k]].first() && d.quotes[d.qidx[k]].last() == k && cueInfoOf(d.word(p.cue.s)).participle && d.punct(p.cue.s-1) == "," && p.subj.e == p.cue.s-1 {
			a.subj, a.name, a.title = p.subj, p.name, p.title
			a.left = p.subj.s
			a.conf = 0.7
			return a
		}
	}
	// "Rich Heffley, a top operative who ... and is now running ..., said"
	if k >= s.s && !d.inQuote(k) {
		if subj := d.longApposition(s, k); subj.ok() {
			a.subj = subj
			c := subj.s
			for c < subj.e && d.punct(c) != "," {
				c++
			}
			head := d.npFwd(subj.s, c)
			for x := head.s + 1; x < head.e; x++ {
				if d.word(x) == "of" && d.tokAt(x-1).upper {
					head.e = x // "John Kasich of Ohio"
					break
				}
			}
			a.name, a.title = d.splitName(head)
			a.left = subj.s
			a.conf = 0.7
			return a
		}
	}
	// a long subject: "“...,” Robert McDuff, attorney for ..., said",
	// "Josh Hendler, a top operative, warned", "most of them said",
	// "Jeb Bush in a Medium post said", "leaders who say ..."
	if k >= s.s && !d.inQuote(k) {
		if subj, rel := d.clauseSubjectAfterIntro(s, k, a.cue.e); subj.ok() {
			a.subj = subj
			a.relative = rel
			if rel {
				a.name = subj
			} else {
				a.name, a.title = d.splitName(d.npFwd(subj.s, subj.e))
			}
			a.left = subj.s
			a.conf = 0.7
			return a
		}
	}
	// "The judge -- who has been ... -- said": a subject before an aside
	// between dashes that the rules above do not take
	if o := d.dashAsideStart(s, k); o > s.s {
		if subj, name, title := d.subjectBefore(o-1, s.s); subj.ok() && (subj.s == s.s || d.punct(subj.s-1) == "," || subj.s-1 == s.s && leadWords.has(d.word(s.s))) {
			a.subj, a.name, a.title = subj, name, title
			a.left = subj.s
			a.conf = 0.7
			return a
		}
		// "Insiders in both states — Ohio and Texas — said": a subject
		// with a prepositional phrase before the aside
		if subj, rel := d.clauseSubject(s, o-1, a.cue.e); subj.ok() && !rel && d.opensClause(s, subj.s) {
			a.subj = subj
			a.name, a.title = d.splitName(d.npFwd(subj.s, subj.e))
			a.left = subj.s
			a.conf = 0.7
			return a
		}
	}
	if k >= s.s && !d.inQuote(k) {
		if subj, name, title := d.subjectFallback(s, k); subj.ok() {
			a.subj, a.name, a.title = subj, name, title
			a.left = subj.s
			a.conf = 0.7
			return a
		}
		if subj := d.quoteSubject(s, k, a.cue.e); subj.ok() && !sawBe {
			a.subj = subj
			a.name, a.title = d.splitName(d.npFwd(subj.s, subj.e))
			a.left = subj.s
			a.conf = 0.7
			return a
		}
		if subj, name := d.nameAsideSubject(s, k, prev); subj.ok() && !sawBe {
			a.subj, a.name, a.title = subj, name, noRange
			a.left = subj.s
			a.conf = 0.7
			return a
		}
		if subj, name := d.introNameAside(s, k, prev); subj.ok() && !sawBe {
			a.subj, a.name, a.title = subj, name, noRange
			a.left = subj.s
			a.conf = 0.7
			return a
		}
	}
	if len(prev) > 0 && prev[len(prev)-1].cueText == "according to" {
		return nil // "According to X, majorities say ...": the clause is X's
	}
	if d.subjectlessSelfLabel(s, i, prev) {
		a.left = i
		return a // "32% call themselves conservative" (self_label.go, inference only)
	}
	return d.lastResortSayFrame(s, k, i, a, c) // "majorities in all five say ..." (say_fallback.go)
}

// dashAsideStart returns the opening dash of an aside that the dash at k
// closes, within the sentence s ("Joyce — who is listed as an attorney —
// told"), or -1.
func (d *doc) dashAsideStart(s sentence, k int) int {
	if k <= s.s || !(d.isDash(k) || d.punct(k) == "--") || d.inQuote(k) {
		return -1
	}
	double := d.punct(k) == "-" && d.punct(k-1) == "-" // "--" as two hyphens
	if double {
		k--
	}
	for o := k - 2; o > s.s && o >= k-30; o-- {
		if d.inQuote(o) {
			// "— who said he would “cut taxes” —": a short quotation
			// closed inside the aside
			if q := d.quotes[d.qidx[o]]; q.closed && len(q.parts) == 1 && q.last() < k && q.first() > s.s+1 && q.first() >= k-30 {
				o = q.first()
				continue
			}
		}
		if d.inQuote(o) || d.isQuote(o) || isTerminal(d.punct(o)) && !d.tokAt(o-1).abbr || d.punct(o) == ";" {
			return -1
		}
		if d.punct(o) == d.punct(k) && (!double || d.punct(o-1) == "-") {
			if double {
				o--
			}
			return o
		}
	}
	return -1
}

// placeAdverb reports "here" between a subject noun and its cue:
// "officials here said".
func (d *doc) placeAdverb(k int, s sentence) bool {
	return d.toks[k].lower == "here" && k > s.s && d.tokAt(k-1).kind == tWord && !d.inQuote(k-1) && d.nounHead(k-1) && !npStop.has(d.tokAt(k-1).lower)
}

// titleCase reports a headline in title case ("Sanders Says He Will Stay
// In The Race"), where a capitalised cue is still a verb: nearly all longer
// words outside quotations are capitalised.
func (d *doc) titleCase(s sentence) bool {
	n, up := 0, 0
	for k := s.s; k < s.e && n < 40; k++ {
		t := d.toks[k]
		if t.kind != tWord || len(t.lower) < 4 || d.inQuote(k) || t.lower[0] >= '0' && t.lower[0] <= '9' {
			continue // numbers have no case
		}
		n++
		if t.upper {
			up++
		}
	}
	return n >= 3 && up*10 >= n*9
}

// accordingSourceEnd returns the end of the source of a sentence-opening
// "according to" that starts at j and runs to a comma within 30 tokens
// (over closed quotations: a quoted title), or -1.
func (d *doc) accordingSourceEnd(j, e int) int {
	if j >= e || d.toks[j].kind != tWord || d.inQuote(j) {
		return -1
	}
	for k := j; k < e && k < j+30; k++ {
		if d.isQuote(k) || d.inQuote(k) {
			if !d.inQuote(k) || !d.quotes[d.qidx[k]].closed || d.quotes[d.qidx[k]].first() < j {
				return -1
			}
			k = d.quotes[d.qidx[k]].last()
			continue
		}
		switch p := d.punct(k); {
		case p == ",":
			if k > j+1 {
				return k
			}
			return -1
		case isTerminal(p) || p == ";" || p == ":" || p == "(" || p == "—":
			return -1
		}
	}
	return -1
}

// skipAuxAdverbsBack returns the first token at or before k, not before
// lo, that is not an auxiliary or an adverb outside quotation marks: the
// verb's subject ends there ("Lee has not yet said").
func (d *doc) skipAuxAdverbsBack(k, lo int) int {
	for k >= lo && d.toks[k].kind == tWord && !d.inQuote(k) && (auxAdv.has(d.toks[k].lower) || d.adverbAt(k)) {
		k--
	}
	return k
}

// nounCueFrame fills a as the statement of a two-word noun cue at i
// ("mention of", "note about") inside a verb phrase whose verb is at v
// ("made no mention of", "sounded a cautious note about"): the speaker is
// the verb's subject. It returns nil when no subject precedes the verb.
func (d *doc) nounCueFrame(si, v, i int, cueText string, a *attribution) *attribution {
	s := d.sents[si]
	k := d.skipAuxAdverbsBack(v-1, s.s)
	if k < s.s {
		return nil
	}
	subj, name, title := d.subjectBefore(k, s.s)
	if !subj.ok() {
		return nil
	}
	a.cue, a.cueText, a.class = rng{i, i + 2}, cueText, cueSpeech
	a.subj, a.name, a.title = subj, name, title
	a.left, a.right = subj.s, i+2
	return a
}

// continuationStart returns the token before a verb that continues a
// statement with an infinitive ending at k, "to": "went on to", "continued
// to", "was quick to"; or -1.
func (d *doc) continuationStart(k int) int {
	if d.word(k) != "to" {
		return -1
	}
	switch d.word(k - 1) {
	case "continued", "continues", "continue", "proceeded":
		return k - 2
	case "continuing":
		return d.continuingToStart(k) // "is continuing to insist" (continuing_to.go)
	case "on":
		switch d.word(k - 2) {
		case "went", "goes", "go", "going":
			return k - 3
		}
	case "quick":
		if beForms.has(d.word(k - 2)) {
			return k - 3
		}
		if d.word(k-2) == "all" && beForms.has(d.word(k-3)) {
			return k - 4 // "are all quick to"
		}
	case "way":
		// "went out of his way to say"
		if k >= 5 && d.word(k-3) == "of" && d.word(k-4) == "out" && (d.word(k-5) == "went" || d.word(k-5) == "goes" || d.word(k-5) == "go") {
			return k - 6
		}
	case "right", "correct":
		if beForms.has(d.word(k - 2)) {
			return k - 3 // "is right to note"
		}
	}
	return d.infinitiveFrameStart(k)
}

// infinitiveFrameStart extends continuationStart to a few frames whose
// subject speaks through "to say": "was prompted to say", "was not willing
// to say", "took pains to say", "took to Twitter to say". k is at "to".
func (d *doc) infinitiveFrameStart(k int) int {
	switch d.word(k - 1) {
	case "prompted", "willing", "unwilling", "careful":
		if p := d.word(k - 2); beForms.has(p) || p == "not" {
			return k - 2
		}
	case "pains":
		if takeForms.has(d.word(k - 2)) {
			return k - 3
		}
	}
	// "took to Twitter to say": one capitalised or "TV" word as the medium
	if d.word(k-2) == "to" && takeForms.has(d.word(k-3)) && (d.tokAt(k-1).upper || d.word(k-1) == "tv") && d.tokAt(k-1).kind == tWord {
		return k - 4
	}
	if m := d.habitualSayStart(k); m >= 0 {
		return m // "he liked to say" (habitual_say.go)
	}
	return d.attemptFrameStart(k) // "tried to explain" (attempt_frames.go)
}

var takeForms = set("take", "takes", "took", "taking", "taken")

// headlineCue reports a capitalised cue verb of a title-case headline: a
// finite form of a verb whose content is a clause, not an object.
func (d *doc) headlineCue(s sentence, i int, c cueInfo) bool {
	if c.participle || objectVerbs.has(c.lemma) || c.class == cueBelief || c.class == cueName || auxAdv.has(d.word(i-1)) || isAllCaps(d.text[d.toks[i].s:d.toks[i].e]) {
		return false
	}
	return d.titleCase(s)
}

// gerundPreps introduce a participle cue that continues the clause's
// statement: "responded before adding that ...".
var gerundPreps = set("before", "after", "while", "by", "upon")

// invertedSubjectEnds may follow the subject of "“A,” said a source who ...".
var invertedSubjectEnds = set("who", "whose", "when", "as", "while", "before", "after", "because")

// asideAdverbs may stand between commas inside a frame ("X, though, said").
var asideAdverbs = set("though", "however", "too", "meanwhile", "also", "instead", "moreover", "nonetheless", "nevertheless", "then", "again", "later", "earlier", "furthermore", "similarly", "likewise", "separately", "indeed", "still", "once")

// longApposition finds a subject that opens the sentence and runs to the
// comma before the cue at k+1 over a long apposition or relative clause:
// "Paul Porter, a truck driver from Ava, Mo., who is a member of the
// union, said". The head before the first comma is a short noun phrase.
func (d *doc) longApposition(s sentence, k int) rng {
	if r := d.longAppositionFrom(s, s.s, k); r.ok() {
		return r
	}
	// after the quotation it reports: "“A,” Jo Kim, 30, of Ava, Mo., who
	// was polled, said"
	if d.isQuote(s.s) && d.inQuote(s.s) {
		if q := d.quotes[d.qidx[s.s]]; q.first() == s.s && q.last() < k && d.quoteEndsFrame(q.last()) {
			return d.longAppositionFrom(s, q.last()+1, k)
		}
	}
	// after an introductory phrase: "On Tuesday, ...", "Hoping to win, ..."
	w := d.word(s.s)
	if !(adjunctPreps.has(w) || subjectPreps.has(w) || discourse.has(w) || periodWords.has(w) || d.adverbAt(s.s) || len(w) > 5 && strings.HasSuffix(w, "ing")) {
		return noRange
	}
	for c := s.s + 1; c < k && c < s.s+14; c++ {
		if d.inQuote(c) || d.isQuote(c) {
			return noRange
		}
		if d.punct(c) == "," {
			return d.longAppositionFrom(s, c+1, k)
		}
	}
	return noRange
}

func (d *doc) longAppositionFrom(s sentence, st, k int) rng {
	if d.punct(k) != "," && !d.titleEndsApposition(s, k) {
		return noRange
	}
	for st < k && d.toks[st].kind == tWord && (leadWords.has(d.word(st))) {
		st++
	}
	if st >= k || d.toks[st].kind != tWord {
		return noRange
	}
	if t := d.toks[st]; !(t.upper || determiners.has(t.lower) || t.lower[0] >= '0' && t.lower[0] <= '9' || d.titleAdjective(st)) || subjPronouns.has(t.lower) || adjunctPreps.has(t.lower) || periodWords.has(t.lower) {
		return noRange
	}
	c := st
	for c < k && c < st+10 && d.toks[c].kind == tWord && !clauseAux.has(d.word(c)) {
		if _, cue := cueOf(d.word(c)); cue && !d.toks[c].upper && !nounish.has(d.word(c)) && !anonymousHeads.has(d.word(c)) || d.verbSubordinator(c) { // verb_subordinator.go
			return noRange
		}
		c++
		// a party label after the name: "Rep. Ann Lowe (D-Md.),"
		if d.punct(c) == "(" && c > st && d.tokAt(c-1).upper {
			e := c + 1
			for e < k && e < c+6 && d.punct(e) != ")" && !d.isQuote(e) {
				e++
			}
			if d.punct(e) == ")" {
				c = e + 1
				break
			}
		}
	}
	if c >= k || d.punct(c) != "," || c == st {
		return noRange
	}
	w := d.word(c + 1)
	if !(determiners.has(w) || w == "who" || w == "whose" || w == "which" || w == "including" || roleNouns.has(w) || d.tokAt(c+1).upper || w != "" && w[0] >= '0' && w[0] <= '9' ||
		appositionStarts.has(w) || len(w) > 5 && strings.HasSuffix(w, "ing") && !d.tokAt(c+1).upper ||
		d.word(c+2) == "of" && d.isQuote(k)) || subjPronouns.has(w) {
		return noRange
	}
	if k-c > 45 {
		return noRange
	}
	for x := c + 1; x < k; x++ {
		if d.toks[x].kind == tQuote || d.inQuote(x) {
			if e := d.shortTitleEnd(x); e > 0 && (e < k || e == k && d.punct(k) != ",") {
				x = e // "star of the show “The Apprentice,”"
				continue
			}
			return noRange
		}
		if p := d.punct(x); isTerminal(p) && !d.tokAt(x-1).abbr && !d.labelPeriod(x) || p == ";" || p == ":" {
			return noRange
		}
	}
	if d.isQuote(k) {
		return rng{st, k + 1} // the title's closing mark
	}
	return rng{st, k}
}

// titleEndsApposition reports a closing mark at k, right before a cue,
// that ends a short title with a comma inside it after a possessive or a
// preposition ("host of WXYZ’s “Morning Talk,”", "author of “The Fund,”",
// "known as “Ghost,”"): the comma closes an apposition, the quotation is
// no statement of its own.
func (d *doc) titleEndsApposition(s sentence, k int) bool {
	if !d.isQuote(k) || !d.inQuote(k) || d.punct(k-1) != "," {
		return false
	}
	q := d.quotes[d.qidx[k]]
	o := q.first()
	if q.last() != k || o <= s.s || d.shortTitleEnd(o) != k || !d.titleQuote(d.qidx[k]) {
		return false
	}
	w := d.word(o - 1)
	return w != "" && (w != stripPossessive(w) || w == "of" || w == "as" || w == "on" || titleNamers.has(w))
}

// titleNamers introduce a title in an apposition: "the ad, titled “Unfit,”".
var titleNamers = set("titled", "entitled", "dubbed", "nicknamed", "billed")

// appositionStarts may open an aside between a subject and its cue
// ("Tom Reed, now 81 and retired, said", "Ann Cole, clad in red, said",
// "the hacker, known as “Bolt,” said").
var appositionStarts = set("now", "still", "once", "himself", "herself", "like", "along", "clad", "dressed", "flanked", "asked", "pressed", "speaking",
	"known", "titled", "entitled", "dubbed", "nicknamed", "billed")

// leadWords may open a sentence before its subject.
var leadWords = set("but", "and", "so", "yet", "still", "meanwhile", "however", "also", "now")

// clauseStops end the scan for the start of a clause's subject.
var clauseStops = set("that", "because", "while", "when", "whenever", "although", "though", "if",
	"since", "whereas", "unless", "where", "which", "who", "whom", "whose", "so", "until", "than")

// subjectPreps may open an adjunct between a subject and its verb ("Jeb
// Bush in a Medium post said", "most of them said").
var subjectPreps = set("in", "at", "on", "of", "from", "for", "with", "during", "after", "before",
	"like", "including", "among", "across", "via", "through", "over", "inside", "outside", "near", "by", "to")

// clauseSubject finds the subject of a cue whose left neighbour k does not
// end a simple noun phrase. The subject runs from the clause's first noun
// phrase to k, over an apposition, a parenthesis or a short adjunct. rel
// reports a relative pronoun subject ("who say"). cueEnd is the token after
// the cue.
func (d *doc) clauseSubject(s sentence, k, cueEnd int) (subj rng, rel bool) {
	switch w := d.word(k); w {
	case "who", "that", "which":
		if k > s.s && d.punct(cueEnd) != "," && !(w == "that" && (d.punct(k-1) == "," || k == s.s)) {
			return rng{k, k + 1}, true
		}
		return noRange, false
	}
	// the clause start
	st := k
	for st > s.s {
		j := st - 1
		if d.inQuote(j) || d.isQuote(j) {
			break
		}
		if p := d.punct(j); p == ";" || p == ":" || isTerminal(p) && !d.labelPeriod(j) {
			break
		}
		if w := d.word(j); clauseStops.has(w) && !((w == "who" || w == "which" || w == "whose" || w == "whom") && d.punct(j-1) == ",") || d.verbSubordinator(j) { // verb_subordinator.go
			break
		}
		st = j
		if k-st > 40 {
			return noRange, false
		}
	}
	// skip discourse words, commas and an introductory phrase ("In 2011, he ...")
	for iter := 0; iter < 3 && st <= k; iter++ {
		for st <= k && (d.punct(st) == "," || d.toks[st].kind == tWord && (discourse.has(d.word(st)) || d.word(st) == "even") && !(d.toks[st].upper && st+1 <= k && d.tokAt(st+1).upper)) {
			st++
		}
		if st > k {
			return noRange, false
		}
		w := d.word(st)
		if !(adjunctPreps.has(w) || subjectPreps.has(w) || d.adverbAt(st) || w == "last" || w == "this" || w == "next" || periodWords.has(w) && d.punct(st+1) == ",") {
			break
		}
		c := st
		for c <= k && d.punct(c) != "," {
			c++
		}
		if c >= k || c-st > 10 {
			return noRange, false
		}
		st = c + 1
	}
	if st > k || d.toks[st].kind != tWord {
		return noRange, false
	}
	t := d.toks[st]
	w := t.lower
	if !(t.upper || determiners.has(w) || subjPronouns.has(w) || anonymousHeads.has(w) || roleNouns.has(w) || orgWords.has(w) ||
		w == "none" || w == "police" || w[0] >= '0' && w[0] <= '9') || npStop.has(w) && !determiners.has(w) && !t.upper {
		return noRange, false
	}
	np := d.npFwd(st, k+1)
	if !np.ok() && (determiners.has(w) || w == "none") && d.word(st+1) == "of" {
		np = rng{st, st + 1} // "most of them"
	}
	// "Two in three said", "One in four voters in the poll said"
	if r := d.ratioEnd(st); r > st && r <= k+1 {
		np = rng{st, r}
		if more := d.npFwd(r, k+1); more.ok() {
			np.e = more.e
		}
	}
	if !np.ok() {
		return noRange, false
	}
	// what lies between the noun phrase and the cue: an aside closed by the
	// comma/parenthesis before the cue, or a short adjunct
	pos := np.e
	switch {
	case pos > k:
	case (d.punct(pos) == "," || d.punct(pos) == "(" || d.punct(pos) == "—") && (d.punct(k) == "," || d.punct(k) == ")" || d.punct(k) == "—"):
		if d.hasQuoteIn(pos, k+1) && d.countWords(pos, k+1) > 25 || !d.asides(pos, k) {
			return noRange, false
		}
	case subjectPreps.has(d.word(pos)) && d.countWords(pos, k+1) <= 8:
		for x := pos; x <= k; x++ {
			if d.toks[x].kind != tWord && !(x == k && d.punct(x) == ",") || d.isQuote(x) {
				return noRange, false
			}
			if _, cue := cueOf(d.word(x)); cue && !d.toks[x].upper && !anonymousHeads.has(d.word(x)) && !nounish.has(d.word(x)) {
				return noRange, false
			}
		}
	default:
		return noRange, false
	}
	e := k + 1
	for e > st && (d.punct(e-1) == "," || d.punct(e-1) == "—") {
		e--
	}
	return rng{st, e}, false
}

// clauseSubjectAfterIntro is clauseSubject, or else the subject right after
// the last comma of an introductory clause: "Until the plant closed, most
// of them said ...".
func (d *doc) clauseSubjectAfterIntro(s sentence, k, cueEnd int) (rng, bool) {
	if subj, rel := d.clauseSubject(s, k, cueEnd); subj.ok() {
		return subj, rel
	}
	for c := k - 1; c > s.s && c >= k-8; c-- {
		if d.inQuote(c) || d.isQuote(c) {
			break
		}
		if d.punct(c) == "," {
			if d.tokAt(c+1).kind != tWord || d.word(c+1) == "who" || d.word(c+1) == "which" {
				break
			}
			return d.clauseSubject(sentence{s: c + 1, e: s.e, para: s.para}, k, cueEnd)
		}
		if d.toks[c].kind != tWord {
			break
		}
	}
	return noRange, false
}

// approximators may open a count subject: "nearly three in five", "about
// one in four".
var approximators = set("nearly", "about", "almost", "roughly", "only", "just", "some", "around", "fully")

// countSubjectBefore finds a count subject ending at k: a ratio ("Nearly
// three in five said", "... and one in four said") or "all but two". It
// must open the sentence or follow a comma or a conjunction.
func (d *doc) countSubjectBefore(s sentence, k int) rng {
	if !numberWord(d.word(k)) {
		return noRange
	}
	st := -1
	if d.word(k-1) == "but" && d.word(k-2) == "all" {
		st = k - 2
	} else {
		for x := k - 2; x >= s.s && x >= k-3; x-- {
			if d.ratioEnd(x) == k+1 {
				st = x
				break
			}
		}
	}
	if st < s.s {
		return noRange
	}
	if approximators.has(d.word(st - 1)) {
		st--
	} else if (d.word(st-1) == "least" && d.word(st-2) == "at") || (d.word(st-1) == "than" && (d.word(st-2) == "more" || d.word(st-2) == "fewer" || d.word(st-2) == "less")) {
		st -= 2
	}
	if b := st - 1; !(b < s.s || d.punct(b) == "," || d.isDash(b) || leadWords.has(d.word(b)) || d.word(b) == "while" || d.word(b) == "whereas") || d.inQuote(st) {
		return noRange
	}
	return rng{st, k + 1}
}

// ratioEnd returns the token after a ratio that opens a noun phrase at
// st ("two in three", "one out of four", "nine of 10"), or -1.
func (d *doc) ratioEnd(st int) int {
	if !numberWord(d.word(st)) {
		return -1
	}
	j := st + 1
	switch d.word(j) {
	case "in":
	case "of":
	case "out":
		if d.word(j+1) != "of" {
			return -1
		}
		j++
	default:
		return -1
	}
	if !numberWord(d.word(j + 1)) {
		return -1
	}
	return j + 2
}

func numberWord(w string) bool {
	if w == "" {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return false
}

// asides reports whether tokens pos..k (k inclusive, a closing comma,
// dash or parenthesis) are at most two appositions or asides: each opened by
// a comma, dash or parenthesis and starting like a noun phrase, a relative
// clause, a participle or a prepositional phrase ("Smith, 53, a lawyer
// who ..., said"), not like a verb phrase ("The economy, it said, will grow,
// ...").
func (d *doc) asides(pos, k int) bool {
	n := 0
	for x := pos; x < k; {
		p := d.punct(x)
		if p != "," && p != "(" && p != "—" && p != ")" {
			return false
		}
		x++
		if p == ")" && x == k {
			break
		}
		if x >= k {
			break
		}
		n++
		if n > 2 {
			return false
		}
		t := d.toks[x]
		w := t.lower
		if t.kind == tWord {
			if clauseAux.has(w) || subjPronouns.has(w) && w != "it" && w != "you" || w == "and" || w == "but" {
				return false
			}
			if _, cue := cueOf(w); cue && !t.upper && !nounish.has(w) && !strings.HasSuffix(w, "ing") {
				return false
			}
		}
		// a dash aside runs to the closing dash, over commas: "— including
		// A, B and C —"
		if p == "—" {
			e := x
			for e < k && d.punct(e) != "—" && !isTerminal(d.punct(e)) && d.punct(e) != ";" && !d.isQuote(e) {
				e++
			}
			if e <= k && d.punct(e) == "—" && e-x <= 25 {
				x = e
				if x == k {
					break
				}
				continue
			}
		}
		// to the next separator
		depth := 0
		if p == "(" {
			depth = 1
		}
		for x < k {
			q := d.punct(x)
			if q == "(" {
				depth++
			} else if q == ")" {
				if depth > 0 {
					depth--
					if depth == 0 && p == "(" {
						x++
						break
					}
				}
			} else if depth == 0 && (q == "," || q == "—") {
				break
			}
			if isTerminal(q) && !d.labelPeriod(x) || q == ";" || q == ":" {
				return false
			}
			x++
		}
	}
	return true
}

// labelPeriod reports the period of a party label or state abbreviation
// split off by the tokenizer: "(D-Md.)", "Cambridge, Mass.,".
func (d *doc) labelPeriod(j int) bool {
	if d.punct(j) != "." || j == 0 || d.tokAt(j-1).kind != tWord {
		return false
	}
	n := d.punct(j + 1)
	return (n == ")" || n == ",") && (partyLabel(d.text[d.tokAt(j-1).s:d.tokAt(j-1).e]) || d.tokAt(j-1).upper && len(d.tokAt(j-1).lower) <= 5)
}

func (d *doc) hasQuoteIn(s, e int) bool {
	s, e = max(s, 0), min(e, len(d.toks))
	return s < e && d.quotesTo[e] > d.quotesTo[s]
}

// clauseVerbs take a bare clause as content ("said the economy grew").
var clauseVerbs = set("say", "tell", "add", "write", "report", "claim", "argue", "insist", "note",
	"explain", "warn", "acknowledge", "admit", "concede", "contend", "assert", "predict", "suggest",
	"recall", "reply", "respond", "tweet", "post", "declare", "emphasize", "stress", "complain",
	"estimate", "boast", "joke", "agree", "answer", "assure", "inform", "remind", "testify",
	"allege", "indicate", "observe", "remark", "counter", "quip", "conclude", "caution", "promise",
	"vow", "pledge", "hint", "signal", "confirm", "announce", "reveal", "deny", "continue")

var clauseAux = set("is", "was", "were", "are", "will", "would", "could", "has", "have", "had",
	"should", "can", "may", "might", "must", "did", "does", "do", "isn't", "wasn't", "won't",
	"wouldn't", "couldn't", "hasn't", "haven't", "hadn't", "can't", "didn't", "doesn't", "don't", "'s")

// looksClause reports whether the words from fs read as a clause: a subject
// pronoun first, or an auxiliary among the first words.
func (d *doc) looksClause(fs, limit int) bool {
	w := d.word(fs)
	if subjPronouns.has(w) || w == "there" || whWords.has(w) || pronounContraction(w) {
		return true
	}
	for k := fs; k < limit && k < fs+14; k++ {
		if d.punct(k) == "," && !d.inQuote(k) {
			return false
		}
		x := d.word(k)
		if clauseAux.has(x) || k > fs && !d.inQuote(k) && finiteVerb(x) && !determiners.has(d.word(k-1)) && d.word(k-1) != "to" {
			return true
		}
	}
	return false
}

// pastVerbs are frequent irregular past tenses: with the regular "-ed"
// forms they show a finite verb after the subject of a bare clause.
var pastVerbs = set("said", "made", "went", "came", "took", "got", "saw", "knew", "thought", "told",
	"gave", "found", "became", "left", "felt", "kept", "began", "won", "lost", "paid", "met", "ran",
	"led", "sent", "spent", "held", "brought", "built", "meant", "stood", "fell", "wrote", "bought",
	"sought", "taught", "understood", "chose", "drove", "rose", "grew", "threw", "broke", "spoke")

// finiteVerb reports a word that is most likely a past-tense verb.
func finiteVerb(w string) bool {
	if pastVerbs.has(w) {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !nonVerbsEd.has(w)
}

// nonVerbsEd end in "-ed" without being verbs.
var nonVerbsEd = set("red", "bed", "shed", "hundred", "united", "limited", "related", "based",
	"aged", "sacred", "naked", "wicked", "kindred", "beloved", "alleged", "supposed", "so-called")

// invertible lemmas may follow their content and precede their subject
// ("..., said Smith").
var invertible = set("say", "add", "write", "ask", "note", "explain", "continue", "recall", "reply",
	"insist", "argue", "declare", "quip", "joke", "observe", "concede", "acknowledge", "warn",
	"tell", "admit", "answer", "respond", "counter", "remark", "exclaim", "shout", "yell", "conclude",
	"predict", "report", "tweet", "post", "state", "retort", "wonder", "muse", "scoff", "sigh",
	"announce", "confirm", "complain", "emphasize", "stress", "caution", "boast", "read")

// nounish cue forms are also common nouns ("the state", "Editor's note");
// they only count with a that-clause, a quotation or a colon.
var nounish = set("state", "states", "note", "notes", "report", "reports", "post", "posts", "claim",
	"claims", "comment", "comments", "answer", "answers", "charge", "charges", "remark", "remarks",
	"point", "points", "question", "questions", "signal", "signals", "hint", "hints", "demand",
	"demands", "estimate", "estimates", "promise", "promises", "counter", "joke", "jokes", "tweet",
	"tweets", "label", "labels", "read", "reads", "plan", "plans", "find", "finds", "hope", "hopes",
	"fear", "fears", "doubt", "doubts", "wish", "wishes", "reply", "replies", "mention", "mentions",
	"stress", "praise", "blame", "call", "calls", "quip", "quips", "pledge", "pledges", "vow", "vows",
	"lament", "boast", "boasts", "complaint", "concern", "warning", "repeat", "caution", "shout",
	"whisper", "sigh", "muse", "tout", "question", "reporting", "posting", "finding", "planning",
	"learning", "understanding", "wishing", "pledged", "labeled", "labelled", "dubbed", "answered",
	"questioned", "countered", "charged", "maintained", "continued", "repeated", "signaled",
	"signalled", "hinted", "estimated", "estimating", "reading")

func lemmaOf(w string) string {
	if c, ok := cueOf(w); ok {
		if c.lemma == "issue" || c.lemma == "release" {
			return c.lemma + "d"
		}
		return c.lemma
	}
	switch w {
	case "issues", "issue", "issued":
		return "issued"
	case "releases", "release", "released":
		return "released"
	}
	return w
}

// isAdverb reports a lower-case -ly adverb that is not a cue ("quickly").
// subjectLeads reports a frame with its subject (or a relative pronoun)
// before its cue, not inverted, and room for a content before limit: the
// shape of the rule-accepted forward frames ("Lee ordered the police to").
func (a *attribution) subjectLeads(limit int) bool {
	return (a.subj.ok() || a.relative) && !a.inverted && !(a.subj.ok() && a.subj.e > a.cue.s) && a.cue.e < limit
}

// endAtClauseComma ends a content running from s to e at its first comma
// outside quotations before a new clause (a subordinating word, "even",
// "but", "and"), or at its first comma at all when the sentence opened
// with a subordinate clause (opened) that this comma closes.
func (d *doc) endAtClauseComma(s, e int, opened bool) int {
	for k := s + 1; k < e-1; k++ {
		if d.punct(k) == "," && !d.inQuote(k) && (opened || clauseOpeners.has(d.word(k+1)) || d.word(k+1) == "even" || d.word(k+1) == "but" || d.word(k+1) == "and") {
			return d.trimEnd(s, k)
		}
	}
	return e
}

// adverbAt reports an "-ly" adverb at token k; false outside the text, so
// a rule may look one token past its cue at the text's end.
func (d *doc) adverbAt(k int) bool {
	return uint(k) < uint(len(d.toks)) && isAdverb(d.toks[k])
}

func isAdverb(t token) bool {
	return t.kind == tWord && !t.upper && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") &&
		t.lower != "only" && t.lower != "early" && t.lower != "family" && t.lower != "italy" && t.lower != "ally"
}

// sentenceSubject returns the noun phrase that opens the sentence, after
// discourse words and an introductory phrase closed by a comma.
func (d *doc) sentenceSubject(si int) rng {
	s := d.sents[si]
	j := s.s
	for j < s.e && (discourse.has(d.word(j)) && !(d.toks[j].upper && j+1 < s.e && d.tokAt(j+1).upper && d.word(j) != "in" && d.word(j) != "on")) {
		j++
	}
	if d.punct(j) == "," {
		j++
	}
	np := d.npFwd(j, s.e)
	if !np.ok() {
		return noRange
	}
	for k := np.s + 1; k < np.e; k++ {
		if w := d.word(k); !d.toks[k].upper && (len(w) > 4 && strings.HasSuffix(w, "ed") || subjectEndingPast(w) && !determiners.has(d.word(k-1))) {
			np.e = k // "The mayor opened the bridge, saying ...": the verb ends the subject
			break
		}
	}
	if d.punct(np.e) == "," { // "The spokesman, Ned Price, ..."
		if np2 := d.npFwd(np.e+1, s.e); np2.ok() && d.punct(np2.e) == "," {
			return rng{np.s, np2.e}
		}
	}
	return np
}

// subjectAfterIntro finds the subject of a sentence that opens with
// introductory phrases closed by commas ("In May, a judge sided with ...",
// "But a few days later, Trump reversed himself ..."): the noun phrase after
// them, followed by its verb before k.
func (d *doc) subjectAfterIntro(si, k int) rng {
	s := d.sents[si]
	st := s.s
	if x := d.laterPronounStart(s, k); x > st {
		st = x // "A few minutes later they ...": no comma after the time phrase
	}
	return d.subjectAfterIntroFrom(si, st, k)
}

// subjectAfterIntroFrom is subjectAfterIntro with the introductions
// looked for from st on.
func (d *doc) subjectAfterIntroFrom(si, st, k int) rng {
	s := d.sents[si]
	for iter := 0; iter < 3 && st < k; iter++ {
		w := d.word(st)
		if !(adjunctPreps.has(w) || subjectPreps.has(w) || discourse.has(w) || periodWords.has(w) || d.adverbAt(st) || w == "last" || w == "this" || w == "a" && d.word(st+1) == "few" || w == "here" && d.toks[st].upper) {
			break
		}
		c := st + 1
		for c < k && c < st+14 && d.punct(c) != "," && !d.isQuote(c) && !d.inQuote(c) && !isTerminal(d.punct(c)) {
			c++
		}
		if d.punct(c) != "," || c >= k {
			return noRange
		}
		st = c + 1
		// "At a rally in Portsmouth, N.H., on Tuesday,": a state after a place
		for d.toks[st].kind == tWord && d.toks[st].upper && d.punct(st+1) == "," && st+2 < k && (d.toks[st].abbr || d.punct(st+1) == ",") && (adjunctPreps.has(d.word(st+2)) || timeWords.has(d.word(st+2))) {
			st += 2
		}
	}
	if st == s.s || st >= k || d.toks[st].kind != tWord || d.inQuote(st) {
		return noRange
	}
	if t := d.toks[st]; !(t.upper || determiners.has(t.lower) || subjPronouns.has(t.lower)) {
		return noRange
	}
	np := d.npFwd(st, k)
	if !np.ok() {
		return noRange
	}
	for x := np.s + 1; x < np.e; x++ {
		if w := d.word(x); !d.toks[x].upper && (len(w) > 4 && strings.HasSuffix(w, "ed") || subjectEndingPast(w) && !determiners.has(d.word(x-1))) {
			np.e = x // the verb ends the subject
			break
		}
	}
	if np.e >= k || d.toks[np.e].kind != tWord || d.toks[np.e].upper {
		return noRange
	}
	return np
}

// pointerOpening reports a sentence s that is only "That's" (or "That is",
// "This was") before the cue at b.
func (d *doc) pointerOpening(s sentence, b int) bool {
	w := d.word(s.s)
	switch {
	case b == s.s+1:
		return w == "that's" || w == "that’s" || w == "this's"
	case b == s.s+2:
		return (w == "that" || w == "this") && (d.word(s.s+1) == "is" || d.word(s.s+1) == "was")
	}
	return false
}

// placeStateEnd returns, for the comma j between a place and its state
// inside an adjunct after a cue ("at a Dayton, Ohio, cafe that ...", "in
// Reno, Nev., on Monday that"), the token where the adjunct goes on: a
// preposition or time word, or the "that" after the rest of the noun
// phrase; or -1.
func (d *doc) placeStateEnd(j, limit int) int {
	if j < 1 || j+3 >= limit || d.tokAt(j-1).kind != tWord || !d.tokAt(j-1).upper || d.inQuote(j-1) {
		return -1
	}
	c := j + 1 // the state: one or two capitalised words ("New Hampshire")
	for c < j+3 && c < limit && d.toks[c].kind == tWord && d.toks[c].upper && !d.inQuote(c) {
		c++
	}
	if c == j+1 || d.punct(c) != "," {
		return -1
	}
	x := c + 1
	if w := d.word(x); adjunctPreps.has(w) || timeWords.has(w) || w == "that" {
		return x
	}
	for ; x < limit && x < j+8; x++ {
		t := d.toks[x]
		if t.kind != tWord || t.upper || d.inQuote(x) || adjunctPreps.has(t.lower) {
			return -1
		}
		if t.lower == "that" {
			return x
		}
	}
	return -1
}

// ageHometownSubject finds a name with an age and a hometown before the
// comma k that precedes a cue: "Jo Kim, 30, of Provo, Utah, said",
// optionally followed by a relative clause ("..., who voted early,
// said"). It returns the whole mention and the name.
func (d *doc) ageHometownSubject(s sentence, k int) (subj, name rng) {
	x := k - 1
	if d.word(x) != "" && !d.inQuote(x) {
		// ", who was among those polled,"
		for y := x; y > s.s+6 && y > k-14; y-- {
			if d.inQuote(y) || d.toks[y].kind != tWord && d.punct(y) != "," {
				break
			}
			if d.punct(y) == "," && d.word(y+1) == "who" {
				x = y - 1
				break
			}
		}
	}
	upperRun := func(x int) int { // first token of a run of capitalised words ending at x
		st := x
		for st > s.s && st > x-3 && d.toks[st].kind == tWord && d.toks[st].upper && !d.inQuote(st) {
			st--
		}
		return st + 1
	}
	if st := upperRun(x); st <= x && d.punct(st-1) == "," && d.word(st-2) != "" && d.tokAt(st-2).upper {
		x = st - 2 // the state after the city
	}
	st := upperRun(x)
	if st > x || !(d.word(st-1) == "of" || d.word(st-1) == "from") || d.punct(st-2) != "," {
		return noRange, noRange
	}
	age := st - 3
	if w := d.word(age); len(w) != 2 || w[0] < '1' || w[0] > '9' || w[1] < '0' || w[1] > '9' || d.punct(age-1) != "," {
		return noRange, noRange
	}
	ne := age - 1
	ns := upperRun(ne - 1)
	if ns >= ne || ns < s.s || !(ns == s.s || d.punct(ns-1) == "," || d.isQuote(ns-1) && d.quoteEndsFrame(ns-1) || leadWords.has(d.word(ns-1))) {
		return noRange, noRange
	}
	return rng{ns, k}, rng{ns, ne}
}

// sincePeriod reports "since" opening a time adjunct at j ("told friends
// since the spring that"), not a clause ("since he took office"). After a
// verb of saying without an addressee it stays content: "said since 2010
// the town has ...".
func (d *doc) sincePeriod(j int) bool {
	if d.word(j) != "since" {
		return false
	}
	n := d.word(j + 1)
	return n == "the" || n == "last" || n == "early" || n == "late" || timeWords.has(n) || n != "" && n[0] >= '0' && n[0] <= '9' && d.tokAt(j+1).kind == tWord
}

// laterPronounStart returns the subject pronoun after a time phrase that
// opens the sentence s without a comma ("A few minutes later they ...",
// "Two days ago she ..."), before k; or -1.
func (d *doc) laterPronounStart(s sentence, k int) int {
	for x := s.s + 1; x < k-1 && x < s.s+6; x++ {
		if d.toks[x].kind != tWord || d.inQuote(x) {
			return -1
		}
		if w := d.word(x); (w == "later" || w == "earlier" || w == "ago") && subjPronouns.has(d.word(x+1)) && d.word(x+1) != "it" && d.word(x+1) != "you" {
			return x + 1
		}
	}
	return -1
}

// subjectBefore finds the subject noun phrase ending at token k (inclusive).
// It returns the whole mention, its proper-name part and a title.
func (d *doc) subjectBefore(k, lo int) (subj, name, title rng) {
	subj, name, title = noRange, noRange, noRange
	t := d.toks[k]
	if t.kind == tWord {
		if subjPronouns.has(t.lower) {
			return rng{k, k + 1}, rng{k, k + 1}, noRange
		}
		if t.lower == "who" && d.punct(k-1) == "," {
			if np := d.npBack(k-2, lo); np.ok() {
				// the mention runs to the relative pronoun: "Priebus, who"
				n, ti := d.splitName(np)
				return rng{np.s, k + 1}, n, ti
			}
			return
		}
		np := d.npBack(k, lo)
		if !np.ok() || !d.nounHead(k) && !(np.s == k && quantifiers.has(t.lower) && !d.adverbAt(k+1)) {
			return
		}
		np = d.ampersandOfSubject(np, d.ampersandSubject(np), lo) // "AT&T said" (symbol_names.go), "Ann Lee of Lewis & Clark said" (ampersand_of_subject.go)
		// "The spokesman of the State Department, Ned Price" handled by the
		// comma branch; here "State Department spokesman Ned Price".
		n, ti := d.splitName(np)
		return np, n, ti
	}
	if d.punct(k) == "%" && k-1 >= lo && d.tokAt(k-1).kind == tWord && d.tokAt(k - 1).lower[0] >= '0' && d.tokAt(k - 1).lower[0] <= '9' {
		return rng{k - 1, k + 1}, noRange, noRange // "42% say"
	}
	if d.punct(k) == "," {
		// "Rand Paul, R-Ky., said"
		l := k - 1
		if d.punct(l) == "." {
			l--
		}
		l = d.partyDistrictLabel(l) // "Ann Lee, D-District 4, said" (party_district.go)
		if l-2 >= lo && d.toks[l].kind == tWord && partyLabel(d.text[d.toks[l].s:d.toks[l].e]) && d.punct(l-1) == "," && d.tokAt(l-2).kind == tWord {
			if subj, name, title = d.subjectBefore(l-2, lo); subj.ok() {
				subj.e = k
				return subj, name, title
			}
			return noRange, noRange, noRange
		}
	}
	if d.punct(k) == ")" {
		// a parenthesis after the name: "Bernie Sanders (I-Vt.) said"
		o := k - 1
		for o > lo && o > k-8 && d.punct(o) != "(" && d.punct(o) != ")" {
			o--
		}
		if d.punct(o) == "(" && o-1 >= lo && d.tokAt(o-1).kind == tWord {
			if subj, name, title = d.subjectBefore(o-1, lo); subj.ok() {
				subj.e = k + 1
				return subj, name, title
			}
		}
		return noRange, noRange, noRange
	}
	if d.punct(k) == "," {
		// apposition: NP1, NP2, CUE
		np2 := d.npBack(k-1, lo)
		if !np2.ok() || d.punct(np2.s-1) != "," || !d.nounHead(k-1) {
			return
		}
		np1 := d.npBack(np2.s-2, lo)
		if !np1.ok() || !d.nounHead(np2.s-2) {
			return
		}
		b := np1.s - 1
		// a discourse word must open the clause: "But Tom Reed, ..., said",
		// not "retired in Tulsa, Okla., said"
		if !(b < lo || d.punct(b) == "," || d.isQuote(b) || discourse.has(d.word(b)) && (b == lo || d.punct(b-1) == "," || d.isQuote(b-1)) || d.punct(b) == "—") {
			return
		}
		whole := rng{np1.s, np2.e}
		if d.isProperName(np2) && !d.isProperName(np1) {
			return whole, d.trimDet(np2), d.trimDet(np1)
		}
		return whole, d.trimDet(np1), d.trimDet(np2)
	}
	return
}

// quantifiers may stand alone as a subject ("Some say", "Many said").
var quantifiers = set("some", "many", "most", "several", "few", "others", "both", "all", "another", "one")

// afterConjunction: a quantifier subject may follow these ("..., while
// another says").
var afterConjunction = set("and", "but", "while", "whereas")

// partyLabel reports a party-and-state label: "R-Ky.", "D-N.Y.", "I-Vt".
func partyLabel(w string) bool {
	return len(w) >= 3 && (w[0] == 'R' || w[0] == 'D' || w[0] == 'I') && w[1] == '-' && w[2] >= 'A' && w[2] <= 'Z'
}

// nounHead reports whether token k can head a subject noun phrase.
func (d *doc) nounHead(k int) bool {
	t := d.toks[k]
	if t.kind != tWord {
		return false
	}
	if t.upper || subjPronouns.has(t.lower) {
		return true
	}
	if determiners.has(t.lower) || npStop.has(t.lower) {
		return false
	}
	if _, isCue := cueOf(t.lower); isCue && !anonymousHeads.has(t.lower) {
		return false
	}
	return !strings.HasSuffix(t.lower, "ing") || t.lower == "king"
}

// npBack scans a noun phrase backwards from token i (inclusive) to lo.
func (d *doc) npBack(i, lo int) rng {
	if i < lo || i >= len(d.toks) {
		return noRange
	}
	sentStart := d.sents[d.sentOf[i]].s
	j := i
	n := 0
	poss := -1 // a possessive mark crossed (possessive_s.go)
	for j >= lo {
		t := d.toks[j]
		if j < i && j > lo && poss < 0 && d.possessiveApostrophe(j) {
			poss = j
			j--
			continue
		}
		if j < i && j-1 > lo && poss < 0 && d.digitPossessiveS(j) {
			poss = j // "Channel 4's political editor" (digit_possessive.go)
			j -= 2
			continue
		}
		if t.kind != tWord || d.inQuote(j) {
			break
		}
		lw := t.lower
		name := t.upper && j != sentStart && lw != "i"
		if determiners.has(lw) && !name {
			if j == i {
				if quantifiers.has(lw) && (j == sentStart || d.tokAt(j-1).kind != tWord || afterConjunction.has(d.word(j-1))) {
					return rng{j, j + 1} // "Some say ..."
				}
				return noRange
			}
			n++
			j--
			if d.word(j) == "of" && j > lo { // "spokesman of the State Department"
				continue
			}
			break
		}
		if !name {
			if lw == "of" && j != i || d.prepInName(j, i, lo) {
				j--
				continue
			}
			if npStop.has(lw) || j == sentStart && discourse.has(lw) {
				break
			}
			if _, isCue := cueOf(lw); isCue && !t.upper && !anonymousHeads.has(lw) && !d.stateModifier(j) {
				break
			}
			if isAdverb(t) && !d.lyNoun(t) && !d.adverbInNP(j, i) || !t.upper && len(lw) > 4 && strings.HasSuffix(lw, "ed") && !d.participleAdjective(j, i) {
				break
			}
			if !t.upper && subjPronouns.has(lw) {
				break
			}
		}
		n++
		if n > 9 {
			return noRange
		}
		j--
	}
	s := j + 1
	if poss >= 0 && !d.possessorAfterQuote(s) {
		s = poss + 1 // the possessor only after a quotation or comma (possessive_s.go)
	}
	// "a source familiar with the talks", "a spokesman for the campaign"
	if s > lo+1 && s <= i && extendPreps.has(d.word(s-1)) {
		for k := s - 2; k >= lo && k >= s-4; k-- {
			w := d.word(k)
			if anonymousHeads.has(w) || roleNouns.has(w) || w == "familiar" || w == "close" || w == "briefed" || d.pluralRole(k) || d.repNoun(k) || k == s-2 && (d.bodyBeforePlace(k) || d.occupationPlural(k) || d.caucusBeforeLegislature(k)) || d.nameWithBody(k, s, i) { // plural_role.go, rep_noun.go, body_in_place.go, occupation_plural.go, caucus_legislature.go, name_with_body.go
				if ext := d.npBack(s-2, lo); ext.ok() {
					return rng{ext.s, i + 1}
				}
				break
			}
		}
	}
	for s <= i && d.word(s) == "of" {
		s++
	}
	if s > i {
		return noRange
	}
	return rng{s, i + 1}
}

// npFwd scans a noun phrase forwards from token j to hi (exclusive).
func (d *doc) npFwd(j, hi int) rng {
	k := j
	lower := 0
	for k < hi && k < len(d.toks) {
		t := d.toks[k]
		if k > j && d.possessiveApostrophe(k) {
			k++ // "the boys' mother" (possessive_s.go)
			continue
		}
		if k > j && d.digitPossessive(k) {
			k += 2 // "BBC Radio 4's Today programme" (digit_possessive.go)
			continue
		}
		if n := d.nicknameEnd(k); n > k {
			k = n // "“Big” Tony Moran", "Juan “Chico” Ruiz" (nickname.go)
			continue
		}
		if t.kind != tWord || d.inQuote(k) {
			break
		}
		lw := t.lower
		switch {
		case k == j && (determiners.has(lw) || subjPronouns.has(lw)):
			if subjPronouns.has(lw) {
				return rng{j, j + 1}
			}
		case d.secondDeterminer(j, k):
			// "the other candidate" (second_determiner.go)
		case k > j && !t.upper && determiners.has(lw) && d.word(k-1) != "of" && d.word(k-1) != "for" && !d.statementFrom(j, k-1, hi):
			goto done // "The mayor opened the bridge": a verb and its object
		case t.upper && !(k == j && npStop.has(lw)):
		case lw == "of" && k > j && d.saidOfAbout(j, k):
			goto done // "said Gary Lane of his captain" (said_of.go)
		case lw == "of" && k > j && k+1 < hi && (d.tokAt(k+1).upper || determiners.has(d.word(k+1))):
		case lw == "for" && k > j && k+1 < hi && (d.tokAt(k+1).upper || determiners.has(d.word(k+1))) && (roleNouns.has(d.word(k-1)) || determiners.has(d.word(k+1)) && d.pluralRole(k-1)): // plural_role.go
		case d.statementFrom(j, k, hi):
			// "said a statement from the foreign ministry" (statement_from.go)
		case !npStop.has(lw) && !(isAdverb(t) && !d.lyNoun(t) && !d.adverbInNP(k, hi)) && lower < 5 && !subjPronouns.has(lw) && !(k > j && pronounContraction(lw)):
			if c, ok := cueOf(lw); ok && !anonymousHeads.has(lw) && !(c.class == cueSpeech && roleNouns.has(lw)) && !(nounish.has(lw) && k > j && d.tokAt(k-1).kind == tWord && determiners.has(d.word(j))) && !d.stateModifier(k) {
				goto done
			}
			lower++
		default:
			goto done
		}
		k++
	}
done:
	// do not end on "of"/"for" or a determiner
	for k > j && (d.word(k-1) == "of" || d.word(k-1) == "for" || determiners.has(d.word(k-1))) {
		k--
	}
	if k == j {
		return noRange
	}
	return rng{j, k}
}

// apposition splits "Cornell Brooks, president of the NAACP" into name and
// title when the noun phrase np is followed by one.
func (d *doc) apposition(np rng, hi int) (name, title rng) {
	name, title = d.splitName(np)
	if d.punct(np.e) != "," {
		return
	}
	t := d.npFwd(np.e+1, hi)
	if !t.ok() {
		return
	}
	end := t.e
	if !(end >= hi || d.punct(end) == "," || isTerminal(d.punct(end)) || d.isQuote(end)) {
		return
	}
	if d.isProperName(np) && !d.isProperName(t) {
		return d.trimDet(np), d.trimDet(t)
	}
	return
}

// splitName separates "State Department spokesman Ned Price" into the
// trailing proper name and the title before it.
func (d *doc) splitName(np rng) (name, title rng) {
	np = d.trimDet(np)
	if !np.ok() {
		return noRange, noRange
	}
	// last run of capitalised words
	e := np.e
	s := e
	for s > np.s && d.tokAt(s-1).upper {
		s--
	}
	if a := d.ampersandNameStart(rng{s, e}); a.s >= np.s {
		s = a.s // "AT&T" (symbol_names.go)
	}
	if s == e {
		return np, noRange
	}
	for k := s; k < e; k++ {
		if orgWords.has(stripPossessive(d.toks[k].lower)) {
			return np, noRange // an organisation keeps its whole name
		}
	}
	// a role noun right before the capitalised run splits title from name
	for k := s; k < e-1; k++ {
		if roleNouns.has(d.toks[k].lower) || honorifics[strings.TrimSuffix(d.toks[k].lower, ".")] {
			s = k + 1
		}
	}
	if s > np.s && roleNouns.has(d.tokAt(s-1).lower) {
		return rng{s, e}, rng{np.s, s}
	}
	if s > np.s {
		return rng{s, e}, rng{np.s, s}
	}
	return rng{s, e}, noRange
}

func (d *doc) trimDet(r rng) rng {
	for r.ok() && determiners.has(d.word(r.s)) && !(d.toks[r.s].upper && r.s != d.sents[d.sentOf[r.s]].s) {
		r.s++
	}
	return r
}

// isProperName reports whether every content word of r is capitalised.
func (d *doc) isProperName(r rng) bool {
	r = d.trimDet(r)
	if !r.ok() {
		return false
	}
	for k := r.s; k < r.e; k++ {
		if !d.toks[k].upper {
			return false
		}
		if roleNouns.has(d.toks[k].lower) {
			return false
		}
	}
	return true
}

// forwardStart skips what may sit between a cue and its content: an
// addressee, time words, a short adjunct ("in a statement"), a comma.
func (d *doc) forwardStart(a *attribution, limit int) int {
	j := a.cue.e
	if !a.inverted && d.infinitiveContent(a.cue.s) && a.cue.e == a.cue.s+1 {
		return j // "claimed to be undecided", "agreed to pay": the infinitive is the content (claim_to.go, agreed_to.go)
	}
	if k := d.toldStoryStart(a); k > 0 {
		return k // "told a joke" (told_story.go)
	}
	if k := d.quotedAsSayingContentStart(a, limit); k > j {
		return k // "as saying by TASS that ..." (quoted_as_saying.go)
	}
	if a.inverted {
		j = a.right
		if d.punct(j) == "," {
			j++
			if d.contentOpensWithAdverb(j, limit) {
				return j // "According to the poll, nearly half ...": the adverb is content
			}
			if d.accordingOpensAdjunct(a, j) {
				return j // "According to the poll, in a crowded field, ..." (according_adjunct.go)
			}

			if d.timeWordSubject(j, limit) {
				return j // "To Sexton, Tuesday marked ..." (time_subject.go)
			}
		}
	}
	if h := d.headlineTellStart(a, limit); h > 0 {
		return h // "Lee Tells Voters They Need ..." (headline_tell.go)
	}
	objDone := a.class != cueTell
	for iter := 0; iter < 8 && j < limit; iter++ {
		w := d.word(j)
		switch {
		case !objDone && d.isQuote(j) && d.inQuote(j) && d.quotes[d.qidx[j]].first() == j && d.titleQuote(d.qidx[j]) && d.quotes[d.qidx[j]].last()+1 < limit:
			// told “Fox News Sunday” that ...: the addressee is a quoted name
			d.titleQuotes = append(d.titleQuotes, d.qidx[j])
			j = d.quotes[d.qidx[j]].last() + 1
			objDone = true
		case w == "that" && d.mediumRelativeEnd(j, limit) > j:
			return d.mediumRelativeEnd(j, limit) // "in an interview that aired Sunday that ..." (medium_relative.go)
		case w == "that" || d.isQuote(j):
			return j
		case d.wireAdjunctEnd(j, limit) > j:
			j = d.wireAdjunctEnd(j, limit) // "said late on Monday", "said by phone" (wire_adjuncts.go)
		case (w == "last" || w == "this" || w == "next" || w == "early" || w == "late") && periodWords.has(d.word(j+1)):
			j += 2
		case (w == "on" || w == "late" || w == "early") && timeWords.has(d.word(j+1)) && !d.inQuote(j):
			j += 2 // "said on Friday he ..."
		case !objDone && j == a.cue.e && d.pronounSubjectClause(j):
			return j // "warned they could sell": a clause, no addressee
		case !objDone && d.warnedClause(a, j, limit):
			return j // "warns Europe could die" (warned_clause.go)
		case !objDone && d.tellAdjunctFirst(a, j, limit):
			objDone = true // "warned in his annual letter that" (tell_adjunct_first.go)
		case !objDone && a.class == cueTell && d.eventAddresseeEnd(j, limit) > j:
			j = d.eventAddresseeEnd(j, limit) // "told her daily news conference" (event_addressee.go)
			objDone = true
		case !objDone && w == "her" && d.possessiveHer(j, limit):
			// "told her supporters that": a possessive, not the addressee
			j = d.addresseeEnd(rng{j, d.npFwd(j+1, limit).e}, limit)
			objDone = true
		case !objDone && objPronouns.has(w):
			j = d.addresseeEnd(rng{j, j + 1}, limit)
			objDone = true
		case timeWords.has(w) && !d.inQuote(j) && !d.lyAdjectiveOpens(j):
			j++ // but "said further talks were needed" (ly_nouns.go)
		case !objDone && w != "" && !d.inQuote(j):
			np := d.npFwd(j, limit)
			if !np.ok() {
				return j
			}
			if k := d.tellNameClauseStart(a, np, limit); k > 0 {
				return k // "tells Biden Taiwan is ..." (tell_name_clause.go)
			}
			j = np.e
			if a.class == cueTell {
				j = d.addresseeEnd(np, limit)
			}
			objDone = true
		case ((timeWords.has(w) || d.adverbAt(j)) && !d.lyAdjectiveOpens(j) && !d.lyNounOpens(j) || w == "only") && !d.inQuote(j):
			j++ // but "said quarterly profit rose" (ly_nouns.go)
		case d.atLeastQuantity(j, limit):
			return j // "said at least 20 people died"
		case w == "about" && !d.inQuote(j) && (numberWord(d.word(j+1)) || fractionWords.has(d.word(j+1))) && d.looksClause(j+1, limit):
			return j // "said about half of the money went to ads": an approximate quantity
		case a.class == cueTell && objDone && j > a.cue.e && d.directiveInfinitive(a, j):
			return j // "told reporters not to worry": the infinitive is the content
		case a.class == cueTell && objDone && j > a.cue.e && d.warnedTopic(a, j):
			return j + 1 // "warned China against provocations": the topic is the content
		case objDone && d.mannerAfterAddressee(a, j) > 0:
			return d.mannerAfterAddressee(a, j) // "told the court under oath that" (manner_addressee.go)
		case (adjunctPreps.has(w) || a.class == cueTell && objDone && d.sincePeriod(j)) && !d.inQuote(j):
			k := j + 1
			for k < limit && k < j+9 && d.toks[k].kind == tWord && !d.inQuote(k) && d.toks[k].lower != "that" {
				if k > j+1 && w != "of" && d.adjunctEndsBefore(k) && (d.clauseAfterAdjunct(k, limit) || d.nounClauseAfterAdjunct(k, limit) || d.presentClauseAfterAdjunct(k, limit) || d.placeClauseAfterAdjunct(j, k, limit) || d.wireClauseAfterAdjunct(j, k, limit)) {
					break // "said in a statement Thursday night they pulled ..."
				}
				k++
			}
			// "said on ABC's “This Week” that ...": a quoted title inside the adjunct
			if t := d.adjunctTitleEnd(k, limit); t > k {
				j = t
				continue
			}
			k = d.longAdjunctThat(a, j, k, limit) // a longer adjunct before "that" (adjunct_clause.go)
			if k >= limit || k < limit && (d.word(k) == "that" || d.punct(k) == "," || d.punct(k) == ":" || d.isQuote(k) && d.toks[k].qrole != qClose || k > j+1 && w != "of" && d.adjunctEndsBefore(k) && (d.clauseAfterAdjunct(k, limit) || d.nounClauseAfterAdjunct(k, limit) || d.presentClauseAfterAdjunct(k, limit) || d.placeClauseAfterAdjunct(j, k, limit) || d.wireClauseAfterAdjunct(j, k, limit))) {
				j = k
			} else {
				return j
			}
		case (d.isDash(j) || d.punct(j) == "--") && d.dashAsideEnd(j, limit) > 0:
			j = d.dashAsideEnd(j, limit) // "said — on Twitter, as it happens — that"
		case d.punct(j) == ":" || d.punct(j) == "—":
			j++
		case d.punct(j) == "," && d.placeStateEnd(j, limit) > 0:
			j = d.placeStateEnd(j, limit) // "told diners at a Dayton, Ohio, cafe that ..."
		case d.punct(j) == "," && asideAdverbs.has(d.word(j+1)) && d.punct(j+2) == ",":
			j += 3 // "said, however, that ..."
		case periodWords.has(w) && timeWords.has(d.word(j-1)):
			j++ // "Wednesday afternoon"
		case d.punct(j) == ",":
			if d.word(j+1) == "that" || d.isQuote(j+1) && d.tokAt(j+1).qrole != qClose {
				j++
			} else if a.class == cueTell && objDone && j > a.cue.e && d.looksClause(j+1, limit) {
				j++ // "told CNN, his policy would ..."
			} else if c := d.asideEnd(j, limit); c > 0 && a.class != cueBelief {
				j = c // "says, win or lose on Tuesday, he's staying"
			} else {
				return j
			}
		default:
			return j
		}
	}
	return j
}

// asReportedBy returns the source of a sentence-opening "As reported by
// X, ..." ("As first reported by the Times, ..."), whose cue is the past
// form at i and "as" at k, when a comma follows the source; or noRange.
func (d *doc) asReportedBy(s sentence, k, i int, c cueInfo) rng {
	if !c.past || d.word(k) != "as" || d.word(i+1) != "by" || !(k == s.s || k-1 == s.s && discourse.has(d.word(s.s))) {
		return noRange
	}
	np := d.npFwd(i+2, s.e)
	if !np.ok() || d.punct(np.e) != "," {
		return noRange
	}
	return np
}

// showTitleBefore reports a quotation ending at k that names a show in an
// introductory adjunct ("Sunday on Fox News Channel’s “Media Buzz,” Ann Lee
// said ..."): a short title-case quotation after a possessive or a
// preposition, not a statement.
func (d *doc) showTitleBefore(k int) bool {
	if !d.isQuote(k) || !d.inQuote(k) || !d.titleQuote(d.qidx[k]) {
		return false
	}
	o := d.quotes[d.qidx[k]].first()
	w := d.word(o - 1)
	return w != "" && (w != stripPossessive(w) || w == "on" || w == "to" || w == "with")
}

// firstReportedBy returns the source of a passive "X was first reported by
// Y" or "X, first reported by Y, ...", whose cue is the past form at i and
// whose auxiliaries and adverbs end after k; or noRange. What was reported
// (the subject before the frame) is the content, as annotated.
func (d *doc) firstReportedBy(s sentence, k, i int, c cueInfo, sawBe bool) rng {
	if c.lemma != "report" || !c.past || d.word(i-1) != "first" || d.word(i+1) != "by" || k < s.s || !(sawBe || d.punct(k) == ",") {
		return noRange
	}
	if w := d.word(k); w == "which" || w == "that" || w == "who" {
		return noRange // a relative clause: its antecedent is not the content
	}
	if !sawBe && (d.countWords(s.s, k) > 8 || d.looksClause(s.s, k)) {
		return noRange // "X, first reported by Y," needs a noun phrase X
	}
	np := d.npFwd(i+2, s.e)
	if !np.ok() {
		return noRange
	}
	if e := np.e; !(e >= s.e || d.punct(e) == "," || isTerminal(d.punct(e)) || d.punct(e) == ")" || timeWords.has(d.word(e)) || d.word(e) == "on" || d.word(e) == "last" || d.word(e) == "in") {
		return noRange
	}
	return np
}

// firstReportedFrame reports a frame found by firstReportedBy.
func (d *doc) firstReportedFrame(a *attribution) bool {
	return a.inverted && d.word(a.cue.s) == "reported" && d.word(a.cue.s-1) == "first" && d.word(a.cue.e) == "by"
}

// openingParticipleSubject returns the subject of the main clause after a
// sentence-opening participle clause ("Noting that X, Ruiz said ...",
// "Conceding that X, he warned: ..."): the noun phrase after the first comma
// outside quotations, followed by a lower-case verb; or noRange.
func (d *doc) openingParticipleSubject(s sentence, i int) rng {
	if d.word(i+1) == "" && !d.isQuote(i+1) {
		return noRange
	}
	for c := i + 2; c < s.e && c < i+40; c++ {
		if d.punct(c) != "," || d.inQuote(c) {
			continue
		}
		if c+1 >= len(d.toks) {
			return noRange
		}
		if t := d.tokAt(c + 1); t.kind != tWord || !t.upper && !subjPronouns.has(t.lower) && !determiners.has(t.lower) {
			return noRange
		}
		// the subject runs to the main verb: a cue or a past tense
		for v := c + 2; v < s.e && v <= c+7 && d.toks[v].kind == tWord && !d.inQuote(v); v++ {
			x := d.toks[v].lower
			if cv, ok := cueOf(x); ok && !cv.participle && !d.toks[v].upper || finiteVerb(x) || clauseAux.has(x) {
				return rng{c + 1, v}
			}
		}
		return noRange
	}
	return noRange
}

// asFrameComma returns the comma that closes an "As X reported" frame
// opening a sentence after a parenthesis ("(As X reported, ...") or with
// a time phrase after the cue ("As X reported just today, ..."), or 0.
func (d *doc) asFrameComma(a *attribution, s sentence) int {
	o := a.left - 1
	if a.inverted || d.word(o) != "as" || !(o == s.s || d.punct(o-1) == "(" && o-1 == s.s) {
		return 0
	}
	for k := a.cue.e; k < s.e && k < a.cue.e+5; k++ {
		if d.punct(k) == "," {
			if k == a.cue.e && d.punct(o-1) != "(" {
				return 0 // the plain case, handled above
			}
			return k
		}
		if t := d.toks[k]; t.kind != tWord || !(timeWords.has(t.lower) || periodWords.has(t.lower) || t.lower == "just" || t.lower == "on" || t.lower == "last" || t.lower == "this" || isAdverb(t)) {
			return 0
		}
	}
	return 0
}

// describedAsFar reports "described X ... as Y" with a longer object or an
// adjunct before "as": "described the state of the race so far as ...",
// "described the group during an interview as ...".
func (d *doc) describedAsFar(fs, limit int) bool {
	for k := fs + 6; k < limit && k < fs+12; k++ {
		if d.inQuote(k) || d.punct(k) != "" {
			return false
		}
		if d.word(k) == "as" {
			return true
		}
	}
	return false
}

// atLeastQuantity reports a quantity opening a clause at j: "at least 20
// people died", "at most half of the funds were spent".
func (d *doc) atLeastQuantity(j, limit int) bool {
	if d.word(j) != "at" || d.inQuote(j) || d.word(j+1) != "least" && d.word(j+1) != "most" {
		return false
	}
	n := d.word(j + 2)
	return (numberWord(n) || fractionWords.has(n)) && d.countWords(j, limit) >= 5
}

// asReportedFrame reports a frame found by asReportedBy.
func (d *doc) asReportedFrame(a *attribution) bool {
	return a.inverted && d.word(a.left) == "as" && d.word(a.cue.e) == "by"
}

// fractionWords are quantities that "about" may approximate.
var fractionWords = set("half", "one-third", "two-thirds", "one-quarter", "three-quarters", "dozen")

// pronounContraction reports a subject pronoun with a contracted
// auxiliary: "he's", "they're", "she'll", "I'd".
func pronounContraction(w string) bool {
	i := strings.IndexAny(w, "'’")
	return i > 0 && subjPronouns.has(w[:i])
}

// clauseAfterAdjunct reports a clause opening at k after an adjunct that
// follows a cue: a subject pronoun and a verb ("in a statement they
// pulled ...", "for weeks he's the only ...").
func (d *doc) clauseAfterAdjunct(k, limit int) bool {
	w := d.word(k)
	if n := d.word(k + 1); w == "it" && !d.training && !d.inQuote(k) && k+1 < limit && (clauseAux.has(n) || finiteVerb(n) || len(n) > 3 && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss")) {
		return true // "said in Washington it takes time": "it" with a finite verb opens the clause (inference only)
	}
	if w == "" || d.inQuote(k) || w == "it" || w == "you" {
		return false // "it", "you" are mostly objects: "said in response to it"
	}
	if i := strings.IndexAny(w, "'’"); i > 0 && subjPronouns.has(w[:i]) && w[:i] != "it" {
		return true // "he's", "they're"
	}
	if !subjPronouns.has(w) {
		return false
	}
	n := d.word(k + 1)
	return k+1 < limit && (clauseAux.has(n) || finiteVerb(n) || n == "n't")
}

// clauseDeterminers open the subject of a bare clause after an adjunct;
// "her" is left out: it is as often the object ("told her ...").
var clauseDeterminers = set("the", "a", "an", "this", "these", "those", "his", "their", "its", "our")

// endsAdjunctNoun reports whether token j can be the lower-case noun that
// ends an adjunct ("in a statement"), after which a new noun phrase opens a
// bare clause.
func (d *doc) endsAdjunctNoun(j int) bool {
	p := d.toks[j]
	return !(p.kind != tWord || p.upper || d.inQuote(j) || determiners.has(p.lower) || adjunctPreps.has(p.lower) || subjectPreps.has(p.lower) || morePreps.has(p.lower) || p.lower[0] >= '0' && p.lower[0] <= '9' ||
		strings.HasSuffix(p.lower, "ing") || strings.HasSuffix(p.lower, "ed"))
}

// nounClauseAfterAdjunct reports a bare clause whose subject is a noun
// phrase opening at k right after the noun that ends an adjunct: "said in
// a statement the report was false". A determiner cannot go on a noun
// phrase that a lower-case noun already ended, so a new phrase starts
// there; a verb must follow within a few words.
func (d *doc) nounClauseAfterAdjunct(k, limit int) bool {
	if !clauseDeterminers.has(d.word(k)) || d.inQuote(k) {
		return false
	}
	if !d.endsAdjunctNoun(k - 1) {
		return false
	}
	return d.bareClauseVerbAhead(k, limit)
}

// bareClauseVerbAhead reports the finite verb of a bare clause whose
// subject opens at k with a determiner: a verb within a few words, before
// any preposition, stop word or second determiner.
func (d *doc) bareClauseVerbAhead(k, limit int) bool {
	for x := k + 1; x < limit && x < k+7; x++ {
		t := d.toks[x]
		if t.kind != tWord || d.inQuote(x) {
			return false
		}
		if x > k+1 && (clauseAux.has(t.lower) || finiteVerb(t.lower)) {
			return true
		}
		if adjunctPreps.has(t.lower) || clauseStops.has(t.lower) || whWords.has(t.lower) || clauseDeterminers.has(t.lower) {
			return false
		}
	}
	return false
}

// morePreps are prepositions the adjunct and subject lists leave out.
var morePreps = set("within", "without", "between", "against", "about", "under", "into", "onto", "toward",
	"towards", "behind", "beyond", "despite", "amid", "upon", "per", "than", "as", "around", "throughout", "since", "until")

var subordinators = set("because", "although", "unless", "whether", "as", "once", "than", "like", "and", "or", "but")

// adjunctEndsBefore reports that the adjunct after a cue may end before
// token k: the word before k does not subordinate what follows ("after he
// spoke", "when they met").
func (d *doc) adjunctEndsBefore(k int) bool {
	p := d.word(k - 1)
	return p != "" && !clauseStops.has(p) && !whWords.has(p) && !adjunctPreps.has(p) && !subordinators.has(p)
}

// adjunctTitleEnd returns the token after a short quoted title at k that
// closes an adjunct after a cue, when "that", a clause or a quotation
// follows it; or -1.
func (d *doc) adjunctTitleEnd(k, limit int) int {
	if k >= limit || !d.isQuote(k) || !d.inQuote(k) || d.quotes[d.qidx[k]].first() != k || !d.titleQuote(d.qidx[k]) {
		return -1
	}
	e := d.quotes[d.qidx[k]].last() + 1
	if t := d.timeAdjunctEnd(e, limit); t > e && d.word(t) == "that" {
		e = t // "said on NBC's “Meet the Press” on Sunday that ..."
	}
	if e >= limit || !(d.word(e) == "that" || d.clauseAfterAdjunct(e, limit)) {
		return -1
	}
	d.titleQuotes = append(d.titleQuotes, d.qidx[k])
	return e
}

// dashAsideEnd returns the token after an aside between dashes that starts
// at the dash j after a cue and is followed by "that", a clause or a
// quotation, or 0.
func (d *doc) dashAsideEnd(j, limit int) int {
	if d.punct(j) == "-" && d.punct(j+1) == "-" {
		j++ // "--" as two hyphens
	}
	for x := j + 1; x < limit && x < j+16; x++ {
		if d.inQuote(x) || d.isQuote(x) || isTerminal(d.punct(x)) || d.punct(x) == ";" {
			return 0
		}
		if d.punct(x) == d.punct(j) {
			if x == j+1 || x+1 >= limit {
				return 0
			}
			n := x + 1
			if d.punct(x) == "-" && d.punct(n) == "-" {
				n++
			}
			if d.word(n) == "that" || d.clauseAfterAdjunct(n, limit) || d.isQuote(n) && d.toks[n].qrole != qClose {
				return n
			}
			return 0
		}
	}
	return 0
}

// possessiveHer reports "her" at j opening a noun phrase ("her
// supporters") rather than standing as an object pronoun ("told her the
// plan was dead", "told her that", "told her Trump lied").
func (d *doc) possessiveHer(j, limit int) bool {
	n := j + 1
	if n >= limit || d.toks[n].kind != tWord || d.inQuote(n) || d.toks[n].upper {
		return false
	}
	w := d.toks[n].lower
	if w == "that" || determiners.has(w) || subjPronouns.has(w) || npStop.has(w) || clauseAux.has(w) || finiteVerb(w) || d.adverbAt(n) || timeWords.has(w) {
		return false
	}
	np := d.npFwd(n, limit)
	return np.ok() && np.e < limit && (d.word(np.e) == "that" || d.looksClause(np.e, limit) || d.isQuote(np.e) || d.punct(np.e) == ",")
}

// addresseeEnd extends the addressee np of a tell-cue over a coordinated
// name and a place adverb: "told The Post and Courier newspaper of
// Charleston", "told delegates here that".
func (d *doc) addresseeEnd(np rng, limit int) int {
	j := d.addresseeDomainEnd(np, limit) // "told KSL.com that" (addressee_domain.go)
	if d.word(j) == "and" && j+1 < limit && !d.inQuote(j+1) && d.tokAt(j+1).kind == tWord && !subjPronouns.has(d.word(j+1)) &&
		(d.tokAt(j+1).upper || determiners.has(d.word(j+1)) || objPronouns.has(d.word(j+1))) {
		if np2 := d.npFwd(j+1, limit); np2.ok() && np2.e < limit {
			// the addressee goes on to what may follow it: "that", a
			// clause's subject, a time adjunct
			if nx := d.word(np2.e); nx == "that" || subjPronouns.has(nx) || timeWords.has(nx) || nx == "on" || nx == "here" || d.isQuote(np2.e) || d.punct(np2.e) == "," {
				j = np2.e
			}
		}
	}
	if d.word(j) == "here" && j+1 < limit {
		j++
	}
	return j
}

// objectVerbs take a noun phrase as their content ("criticized the
// Israeli government", "cited a poll"); measured on the training corpus.
var objectVerbs = set("accuse", "criticize", "cite", "praise", "propose", "reject", "mention", "mock",
	"slam", "denounce", "highlight", "tout", "decry", "condemn", "blame", "dispute", "lament", "disclose",
	"recommend", "illustrate", "demand")

// objectParticiples: the -ing forms of objectVerbs that keep a noun phrase
// content after a comma (", citing a poll").
var objectParticiples = set("cite", "accuse", "criticize", "praise", "slam", "mock", "blame", "decry", "condemn")

// asideEnd returns the token after an aside "<,> ... <,>" that starts at the
// comma j right after a cue and is followed by a clause, or 0.
func (d *doc) asideEnd(j, limit int) int {
	if d.word(j+1) == "" || d.inQuote(j+1) {
		return 0
	}
	for x := j + 2; x < limit && x < j+14; x++ {
		if d.inQuote(x) || d.toks[x].kind == tQuote {
			return 0
		}
		if p := d.punct(x); p == "," {
			w := d.word(x + 1)
			if i := strings.IndexByte(w, '\''); i > 0 && subjPronouns.has(w[:i]) {
				return x + 1 // "he's staying"
			}
			if (subjPronouns.has(w) || w == "that" || determiners.has(w) && w != "no") && d.looksClause(x+1, limit) {
				return x + 1
			}
			return 0
		} else if p != "" && p != "-" {
			return 0
		}
	}
	return 0
}

// medialStops begin an adjunct, not the rest of the content, after a
// medial frame: "A, he said, when asked about B". A reason, a concession
// or a means ("because ...", "although ...", "by ...") goes on with the
// content, and so does a participle that is not a cue.
var medialStops = set("when", "while", "as", "after", "before", "if",
	"since", "according", "in", "at", "on", "during", "who", "which", "where", "whose", "noting",
	"adding", "referring", "speaking", "for", "with", "than", "to", "from", "calling")

// medialInfinitive reports an infinitive at k after a medial frame: "it is
// his job, he said, to talk to Congress" goes on with the content, unlike
// "..., he said, to reporters".
func (d *doc) medialInfinitive(k int) bool {
	t := d.tokAt(k + 1)
	w := t.lower
	return d.word(k) == "to" && t.kind == tWord && !t.upper && !d.inQuote(k+1) && !determiners.has(w) && !objPronouns.has(w) &&
		!strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ing")
}

// adjunctIntro reports whether tokens [s, e) are an introductory adjunct
// that is not part of the content: "On Tuesday", "In a statement", "However".
func adjunctIntro(d *doc, s, e int) bool {
	n := d.countWords(s, e)
	w := d.word(s)
	if n == 1 && (discourse.has(w) || d.adverbAt(s)) {
		return true
	}
	if n <= 5 && (w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "asked" || w == "speaking" || w == "later" || w == "earlier") {
		for k := s; k < e; k++ {
			x := d.word(k)
			if statementNouns.has(x) || periodWords.has(x) || x == "interview" || x == "speech" || x == "email" || x == "rally" || x == "briefing" || x == "conference" || x == "debate" || x == "call" || x == "later" || x == "earlier" || x == "about" {
				return true
			}
		}
	}
	return false
}

// contentCuts after a comma end a content: an aside or a clause of the
// writer's ("..., which opened Friday"). A contrast (", while ...") is
// mostly the speaker's, and a participle (", leading the field") is the
// speaker's or the writer's about as often: the cut model decides.
var contentCuts = set("whereas", "as", "which", "who")

var extendPreps = set("with", "to", "for", "in", "at", "from", "on", "of", "close")

var badContentStart = set("to", "about", "of", "for", "on", "in", "with", "by", "from", "at", "up",
	"out", "back", "goodbye", "so", "nothing", "little", "much", "hello", "thanks",
	"sorry", "as", "and", "but", "or", "than", "into", "over", "after", "before", "during")

// fillContent sets a's content ranges; the frame's forward content ends at limit.
func (d *doc) fillContent(a *attribution, lo, limit int) {
	s := d.sents[a.sent]
	end := d.contentEnd(s)
	limit = min(limit, end)
	if !a.inverted && a.subj.ok() && a.subj.s > a.cue.e && cueInfoOf(d.word(a.cue.s)).participle {
		limit = min(limit, a.subj.s-1) // "Noting that X, Ruiz ...": the content ends at the comma
	}
	// trailing connectives before the next frame
	for limit > a.right && (d.punct(limit-1) == "," || d.punct(limit-1) == ";" || d.isDash(limit-1) || d.punct(limit-1) == "--" ||
		d.word(limit-1) == "and" || d.word(limit-1) == "but" || d.word(limit-1) == "while" && !d.nounWhile(limit-1) || d.word(limit-1) == "as" ||
		d.word(limit-1) == "whereas") && !d.inQuote(limit-1) {
		limit--
	}
	if a.cueText == "on why" {
		a.setContent(rng{a.right, limit}) // "Carson on why ..." (on_why_headline.go)
		return
	}
	if e := d.topicContentEnd(a, limit); e >= 0 {
		a.content = a.content[:0]
		if e > 0 {
			a.content = append(a.content, rng{a.cue.e, e}) // "referring to X", "talked about X" (topic_frames.go)
			a.ruleAccepted, a.conf = true, topicConf
		}
		return
	}
	if s, e := d.wouldLikeContentEnd(a, limit); e >= 0 {
		a.setContent(rng{s, e}) // "would like to make ..." (would_like.go)
		return
	}
	if e := d.expressedFeelingContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "expressed concern that X" (expressed_feeling.go)
		return
	}
	if subj, pred, ok := d.reportedlyContent(a, limit); ok {
		a.setContent(pred) // "the FBI is reportedly making X" (reportedly.go)
		if subj.ok() && pred.ok() {
			a.content = append(a.content[:0], subj, pred)
		}
		return
	}
	if r, ok := d.madeClearContent(a, limit); ok {
		a.setContent(r) // "made it clear that X" (made_it_clear.go)
		return
	}
	if e := d.seemedAdjectiveContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "seemed certain to leave" (seemed_adjective.go)
		return
	}
	if e := d.cognitionContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "they learned their candidate had won" (cognition.go)
		return
	}
	if e := d.gappedBeliefContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "a step they believe could help" (gapped_belief.go)
		return
	}
	if e := d.considersContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "considers Lee untrustworthy" (considers.go)
		return
	}
	if st := 0; d.rulingThatContentEnd(a, limit, &st) >= 0 {
		a.setContent(rng{st, d.rulingThatContentEnd(a, limit, &st)}) // "ruled 6-3 that X" (court_ruling.go)
		return
	}
	if e := d.rulingVerdictEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "ruled the death a homicide" (court_ruling.go)
		return
	}
	if e := d.recognizeThatContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "recognizes that X" (recognize_that.go)
		return
	}
	if e := d.seemedGenericContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "seemed to overstay X" (seemed_generic.go)
		return
	}
	if e := d.seemedToContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "seemed to blame X" (seemed_to.go)
		return
	}
	if e := d.progressiveStanceContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "is thanking supporters" (progressive_stance.go)
		return
	}
	if e := d.phrasalStanceContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "railed against X" (phrasal_stance.go)
		return
	}
	if e := d.orderedContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "ordered a review of X" (ordered.go)
		return
	}
	if e := d.exhortToContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "encouraged voters to X" (exhort_to.go)
		return
	}
	if e := d.presentVowContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "he vows to X" (present_vow.go)
		return
	}
	if e := d.complaintThatContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "complaints that X" (complaints_that.go)
		return
	}
	if e := d.questionedObjectContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "questioned his sincerity" (questioned_object.go)
		return
	}
	if d.passiveStanceContent(a, lo, limit) {
		return // "was rebuked by rivals [for X]" (passive_stance.go)
	}
	if e := d.negStanceContentEnd(a, limit); e >= 0 {
		a.content = a.content[:0]
		if e > a.cue.e {
			a.content = append(a.content, rng{d.negStanceContentStart(a, e), e}) // "did not apologize for X" (neg_stance.go)
		}
		return
	}
	if e := d.pollSupportContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "two-thirds of voters support X" (poll_support.go)
		return
	}
	if e := d.beAdjectiveContentEnd(a, limit); e >= 0 {
		a.content = a.content[:0]
		if e > a.cue.e {
			a.content = append(a.content, rng{a.cue.e, e}) // "was critical of X" (be_adjective.go)
		}
		return
	}
	if e := d.stanceRoleContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "is a vocal critic of X" (stance_role.go)
		return
	}
	if e := d.progressiveSupportContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "is backing Clinton" (progressive_support.go)
		return
	}
	if r, ok := d.sideTakingContentRange(a, limit); ok {
		a.setContent(r) // "came out against [the deal]" (side_taking.go)
		return
	}
	if e := d.viewAsContentEnd(a, limit); e >= 0 {
		a.setContent(rng{a.cue.e, e}) // "sees Lee as a uniter" (view_as.go)
		return
	}
	if r := d.relativeHopeStart(a); r >= 0 && limit > a.cue.e+1 {
		a.content = append(a.content[:0], rng{r, limit}) // "a move that X hopes will ..." (hope_fear.go)
		a.ruleAccepted = true
		return
	}
	var fwd rng = noRange
	fs := d.forwardStart(a, limit)
	if d.forToTail(a, a.cue.e+1) {
		fs = a.cue.e + 1 // "It makes sense, strategists said, for Democrats to act" (for_to_tail.go)
	}
	if fs != a.cue.e && a.cue.e < limit && !d.training && d.preferInfinitive(a.cue.s, a.cue.e) && d.bodyStance(a) {
		fs = a.cue.e // "he prefers to fly private": no adjunct "to" (prefer.go)
	}
	if (fs >= limit || d.punct(fs) == ",") && a.cue.e < limit && d.commitInfinitive(a) {
		// "vowed to fix the roads" (commit_to.go); "vowed to fight on,
		// saying ...": the infinitive ends at the comma
		limit = min(limit, fs)
		fs, a.ruleAccepted, a.conf = a.cue.e, true, commitInfinitiveConf
	}
	if d.negatedWhReport(a) {
		fs = a.cue.e // "did not say when ...": the wh-clause is no adjunct
	}
	fs = d.nonSpeechStart(a, fs)
	if a.askStart > 0 && a.askStart < limit {
		fs, limit = a.askStart, d.askedContentEnd(a.askStart, limit) // ask_frames.go
	} else if x, e := d.askedObjectStart(a, lo, fs, limit); x > 0 {
		fs, limit = x, e // "asked Smith whether ..." (ask_frames.go)
	}
	introClause := d.inIntroClause(a) || d.inMidIntroClause(a)
	if k := d.secondPredicate(a, fs, limit); k > 0 {
		limit = k // "criticized Singer and challenged him to a debate"
	}
	if k := d.objectSecondPredicate(a, fs, limit); k > 0 {
		limit = k // "rejected the plan and handed ..." (objectend.go)
	}
	// the content ends before an aside: ", which ...", ";"
	for k := fs + 1; k < limit; k++ {
		if introClause && d.commaQuoteEnd(k, limit) {
			limit = k + 1 // "While Lee said it was “a start,” the plan ...": the clause ends with the quotation
			break
		}
		if d.inQuote(k) {
			continue
		}
		if introClause && d.punct(k) == "," && d.subjectAside(fs, k, limit) == 0 {
			limit = k // "While critics say that X, the plan ...": the main clause is not content
			break
		}
		if d.word(k) == "and" && subjPronouns.has(d.word(k+1)) && k > fs+2 {
			limit = k
			break
		}
		if d.punct(k) == ";" || d.punct(k) == "," && contentCuts.has(d.word(k+1)) {
			if c := d.subjectAside(fs, k, limit); c > 0 {
				k = c // "the decision, which struck down the law, illustrates ..."
				continue
			}
			if d.relativeQuote(k, limit) {
				continue // "a large turnout, which “will help the party”"
			}
			if d.inAdditivePhrase(k) {
				continue // ", as well as a new pool" (additive_phrase.go)
			}
			limit = k
			break
		}
	}
	// a whole quotation right after the cue ends the content: “You lie!” at ...
	if fs < limit && d.isQuote(fs) && d.inQuote(fs) && d.quotes[d.qidx[fs]].first() == fs {
		if q := d.quotes[d.qidx[fs]]; q.closed && len(q.parts) == 1 && q.last() < limit-1 {
			if p := d.punct(q.last() - 1); p == "," || isTerminal(p) {
				limit = q.last() + 1
			}
		}
	}
	if fs < limit && d.validForward(a, fs, limit) {
		fwd = rng{fs, limit}
		if d.negatedMention(a, fs) {
			fwd.e = d.negatedMentionEnd(fwd)
		}
		if (a.class == cueBelief || d.forwardOnly(a)) && !d.bodyStance(a) {
			fwd.e = d.beliefObjectEnd(a, fwd)
		}
		if !d.bodyStance(a) {
			fwd.e = d.objectContentEnd(a, fwd) // "mocks Trump on Twitter" (objectend.go)
		}
		fwd.e = d.objectShapeEnd(a, fwd)        // "told a joke -- one he ..." (bare_object.go)
		fwd.e = d.headlineDashEnd(a, fwd)       // "X Just Revealed Y – It Might Surprise You" (headline_verb.go)
		fwd.e = d.headlineStanceEnd(a, fwd)     // "Blasts Drudge, Quotes Bible" (headline_stance.go)
		fwd.e = d.headlineClauseEnd(a, fwd)     // "Says No [As Sanders Turns Up The Heat]" (headline_clause.go)
		fwd.e = d.bodyStanceEnd(a, fwd, limit)  // "blasted Rubio [for his vote] on Monday" (stance_body.go)
		fwd.e = d.coordinatedFindingEnd(a, fwd) // "a poll from X/Y found [Z], and ..." (evidence_author.go)
		if r, ok := d.blastedReason(a, fwd, limit); ok {
			fwd = r // "blasted the FBI for [its decision]" (blasted_reason.go)
		}
		fwd.e = d.labelCallEnd(a, fwd, limit) // "called him divisive[, a charge ...]" (label_call.go)
		fwd.s = d.addresseeStart(a, fwd)      // "urged [Congress to act]" (objectend.go)
		fwd.s = d.mannerStart(a, fwd)         // "said under oath [that ...]" (manner_tail.go)
	} else if fs < limit && d.oneWordNamedObject(a, fs, limit) {
		fwd, a.untrained = rng{fs, limit}, true // "never mentioned Ruiz." (named_object.go)
	}
	if fwd.ok() && d.bareSo(a, fwd.s) {
		fwd.e = fwd.s + 1 // "said so in the earlier poll"
	}
	if !fwd.ok() && !a.inverted && (a.class == cueSpeech || a.class == cueTell) {
		if x := d.contentAfterAdjuncts(a, fs, limit); x > 0 {
			fwd = rng{x, limit} // "said on Twitter on Monday, in reference to her son, “B”"
		}
	}
	// "“A,” said Smith, a Democratic pollster": an apposition, not content
	if fwd.ok() && a.inverted && a.cueText != "according to" && !d.asReportedFrame(a) && d.punct(fs-1) == "," && (determiners.has(d.word(fs)) || d.word(fs) == "who") && !d.hasQuoteIn(fs, limit) {
		fwd = noRange
	}
	// "Said Jo Kim, who grew up here, “We were proud.”": the quotation after
	// the opening inverted frame's subject is the content
	if fwd.ok() && a.inverted && a.cue.s == s.s && d.word(fwd.s) == "who" {
		if x := d.contentAfterAdjuncts(a, fwd.s, limit); x > 0 && d.isQuote(x) {
			fwd.s = x
		}
	}
	// “A,” he told ABC's “This Week.”: a quoted title after the addressee is
	// not content
	titleObj := false
	if fwd.ok() && a.class == cueTell && fs > a.cue.e && d.isQuote(fs) && d.punct(fs-1) != ":" && d.punct(fs-1) != "," && a.left > s.s && d.isQuote(a.left-1) && d.tokAt(a.left-1).qrole != qOpen {
		fwd, titleObj = noRange, true
	}
	// "declared the need for X: “B”": the quotation after the colon is the content
	if fwd.ok() && !d.isQuote(fwd.s) {
		for k := fwd.s + 1; k+1 < fwd.e; k++ {
			if d.isQuote(k) {
				if t := d.titleQuoteAt(k); t > k && a.class == cueTell {
					k = t // "told the “Today” programme: “B”" (title_that.go)
					continue
				}
				break
			}
			if d.punct(k) == ":" && d.isQuote(k+1) && d.inQuote(k+1) && d.quotes[d.qidx[k+1]].first() == k+1 {
				if x := d.colonQuoteSignedEnd(fwd.s, k); x > 0 {
					fwd.e = x // "...: “A,” he wrote.": the quotation is the signer's (colon_quote_signed.go)
					break
				}
				fwd.s = k + 1
				break
			}
		}
	}
	// “A,” she told “Fox and Friends,”: a short quoted name as the addressee
	if fwd.ok() && a.class == cueTell && fs == a.cue.e && d.isQuote(fs) && d.inQuote(fs) && a.left > s.s && d.isQuote(a.left-1) && d.tokAt(a.left-1).qrole != qOpen {
		if q := d.quotes[d.qidx[fs]]; q.closed && len(q.parts) == 1 && d.countWords(q.first(), q.last()) <= 6 && !isTerminal(d.punct(q.last()-1)) {
			fwd, titleObj = noRange, true
		}
	}
	// "he said on MSNBC's “Morning Joe.”": a quoted title after an adjunct
	// or after a work's noun and a comma: "he wrote in his 2012 book, “An
	// American Son.”"
	if fwd.ok() && fs > a.cue.e && d.isQuote(fs) && d.inQuote(fs) && (d.tokAt(fs-1).kind == tWord || d.punct(fs-1) == "," && workNouns.has(d.word(fs-2))) && d.titleQuote(d.qidx[fs]) {
		if t := d.thatAfterTitle(d.quotes[d.qidx[fs]].last()+1, fwd.e); t > 0 {
			// "told CNN's “State of the Union” (on Sunday) that he would
			// stay": the clause after the title (title_that.go)
			d.titleQuotes = append(d.titleQuotes, d.qidx[fs])
			fwd, fs = rng{t, fwd.e}, t
		} else {
			fwd, titleObj = noRange, true
		}
	}
	if titleObj && d.inQuote(fs) {
		d.titleQuotes = append(d.titleQuotes, d.qidx[fs])
	}
	// "As the Times noted, Clinton raised ...": the main clause is the content
	if !fwd.ok() && d.word(a.left-1) == "as" && (a.left-1 == s.s || d.punct(a.left-2) == "," || discourse.has(d.word(a.left-2))) && d.punct(fs) == "," && fs+1 < limit && a.partOf == nil {
		// "The talks were, as one diplomat put it, going nowhere": the
		// clause around the parenthesis (mid_as.go)
		if h := d.midAsHead(a, s); h >= 0 && d.countWords(fs+1, limit) == 2 {
			a.content = append(a.content, rng{h, a.left - 2}, rng{fs + 1, limit})
			return
		}
		if d.countWords(fs+1, limit) >= 3 {
			a.content = append(a.content, rng{fs + 1, limit})
			return
		}
	}
	// "(As the Times first reported, ...)", "As the Times reported just
	// today, ...": an opening parenthesis, or a time phrase before the comma
	if c := d.asFrameComma(a, s); c > 0 && a.partOf == nil && c+1 < limit && d.countWords(c+1, limit) >= 3 {
		a.content = append(a.content[:0], rng{c + 1, limit})
		return
	}
	// colon at the end of a paragraph: the quotation in the next paragraph
	if !fwd.ok() && limit >= end && (d.punct(s.e-1) == ":" || d.punct(a.right) == ":") && s.e == d.paraS[s.para+1] && s.para+1 < d.npara() {
		n := d.paraS[s.para+1]
		if d.inQuote(n) && d.quotes[d.qidx[n]].first() == n {
			q := d.quotes[d.qidx[n]]
			for _, pt := range q.parts {
				a.content = append(a.content, rng{pt[0], pt[1] + 1})
			}
			a.conf = 0.85
			return
		}
	}
	var back = noRange
	b := a.left
	// "“A,” X said Friday as he ...": a quotation closed by a comma, question
	// or exclamation right before the frame is its content; what follows the
	// cue is only content when it opens like one (a quotation, "that", ":").
	qe := b - 1 // the closing mark, before a British comma (outer_comma_quote.go)
	if d.quoteCommaEndsFrame(b - 1) {
		qe = b - 2
	}
	if fwd.ok() && a.partOf == nil && b > s.s && (qe < b-1 || d.quoteEndsFrame(b-1) && !d.showTitleBefore(b-1)) && !d.isQuote(fwd.s) && !(d.word(fwd.s) == "that" && fwd.s <= a.cue.e+1) && d.punct(fwd.s-1) != ":" && !d.answerWord(a, fwd) && !d.fragmentQuoteBeforeClause(qe, s, fwd) {
		fwd = noRange
	}
	// "“A,” Cruz said after a brief “Sorry” to Carson": a quotation reached
	// over a preposition's noun phrase is its object, not the content
	if fwd.ok() && a.partOf == nil && b > s.s && d.quoteEndsFrame(b-1) && d.isQuote(fwd.s) && fwd.s > a.cue.e+1 && d.quotedObject(fwd.s) {
		fwd = noRange
	}
	if fwd.ok() && a.partOf == nil && d.circumstanceTail(a, fs) {
		fwd = noRange // "..., the union said as talks collapsed" (subordinate_tail.go)
	}
	if fwd.ok() && a.partOf == nil && d.mannerTail(a, fs) {
		fwd = noRange // "..., the source said under oath" (manner_tail.go)
	}
	fw := d.word(fs)
	tailOK := titleObj || fs >= limit || d.punct(fs) == "," || d.punct(fs-1) == "," || a.inverted || d.punct(fs) == ";" ||
		d.dashSplitQuote(a, fs) || d.unpunctuatedResume(a, s, fwd) || // unpunctuated_resume.go
		!fwd.ok() && b > s.s && d.isQuote(b-1) && d.inQuote(b-1) && d.quotes[d.qidx[b-1]].last() == b-1 && d.quotes[d.qidx[b-1]].closed ||
		!fwd.ok() && b > s.s && d.quoteCommaEndsFrame(b-1) ||
		!fwd.ok() && (d.circumstanceTail(a, fs) || d.mannerTail(a, fs)) ||
		!fwd.ok() && (len(fw) > 5 && strings.HasSuffix(fw, "ing") || adjunctPreps.has(fw) || sceneSubordinators.has(fw) && fs > a.cue.e || (a.cueText == "write" || a.class == cueTell) && d.nameOnlyTail(fs, limit) || d.byMediumTail(a, fs, limit)) // by_medium_tail.go
	if a.partOf == nil && tailOK && b > s.s && (d.punct(b-1) == "," || d.isQuote(b-1) && d.tokAt(b-1).qrole != qOpen || d.punct(b-1) == "—" || d.dashAfterQuote(b-1)) {
		be := b - 1
		if d.punct(be) == "," || d.punct(be) == "—" || d.dashAfterQuote(be) {
			// keep a closing quotation mark, drop the comma
			if d.dashAfterQuote(be) && d.punct(be-1) == "-" {
				be-- // "--" as two hyphens (quote_dash_frame.go)
			}
		} else {
			be = b
		}
		if be > s.s && !d.backInsideFrame(lo, be) && (d.countWords(s.s, be) >= 2 || d.quoteEndsFrame(be-1) && d.quotes[d.qidx[be-1]].first() == s.s || d.outerCommaQuote(be-1, s.s) || be == s.s+1 && oneWordReplies.has(d.word(s.s)) && d.punct(be) == ",") {
			back = rng{d.backStart(s.s, be), be}
			back.s = d.accordingWithStart(a, back.s, back.e) // "..., with 56 percent ..., according to the poll" (according_with.go)
		}
		// "“A,” she said, but ..., “B,” said Kunin": after an earlier frame of
		// the sentence, the backward content is the quotation alone
		if back.ok() && lo > s.s && d.isQuote(back.e-1) && d.inQuote(back.e-1) {
			if q := d.quotes[d.qidx[back.e-1]]; q.closed && len(q.parts) == 1 && q.first() >= lo && q.first() > back.s {
				back.s = q.first()
			}
		}
	}
	if a.partOf == nil && a.askStart == 0 && d.passiveByFrame(a) {
		if r := d.passiveBySubject(a, lo); r.ok() {
			a.content = append(a.content[:0], r) // "Her death was confirmed by X" (passive_by.go)
		}
		return
	}
	if a.passiveFor && a.partOf == nil {
		f := d.passiveForStart(s, a.left-1, a.cue.e)
		if f < 0 {
			f = d.passivePredicateStart(s, a.left-1, a.cue.e, cueInfoOf(d.word(a.cue.s)))
		}
		if f < 0 {
			f = d.passiveAccusedOfStart(s, a.left-1, a.cue.e, cueInfoOf(d.word(a.cue.s)))
		}
		if f > 0 && f < limit {
			subj := d.npBack(a.left-1, max(lo, s.s))
			if a.ruleAccepted && relativeWords.has(d.word(a.left-1)) {
				subj = rng{a.left - 1, a.left} // "which was accused of X" (passive_accused.go)
				limit = d.relativeChargeEnd(f, limit)
			}
			a.content = append(a.content[:0], subj, rng{f, limit})
			return
		}
	}
	// "..., as Smith noted in a column.": the clause before the comma is
	// what the trailing as-frame reports; its cue has no object of its own
	if a.partOf == nil && !back.ok() && !fwd.ok() && d.trailingAsFrame(a, lo) {
		back = rng{d.backStart(max(lo, s.s), b-2), b - 2}
	}
	if a.partOf == nil && b > max(lo, s.s) && d.firstReportedFrame(a) {
		// "The memo was first reported by the Ledger"; "The plan, first
		// reported by the Ledger, would close ...": the predicate after the
		// aside goes on with the content
		if d.punct(b-1) == "," {
			a.content = append(a.content, rng{max(lo, s.s), b - 1})
			if fwd.ok() && d.punct(fwd.s-1) == "," && d.mainVerb(fwd.s) {
				a.content = append(a.content, fwd)
			}
		} else {
			a.content = append(a.content, rng{max(lo, s.s), b})
		}
		return
	}
	// a frame inside its content: "A, X said, B" / "Instead, X said, “B”"
	medial := false
	if a.partOf == nil && !back.ok() && b > s.s && d.punct(b-1) == "," && d.countWords(s.s, b-1) >= 1 {
		if fwd.ok() && d.punct(fwd.s-1) == "," && !adjunctIntro(d, s.s, b-1) && (!d.isQuote(fwd.s) || d.medialBeforeQuote(rng{s.s, b - 1}, fwd)) {
			back = rng{s.s, b - 1}
		}
	}
	// "Otherwise, she said, countries may ...", "Trump, Sexton said, has
	// created ...": a one-word opening before a medial frame
	oneWordOpening := false
	if a.partOf == nil && !back.ok() && !fwd.ok() && !a.inverted && b-1 == s.s+1 && d.punct(b-1) == "," && d.toks[s.s].kind == tWord && !d.inQuote(s.s) && d.punct(fs) == "," {
		back, oneWordOpening = rng{s.s, b - 1}, true
	}
	if a.partOf == nil && back.ok() && d.punct(back.e) == "," && !fwd.ok() && d.punct(fs) == "," && fs+1 < limit && !a.inverted && !d.outerCommaMedial(back) { // outer_comma_medial.go
		w := d.word(fs + 1)
		// "This campaign, he says, is different": a short predicate will do
		_, cue := cueOf(w)
		if (d.countWords(fs+1, limit) >= 3 || d.mainVerb(fs+1)) && (!medialStops.has(w) || d.medialInfinitive(fs+1)) && !(cue && len(w) > 5 && strings.HasSuffix(w, "ing")) && !d.inQuote(fs+1) {
			fwd = rng{fs + 1, limit}
			medial = true
		}
	}
	if oneWordOpening && !fwd.ok() {
		back = noRange // the opening word alone is no statement
	}
	if back.ok() && d.punct(back.e) == "," && (fwd.ok() && d.punct(fwd.s-1) == "," || !fwd.ok() && d.punct(fs) == "," && !a.inverted) {
		back.s = d.afterDashAside(back.s, back.e) // "X did Y - and the permit, he said, was hard to get"
	}
	if d.forwardOnly(a) {
		back = noRange
		if medial {
			fwd = noRange
		}
	}
	if a.inverted && a.cueText == "according to" {
		// "According to X, ..." or "..., according to X."
		if fwd.ok() && d.punct(fwd.s-1) != "," && d.punct(fwd.s-1) != ":" {
			fwd = noRange // "according to the document he released"
		}
		if fwd.ok() {
			fwd.s = d.accordingDescriptionEnd(a, fwd) // "According to Lee, a spokesman for X, ..." (according_apposition.go)
		}
		if !back.ok() && !fwd.ok() && a.partOf == nil && b > s.s && d.tokAt(b-1).kind == tWord && !d.inQuote(b-1) && d.countWords(s.s, b) >= 4 {
			back = rng{s.s, b} // "... 46 percent to 39 percent according to a poll"
		}
		if !back.ok() && !fwd.ok() && a.partOf == nil && d.pointerOpening(s, b) {
			back = rng{s.s, s.s + 1} // "That’s according to a new poll.": the pronoun stands for the sentence before
		}
		if b > s.s && back.ok() {
			a.content = d.appendContent(a.content, back)
			if fwd.ok() && !d.continuesContent(fwd) {
				fwd = noRange // "..., according to X, the most since 2010"
			}
			if !fwd.ok() && len(a.content) == 1 && a.partOf == nil {
				fwd = d.bareSubjectPredicate(a, back)
			}
		}
		if fwd.ok() {
			a.content = d.appendContent(a.content, fwd)
		}
		// a rule's frame keeps its own confidence: "Per X, ..." (per_source.go),
		// "By the AP's tally, ..." (by_tally.go), "To Frank, ..." (to_opinion.go);
		// 14 train statements of the last two report their rules' 0.75 since
		// session 22, not this 0.8
		if !a.ruleAccepted {
			a.conf = 0.8
		}
		return
	}
	switch {
	case fwd.ok() && a.askStart > 0:
		a.content = append(a.content, fwd) // "was asked by X whether ..." (ask_frames.go)
	case fwd.ok() && back.ok() && d.isQuote(back.e-1) && d.isQuote(fwd.s):
		a.content = d.appendContent(a.content, back, fwd) // “A,” she said, “B.”
		a.conf = 0.9
	case fwd.ok() && back.ok() && d.isQuote(fwd.s) && !d.hasQuoteIn(back.s, back.e) && d.countWords(back.s, back.e) >= 3 && !d.medialBeforeQuote(back, fwd):
		a.content = d.appendContent(a.content, fwd) // "Asked about X, she said “B.”": the question is not content
	case fwd.ok() && back.ok() && a.inverted && !d.continuesContent(fwd):
		a.content = d.appendContent(a.content, back) // "A, said X, director of Y, which ..."
	case fwd.ok() && back.ok() && (medial || d.punct(fwd.s-1) == "," && d.punct(back.e) == ","):
		a.content = d.appendContent(a.content, back, fwd) // “Instead,” she said, “B.”
	case fwd.ok() && (!a.inverted || d.asReportedFrame(a)):
		a.content = d.appendContent(a.content, fwd)
	case back.ok():
		a.content = d.appendContent(a.content, back)
		if d.isQuote(back.e - 1) {
			a.conf = 0.9
		}
	case fwd.ok() && a.inverted && d.isQuote(fwd.s):
		a.content = d.appendContent(a.content, fwd)
	}
	if len(a.content) == 1 && a.content[0] == back && a.partOf == nil {
		if r := d.bareSubjectPredicate(a, back); r.ok() {
			a.content = d.appendContent(a.content, r)
		}
	}
	d.addRelativeHead(a, fwd)
	d.extendQuotations(a)
	d.prependQuotationParts(a)
}

// bareSubjectPredicate finds the predicate of a content that is only a
// subject before a medial frame with an aside: "Any reading of the report,
// said Jo Kim, an expert on budgets, would find ...", "His worry, according
// to an interview with the paper, was ...". The subject alone says nothing,
// so the content goes on after the comma that closes the aside, before a
// verb. It returns the predicate's range, or noRange.
func (d *doc) bareSubjectPredicate(a *attribution, back rng) rng {
	if d.punct(back.e) != "," || back.e+1 != a.left || d.countWords(back.s, back.e) > 12 {
		return noRange
	}
	for x := back.s; x < back.e; x++ {
		if w := d.word(x); !d.inQuote(x) && (clauseAux.has(w) && w != "'s" && w != "’s" || finiteVerb(w) || w == "that") || d.punct(x) == "," {
			return noRange
		}
	}
	limit := d.contentEnd(d.sents[a.sent])
	for c := a.right; c < limit && c < a.right+30; c++ {
		p := d.punct(c)
		if p == ";" || p == ":" || isTerminal(p) || d.isQuote(c) || d.inQuote(c) {
			return noRange
		}
		if _, ok := cueOf(d.word(c)); ok || p != "," {
			if ok {
				return noRange // another frame
			}
			continue
		}
		v := c + 1
		if v < limit && d.adverbAt(v) {
			v++
		}
		if v < limit && d.mainVerb(v) && !medialStops.has(d.word(v)) {
			return rng{c + 1, limit}
		}
	}
	return noRange
}

// addRelativeHead puts the relative pronoun before a frame into its content:
// in "the plan, which he said would fail" the content is "which" and "would
// fail". A "that" counts only when the content lacks a subject ("the
// numbers that she said were wrong"). Naming cues ("what he calls “X”")
// are left out: the current accept model drops their split contents.
func (d *doc) addRelativeHead(a *attribution, fwd rng) {
	if a.partOf != nil || a.inverted || a.relative || a.class == cueName || !fwd.ok() || len(a.content) != 1 || a.content[0] != fwd {
		return
	}
	r := a.left - 1
	if r < d.sents[a.sent].s || d.inQuote(r) || subjectPreps.has(d.word(r-1)) {
		return // "to which 21 percent said ...": the pronoun is not content
	}
	switch d.word(r) {
	case "which", "what", "whom":
	case "that":
		w := d.word(fwd.s)
		if _, cue := cueOf(d.word(r - 1)); cue || !(clauseAux.has(w) || finiteVerb(w)) {
			return
		}
	default:
		return
	}
	a.content = []rng{{r, r + 1}, fwd}
}

// continuesContent reports whether the text after an inverted frame that
// follows its content goes on with that content: a quotation or a
// predicate ("The plan, said Smith, is dead"), not an apposition or a
// relative clause about the speaker.
func (d *doc) continuesContent(fwd rng) bool {
	return d.isQuote(fwd.s) || d.mainVerb(fwd.s) || d.word(fwd.s) != "which" && d.word(fwd.s) != "who" && d.looksClause(fwd.s, fwd.e)
}

// backStart skips what opens a sentence without belonging to the content
// before its frame: an opening parenthesis that is not closed before e
// ("(The plan failed, he said.)") and an introductory discourse adverb
// ("Still, the plan failed, he said"). A leading "But" or "And" and
// prepositional adjuncts ("In Ohio, ...") stay: the annotation mostly
// keeps them.
func (d *doc) backStart(s, e int) int {
	if d.punct(s) == "(" && !d.inQuote(s) {
		closed := false
		for k := s + 1; k < e; k++ {
			if d.punct(k) == ")" {
				closed = true
				break
			}
		}
		if !closed {
			s++
		}
	}
	s = d.parenFrameStart(s, e) // paren_frame.go
	if c := d.introAdjunctEnd(s, e); c > 0 {
		return c
	}
	if c := d.colonQuoteStart(s, e); c > 0 {
		return c
	}
	if c := d.dashQuoteStart(s, e); c > 0 {
		return c // at inference only (dash_quote_start.go)
	}
	return s
}

// colonQuoteStart returns the start of a quotation after a colon that runs
// to the end of the back content [s, e), or 0: in "X could not send it:
// “…,” Smith wrote." only the quotation is Smith's.
func (d *doc) colonQuoteStart(s, e int) int {
	for k := s + 1; k+1 < e; k++ {
		if d.punct(k) == ":" && !d.inQuote(k) && d.isQuote(k+1) && d.inQuote(k+1) {
			q := d.quotes[d.qidx[k+1]]
			if q.first() == k+1 && q.last() >= e-1 {
				return k + 1
			}
			return 0
		}
	}
	return 0
}

// introAdjunctEnd returns the token after the comma that closes an
// introductory adjunct at s followed by a clause ("Still,", "In fact,",
// "Despite the attacks,"), or 0.
func (d *doc) introAdjunctEnd(s, e int) int {
	w := d.word(s)
	if w == "" || d.inQuote(s) {
		return 0
	}
	c := s + 1
	for c < e && c < s+12 && d.punct(c) != "," {
		if d.toks[c].kind != tWord || d.inQuote(c) {
			return 0
		}
		c++
	}
	if d.punct(c) != "," || c+1 >= e || d.inQuote(c+1) {
		return 0
	}
	n := c - s
	ok := n == 1 && introAdverbs.has(w) ||
		n == 2 && (w == "in" && d.word(s+1) == "fact" || w == "even" && d.word(s+1) == "so" || w == "of" && d.word(s+1) == "course") ||
		n >= 2 && w == "despite"
	if !ok || !d.looksClause(c+1, e) {
		return 0
	}
	return c + 1
}

// introAdverbs open a sentence without belonging to the content of a
// frame after it ("Still, golf is a tough business, he said").
var introAdverbs = set("still", "indeed", "however", "moreover", "nevertheless", "nonetheless", "furthermore", "besides", "regardless", "yet", "so")

// medialBeforeQuote reports a frame set off by commas between the start of
// a sentence and a quotation: "If he wins, she said, “we all lose.”" The
// words before it are content when they are a subordinate clause or the
// subject of the quotation, not when they introduce the occasion ("In an
// interview, she said, “...”") or are a single discourse word ("But", on
// which the annotation is split).
func (d *doc) medialBeforeQuote(back, fwd rng) bool {
	if !(d.punct(back.e) == "," && d.punct(fwd.s-1) == "," && d.isQuote(fwd.s)) || adjunctIntro(d, back.s, back.e) || d.hasQuoteIn(back.s, back.e) || back.s != d.sents[d.sentOf[back.s]].s {
		return false
	}
	w, n := d.word(back.s), d.countWords(back.s, back.e)
	if d.clauseBeforeShortFrame(back, fwd) {
		return true
	}
	if medialSubordinators.has(w) {
		// "If he wins, she said, “...”", not "When asked about it, ..."
		x := d.word(back.s + 1)
		return !(len(x) > 4 && (strings.HasSuffix(x, "ed") || strings.HasSuffix(x, "ing")) || pastVerbs.has(x))
	}
	// a subject whose predicate is the quotation: "The plan, he said, “is dead.”"
	q := fwd.s + 1
	if d.toks[back.s].kind != tWord || q >= fwd.e || d.toks[q].kind != tWord || d.toks[q].upper || n > 10 {
		return false
	}
	for k := back.s; k < back.e; k++ {
		if x := d.word(k); d.punct(k) != "" || clauseAux.has(x) || k > back.s && finiteVerb(x) {
			return false
		}
	}
	return determiners.has(w) && !quantifiers.has(w) || d.toks[back.s].upper && !adjunctPreps.has(w) && !subjectPreps.has(w) && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
}

// clauseBeforeShortFrame reports a whole clause before a short medial frame
// ("The streets were empty, he added, “but ...”"): the quotation goes on
// with it.
func (d *doc) clauseBeforeShortFrame(back, fwd rng) bool {
	w := d.word(back.s)
	if !(determiners.has(w) && !quantifiers.has(w) || subjPronouns.has(w) || w == "there") || d.countWords(back.s, back.e) > 15 || d.countWords(back.e+1, fwd.s-1) > 3 {
		return false
	}
	for k := back.s; k < back.e; k++ {
		if d.punct(k) != "" {
			return false
		}
		if x := d.word(k); k > back.s && (clauseAux.has(x) || finiteVerb(x)) {
			return true
		}
	}
	return false
}

// medialSubordinators open a clause before a medial frame that belongs to
// the content ("When it passes, he said, “...”").
var medialSubordinators = set("if", "when", "while", "because", "whether", "although", "though", "unless", "once", "until", "whenever")

// inIntroClause reports a frame inside a subordinate clause that opens
// its sentence ("Although Smith said that X, Y"): the clause, and so the
// content, ends at the next comma.
func (d *doc) inIntroClause(a *attribution) bool {
	s := d.sents[a.sent]
	st := s.s
	if leadWords.has(d.word(st)) {
		st++
	}
	w := d.word(st)
	if w == "even" && (d.word(st+1) == "though" || d.word(st+1) == "if") {
		w = d.word(st + 1)
	}
	if w == "even" && d.word(st+1) == "as" {
		w = "while" // "Even as Obama has said that X, his administration ..."
	}
	if !introSubordinators.has(w) || a.left <= st || a.partOf != nil || a.inverted {
		return false
	}
	for k := st; k < a.left; k++ {
		if d.punct(k) == "," || d.isQuote(k) {
			return false
		}
	}
	return true
}

// secondPredicate finds, in a forward content [s, e) that holds no verb of
// its own (an object, "criticized Singer"), an "and" or "but" followed by
// a verb in the cue's past tense: a second predicate of the frame's
// subject ("... and challenged him to a debate") that ends the content.
// It returns the conjunction (or the comma before it), or 0.
func (d *doc) secondPredicate(a *attribution, s, e int) int {
	if !a.cue.ok() || a.inverted || !finiteVerb(d.word(a.cue.e-1)) {
		return 0
	}
	for k := s + 1; k+1 < e; k++ {
		if d.inQuote(k) {
			continue
		}
		w := d.word(k)
		if clauseAux.has(w) || finiteVerb(w) || d.punct(k) == ";" {
			return 0 // a clause of its own: its verbs may be coordinated too
		}
		if w != "and" && w != "but" || d.coordinatedSubjectAnd(k, e) {
			continue // "said the heat and unsettled weather could ..." (coordinated_subject_cut.go)
		}
		v := k + 1
		for v < e && (d.adverbAt(v) || d.word(v) == "also" || d.word(v) == "then" || d.word(v) == "later") {
			v++
		}
		if v < e && !d.toks[v].upper && finiteVerb(d.word(v)) && !d.inQuote(v) {
			if d.punct(k-1) == "," {
				return k - 1
			}
			return k
		}
	}
	return 0
}

// introSubordinators open a sentence with a subordinate clause.
var introSubordinators = set("while", "although", "though", "whereas", "if", "because", "since", "when", "unless", "once", "after", "before", "until")

// relativeQuote reports a relative clause after the comma at k whose
// verb phrase is quoted: ", which “will help the party.”" The quotation
// is the speaker's words, so the clause is content.
func (d *doc) relativeQuote(k, e int) bool {
	w := d.word(k + 1)
	if w != "which" && w != "who" {
		return false
	}
	q := k + 2
	if d.adverbAt(min(q, len(d.toks)-1)) {
		q++
	}
	return q < e && d.isQuote(q) && d.inQuote(q) && d.quotes[d.qidx[q]].first() == q
}

// subjectAside recognises an aside after the subject of a content that
// starts at s: the comma at k opens it ("the decision, which struck down
// the law, illustrates ...", "the scandal, while troublesome, was handled")
// and a later comma before the content's main verb closes it. It returns
// the closing comma, or 0. The subject has no verb of its own.
func (d *doc) subjectAside(s, k, e int) int {
	if c := d.subjectAsideFrom(s, k, e); c > 0 {
		return c
	}
	return d.thatSubjectAside(s, k, e) // that_subject_aside.go
}

// subjectAsideFrom is subjectAside for a subject that starts at s.
func (d *doc) subjectAsideFrom(s, k, e int) int {
	if d.punct(k) != "," || k-s > 12 || d.inQuote(k) {
		return 0
	}
	for x := s; x < k; x++ {
		w := d.word(x)
		if clauseAux.has(w) || x > s && finiteVerb(w) || d.punct(x) != "" || d.inQuote(x) {
			return 0
		}
	}
	if w := d.word(s); subjPronouns.has(w) || w == "that" && k-s < 2 {
		return 0
	}
	for c := k + 2; c < e && c < k+40; c++ {
		if p := d.punct(c); p == ";" || isTerminal(p) {
			return 0
		}
		if d.punct(c) != "," || d.inQuote(c) {
			continue
		}
		v := c + 1
		if d.adverbAt(v) {
			v++
		}
		if d.asideVerbAt(v) { // mainVerb, or "fled" at inference (aside_irregular_past.go)
			return c
		}
	}
	return 0
}

// mainVerb reports a word at k that reads as a finite verb after a
// subject: an auxiliary, a past tense or a lower-case third-person "-s"
// form ("illustrates").
func (d *doc) mainVerb(k int) bool {
	t := d.tokAt(k) // past the text's end after an adverb at its last token
	if t.kind != tWord || t.upper || d.inQuote(k) {
		return false
	}
	w := t.lower
	if clauseAux.has(w) || finiteVerb(w) {
		return true
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !npStop.has(w) && !determiners.has(w)
}

// quoteEndsFrame reports whether token k closes a quotation whose last
// word is followed by a comma, question mark, exclamation mark or dash:
// the quotation of a "“A,” she said" frame.
func (d *doc) quoteEndsFrame(k int) bool {
	if !d.isQuote(k) || !d.inQuote(k) || d.toks[k].qrole == qOpen {
		return false
	}
	q := d.quotes[d.qidx[k]]
	if !q.closed || q.last() != k {
		return false
	}
	p := d.punct(k - 1)
	return p == "," || p == "?" || p == "!" || p == "—" || p == "-"
}

// titleQuote reports a short closed quotation of capitalised words: the
// name of a show, a book or an article rather than a statement.
func (d *doc) titleQuote(qi int) bool {
	q := d.quotes[qi]
	if !q.closed || len(q.parts) != 1 {
		return false
	}
	n, lower := 0, 0
	for k := q.first() + 1; k < q.last(); k++ {
		if d.toks[k].kind == tWord {
			n++
			if !d.toks[k].upper && !(d.toks[k].lower == "of" || d.toks[k].lower == "the" || d.toks[k].lower == "and" || d.toks[k].lower == "a" || d.toks[k].lower == "in" || d.toks[k].lower == "on" || d.toks[k].lower == "for") {
				lower++
			}
		}
	}
	return n >= 1 && n <= 6 && lower == 0
}

// extendQuotations adds the later paragraphs of a multi-paragraph quotation
// whose first part the content reaches.
func (d *doc) extendQuotations(a *attribution) {
	if len(a.content) == 0 {
		return
	}
	last := a.content[len(a.content)-1]
	k := last.e - 1
	if !d.inQuote(k) {
		return
	}
	q := d.quotes[d.qidx[k]]
	if len(q.parts) < 2 || k < q.parts[0][0] || k > q.parts[0][1] {
		return
	}
	for _, pt := range q.parts[1:] {
		a.content = append(a.content, rng{pt[0], pt[1] + 1})
	}
}

// prependQuotationParts adds the earlier paragraphs of a multi-paragraph
// quotation whose later part the content starts with: in
//
//	“This government has lost its way.
//
//	“It is time for an election,” he added.
//
// the frame is in the last paragraph, and the first is as much his. Inference
// only: the content's parts before are not training material.
func (d *doc) prependQuotationParts(a *attribution) {
	if d.training || len(a.content) == 0 {
		return
	}
	k := a.content[0].s
	if !d.inQuote(k) {
		return
	}
	q := d.quotes[d.qidx[k]]
	for j := 1; j < len(q.parts); j++ {
		if k != q.parts[j][0] {
			continue
		}
		earlier := make([]rng, 0, j+len(a.content))
		for _, pt := range q.parts[:j] {
			// a paragraph of a quotation ends a sentence; anything else
			// ("… fortunes.)") is marks paired wrongly
			if !isTerminal(d.punct(pt[1])) {
				return
			}
			earlier = append(earlier, rng{pt[0], pt[1] + 1})
		}
		a.content = append(earlier, a.content...)
		return
	}
}

// countWords counts the words of tokens [s, e) in constant time: features
// ask it for every cut point of a content, which was quadratic in a long
// sentence.
func (d *doc) countWords(s, e int) int {
	s, e = max(s, 0), min(e, len(d.toks))
	if s >= e {
		return 0
	}
	return int(d.wordsTo[e] - d.wordsTo[s])
}

// validForward checks that the text after a cue can be its content.
func (d *doc) validForward(a *attribution, fs, limit int) bool {
	w := d.word(fs)
	quote := d.isQuote(fs) && d.toks[fs].qrole != qClose
	if d.negatedWhReport(a) && fs == a.cue.e {
		return true // "did not say when", "would not say whether he ..."
	}
	if d.threatInfinitive(a, fs) {
		return true // "Trump has threatened to tear it up" (commit_to.go, inference only)
	}
	if d.forToTail(a, fs) {
		return true // "It makes sense, strategists said, for Democrats to act" (for_to_tail.go)
	}
	if d.bodyStance(a) {
		return d.bodyStanceContent(a, fs) // "Reid blasted Rubio" (stance_body.go)
	}
	if fs == a.cue.e && a.partOf == nil && d.headlineStance(a) {
		return w != "" || quote // "Rose Bowl skywriters blast Trump" (headline_stance.go)
	}
	if d.warnedOneWord(a, fs, limit) {
		return true // "warns against escalation" (warned_topic_word.go)
	}
	if d.countWords(fs, limit) < 2 && !quote && !(w == "yes" || w == "no") && !d.bareSo(a, fs) && !d.scarceMention(a, fs) || d.punct(fs) == "," {
		return false
	}
	c := d.cueInfoAt(a.cue.s)
	if d.whReportContent(a, c, fs, limit) {
		return true // "tells them why ..." (wh_report.go)
	}
	if fs > a.cue.s && fs == d.toldStoryStart(a) {
		return true // "tells the story of how ..." (told_story.go)
	}
	if fs == a.cue.e && !a.inverted && a.partOf == nil && d.headlineNameVerb(d.sents[a.sent], a.cue.s, c) {
		return true // "Rick Perry Just Announced His Endorsement" (headline_verb.go)
	}
	if a.class == cueBelief {
		if ok, handled := d.beliefObjectForward(a, c, fs, limit); handled {
			return ok
		}
	}
	if d.negatedMention(a, fs) {
		return true
	}
	if d.hopeFearClause(a, fs, limit) {
		return true // "Strategists hope the ads will help" (hope_fear.go)
	}
	if d.predicateContent(a, fs) || d.statusObject(d.cueInfoAt(a.cue.s), fs) {
		return false
	}
	if nounish.has(d.word(a.cue.s)) && d.labelCall(a, c, fs, limit) {
		return true // "Critics call it a giveaway" (label_call.go)
	}
	if nounish.has(d.word(a.cue.s)) && a.cue.e-a.cue.s == 1 && !(quote || w == "that" || d.punct(fs-1) == ":") && !d.pastLabelQuote(a, fs, limit) && !d.verbAfterSubject(a, fs, limit) && !d.claimVerbClause(a, fs, limit) && !d.relativeClaimClause(a, fs) && !d.questionedWh(a, fs) && !d.objectVerbAfterSubject(a, fs, limit) && !(fs == a.cue.e && d.infinitiveContent(a.cue.s)) {
		return false
	}
	if w == "that" && a.cue.e-a.cue.s == 1 && d.relativeThatAfterNoun(a.cue.s) {
		return false
	}
	if c.lemma == "continue" && a.cueText != "continued to" && !(quote || w == "that" || d.punct(fs-1) == ":") {
		return false // "the FBI is continuing its investigation", "the continuing tension"
	}
	if c.lemma == "add" && !(quote || w == "that" || d.punct(fs-1) == ":" || d.hasQuoteIn(fs, limit) || d.looksClause(fs, limit)) {
		return false // "the economy added 151,000 jobs", "has added another facet"
	}
	if w != "" && strings.HasSuffix(w, "ing") && len(w) > 5 && !d.hyphenAdjective(fs) && !d.ingName(fs) && a.class != cueBelief && c.lemma != "deny" && c.lemma != "admit" && c.lemma != "recall" && c.lemma != "report" && !(fs == a.cue.e && clauseVerbs.has(c.lemma) && (d.looksClause(fs, limit) || d.gerundSubjectClause(fs, limit))) && !d.gerundObjectContent(a, c, fs) && !d.calledForGerund(a, fs) && !(a.askStart > 0 && fs == a.askStart) {
		return false // "said, referring to ..."; but "was asked about [securing the border]" (ask_frames.go, inference only)
	}
	switch a.class {
	case cueAsk:
		return quote || whWords.has(w) || fs == a.askStart
	case cueName:
		if c.lemma == "describe" && d.describedObject(a, fs, limit) {
			return true
		}
		for k := fs; k < limit && k < fs+6; k++ {
			if d.isQuote(k) || d.word(k) == "as" {
				d.quotedLabelCall(a, c, fs, k) // "Lee called the plan “a disgrace”" (label_call_quoted.go)
				return true
			}
		}
		return c.lemma == "describe" && d.describedAsFar(fs, limit) || d.labelCall(a, c, fs, limit) // label_call.go
	case cueBelief:
		if w == "that" {
			return true
		}
		switch c.lemma {
		case "think", "believe", "hope", "fear", "feel", "know", "worry", "doubt", "suspect":
			return subjPronouns.has(w) || determiners.has(w) && w != "no" && w != "all" || d.bareBeliefClause(a, fs, limit)
		}
		return false
	case cueTell:
		return w == "that" || fs > a.cue.e && d.headlineTellStart(a, limit) == fs || w == "to" && c.lemma == "urge" && fs > a.cue.e || c.lemma == "urge" && fs > a.cue.e && d.urgedNotTo(fs) || d.directiveInfinitive(a, fs) || d.warnedTopic(a, fs-1) || quote || subjPronouns.has(w) || pronounContraction(w) || determiners.has(w) || d.punct(fs-1) == ":" || d.punct(fs-1) == "," ||
			d.toks[fs].upper && objPronouns.has(d.word(fs-1)) && fs-1 == a.cue.e && d.looksClause(fs, limit) || // "told them Clinton has ..."
			fs > a.cue.e && d.tellNameClauseStart(a, d.npFwd(a.cue.e, limit), limit) == fs // "tells Biden Taiwan is ..." (tell_name_clause.go)
	}
	if quote || w == "that" || d.punct(fs-1) == ":" {
		return true
	}
	if a.cueText == "according to" && d.punct(fs-1) == "," && d.countWords(fs, limit) >= 3 {
		return true // "According to the World Bank, about 12 percent ..."
	}
	if d.word(a.left-1) == "as" && d.punct(fs) == "," {
		return false
	}
	if fs == a.cue.e && d.gerundObjectAfterPrep(a, c) && !badContentStart.has(w) {
		return true // "by denouncing the New Deal" (gerund_object.go)
	}
	if !clauseVerbs.has(c.lemma) && a.cue.e-a.cue.s == 1 && !d.looksClause(fs, limit) {
		if objectVerbs.has(c.lemma) && (!c.participle || objectParticiples.has(c.lemma)) && !badContentStart.has(w) && w != "" {
			return true // "criticized the Israeli government"
		}
		if d.bareSpeechObject(a, c, fs, limit) {
			return true // "stated his intention to run" (bare_object.go)
		}
		return false // "announced support on Thursday": a bare object is too unreliable
	}
	if w == "to" && (c.lemma == "promise" || c.lemma == "vow" || c.lemma == "pledge" || c.lemma == "threaten" || fs == a.cue.e && d.infinitiveContent(a.cue.s)) {
		return true
	}
	if (w == "much" || w == "little" || w == "nothing") && d.looksClause(fs+1, limit) {
		return true // "said much of the talk was about Israel"
	}
	if badContentStart.has(w) && !(w == "about" && (numberWord(d.word(fs+1)) || fractionWords.has(d.word(fs+1)))) && !d.atLeastQuantity(fs, limit) && !d.bareSo(a, fs) || w == "" && !d.isQuote(fs) {
		return false
	}
	return true
}

// nounDeterminers make the word after them a noun ("his writing"); unlike
// numbers and quantifiers ("One in five say that ...") they never head a
// subject of their own.
var nounDeterminers = set("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "another")

// relativeThatAfterNoun reports a cue form at k used as a noun with a
// relative clause after it: "a congressional report that could raise new
// questions", "his writing that included a profile". The "that" has no
// subject of its own, so the clause describes the noun; the cue is no verb.
func (d *doc) relativeThatAfterNoun(k int) bool {
	if d.toks[k].kind != tWord || d.word(k+1) != "that" || d.inQuote(k+2) {
		return false
	}
	w := d.word(k)
	if !nounish.has(w) && !nounDeterminers.has(d.word(k-1)) {
		return false
	}
	nx := d.word(k + 2)
	return clauseAux.has(nx) && nx != "'s" || finiteVerb(nx)
}

// verbAfterSubject reports a noun-like cue form used as the verb of its
// subject with a bare clause as content: "The Times reports Beck will
// endorse Cruz", "Trump claims he is worth $10 billion". The third-person
// form must follow its subject directly and the content must read as a
// clause.
func (d *doc) verbAfterSubject(a *attribution, fs, limit int) bool {
	w := d.word(a.cue.s)
	if !strings.HasSuffix(w, "s") || a.inverted || !a.subj.ok() || a.subj.e != a.cue.s || fs != a.cue.e || d.toks[a.cue.s].upper {
		return false
	}
	if last := d.tokAt(a.subj.e - 1); !last.upper && !subjPronouns.has(last.lower) && !orgWords.has(last.lower) || last.lower == "it" {
		return false
	}
	// the clause opens with its subject, not with a verb ("Harsh comments
	// are earning ...")
	if f := d.word(fs); clauseAux.has(f) || finiteVerb(f) {
		return false
	}
	return d.looksClause(fs, limit)
}

// claimVerbClause reports "claim"/"claims" as the verb of a subject noun
// phrase with a bare clause after it, where verbAfterSubject is too strict:
// "The contractor claims his crews had ...", "Lee also claims she was ...",
// "many lawmakers claim it will ...". A determiner or possessive before the
// cue already made it a noun (frameAt), and a verb right after it
// ("claims were") makes it a noun subject.
func (d *doc) claimVerbClause(a *attribution, fs, limit int) bool {
	w := d.word(a.cue.s)
	if w != "claim" && w != "claims" || a.inverted || !a.subj.ok() || fs != a.cue.e || d.toks[a.cue.s].upper || d.inQuote(a.cue.s) {
		return false
	}
	for k := a.subj.e; k < a.cue.s; k++ {
		if t := d.toks[k]; t.kind != tWord || !(t.lower == "also" || t.lower == "still" || t.lower == "now" || isAdverb(t)) {
			return false
		}
	}
	f := d.word(fs)
	if f == "" || clauseAux.has(f) || finiteVerb(f) {
		return false
	}
	if !subjPronouns.has(f) && !determiners.has(f) && !d.toks[fs].upper {
		return false
	}
	return d.looksClause(fs, limit)
}

// fragmentQuoteBeforeClause reports a quotation closing at k that is a
// fragment inside the clause before the frame (a word right before its
// opening mark, as in `he admitted they had “been friends,” he claimed
// they ...`) while a clause follows the cue: that clause is the content,
// the fragment belongs to the earlier clause.
func (d *doc) fragmentQuoteBeforeClause(k int, s sentence, fwd rng) bool {
	q := d.quotes[d.qidx[k]]
	f := q.first()
	return len(q.parts) == 1 && f > s.s && d.tokAt(f-1).kind == tWord && !d.inQuote(f-1) && d.looksClause(fwd.s, fwd.e)
}

// passiveForLemmas blame or praise someone for something: in the passive
// ("Lee was criticized for ...") the subject and the reason are what was
// said.
var passiveForLemmas = set("criticize", "condemn", "praise", "accuse", "slam", "blast", "attack", "mock", "ridicule", "fault", "chide", "scold", "rebuke")

// passiveForStart returns the "for" that opens the reason after a passive
// blame cue ending before ce, over an optional "by" agent, when a short
// noun phrase ending at k is its subject ("Lee has been criticized by
// rivals for failing ..."); or -1.
func (d *doc) passiveForStart(s sentence, k, ce int) int {
	j := d.passiveAgentEnd(s, k, ce)
	if j < 0 || d.word(j) != "for" || d.inQuote(j) || j+1 >= s.e || d.tokAt(j+1).kind != tWord {
		return -1
	}
	return j
}

// passiveAgentEnd returns the token after a passive cue ending before ce
// and its optional short "by" agent, when a short noun phrase ending at k
// is the cue's subject; or -1. The passive frames' content (a reason, a
// predicate) opens there.
func (d *doc) passiveAgentEnd(s sentence, k, ce int) int {
	if k < s.s || d.toks[k].kind != tWord || d.inQuote(k) || whWords.has(d.word(k)) || d.word(k) == "that" {
		return -1
	}
	if np := d.npBack(k, s.s); !np.ok() || np.e != k+1 {
		return -1
	}
	j := ce
	if d.word(j) == "by" {
		np := d.npFwd(j+1, s.e)
		if !np.ok() || np.e-np.s > 8 {
			return -1
		}
		j = np.e
	}
	return j
}

// asFrameOpensContent reports a frame nx that opens the main clause after a
// sentence-opening as-frame ("As reported by the Ledger, investigators
// found ...", "As the Ledger noted, analysts think ..."): the main clause is
// the as-frame's content, the frame inside it does not end it.
func (d *doc) asFrameOpensContent(a, nx *attribution) bool {
	s := d.sents[a.sent]
	o := a.left
	if d.word(o) != "as" {
		o--
	}
	if d.word(o) != "as" || !(o == s.s || o-1 == s.s && discourse.has(d.word(s.s))) {
		return false
	}
	c := nx.left - 1
	if d.punct(c) != "," || c < a.right || c > a.right+4 {
		return false
	}
	for k := a.right; k < c; k++ {
		if d.toks[k].kind != tWord {
			return false
		}
	}
	return true
}

// relativeSubjectBefore reports a one-word subject before the cue at i
// that follows a relative pronoun: in "which he claims has been unfair"
// or "a bill that critics claim will fail" the cue is the verb and the
// auxiliary after it opens the relative clause's predicate.
func (d *doc) relativeSubjectBefore(i int) bool {
	p := d.word(i - 1)
	if p == "" || determiners.has(p) {
		return false
	}
	switch d.word(i - 2) {
	case "which", "who", "whom", "that", "what":
		return subjPronouns.has(p) || !d.tokAt(i-1).upper && strings.HasSuffix(p, "s")
	}
	return false
}

// relativeClaimClause reports "claim"/"claims" inside an object relative
// clause whose predicate follows the cue: "the paper, which he claims has
// been unfair", "a bill that critics claim will fail". The relative pronoun
// and the short subject before the cue leave it no reading as a noun.
func (d *doc) relativeClaimClause(a *attribution, fs int) bool {
	w := d.word(a.cue.s)
	if w != "claim" && w != "claims" || a.inverted || !a.subj.ok() || fs != a.cue.e || a.subj.e != a.cue.s || a.subj.e-a.subj.s > 3 || d.inQuote(a.cue.s) {
		return false
	}
	switch d.word(a.subj.s - 1) {
	case "which", "who", "whom", "what", "that":
	default:
		return false
	}
	return d.mainVerb(fs)
}

// questionedWh reports the verb "question" with an indirect question:
// "questioned whether Lee is eligible", "is questioning how he paid".
// The noun takes no wh-clause ("the question whether" is rare), but "in
// question" or "a question" stay out.
func (d *doc) questionedWh(a *attribution, fs int) bool {
	if cueInfoOf(d.word(a.cue.s)).lemma != "question" || fs != a.cue.e || d.inQuote(fs) {
		return false
	}
	if p := d.word(a.cue.s - 1); determiners.has(p) || p == "into" || p == "in" || p == "open" {
		return false
	}
	w := d.word(fs)
	return w == "whether" || w == "why" || w == "how" || w == "if"
}

// negatedCue reports a cue verb negated by its auxiliary: "did not
// mention", "didn't say", "would not immediately say".
func (d *doc) negatedCue(a *attribution) bool {
	return !a.inverted && a.cue.ok() && a.cue.e-a.cue.s == 1 && d.negatedAt(a.cue.s)
}

// negatedAt reports a word at k negated before it, over auxiliaries and
// adverbs: "did not respond", "didn't immediately return", "never said".
func (d *doc) negatedAt(k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].kind == tWord && !d.inQuote(j); j-- {
		w := d.toks[j].lower
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") {
			return true
		}
		if !auxAdv.has(w) && !d.adverbAt(j) && w != "yet" {
			return false
		}
	}
	return false
}

// negatedWhReport reports a negated "say" or "explain" with a wh-clause
// right after it: what the speaker left open is annotated as the
// statement ("did not say when", "would not say whether he will run").
func (d *doc) negatedWhReport(a *attribution) bool {
	if c := d.cueInfoAt(a.cue.s); c.lemma != "say" && c.lemma != "explain" && c.lemma != "indicate" {
		return false
	}
	return whWords.has(d.word(a.cue.e)) && !d.inQuote(a.cue.e) && d.negatedCue(a)
}

// negatedMention reports "did not mention X": the object of a negated
// "mention" is annotated as the statement, a noun phrase or a that-clause.
func (d *doc) negatedMention(a *attribution, fs int) bool {
	if d.scarceMention(a, fs) {
		return true // "made no mention of X" (mention_of.go)
	}
	if d.cueInfoAt(a.cue.s).lemma != "mention" || fs != a.cue.e || !d.negatedCue(a) {
		return false
	}
	w := d.word(fs)
	return w != "" && !badContentStart.has(w) && !whWords.has(w) && !d.inQuote(fs)
}

// negatedMentionEnd ends the object of "did not mention" before a comma or
// a subordinate clause: "did not mention Ruiz until the end of the speech",
// "did not mention her rival by name, but told ...".
func (d *doc) negatedMentionEnd(fwd rng) int {
	for k := fwd.s + 1; k < fwd.e; k++ {
		if d.inQuote(k) {
			continue
		}
		if le := d.mentionList(fwd, k); le > k {
			if clauseOpeners.has(d.word(le)) {
				return le
			}
			k = le - 1 // "did not mention God, religion or faith" (mention_list.go)
			continue
		}
		if d.punct(k) == "," || d.punct(k) == ";" || introSubordinators.has(d.word(k)) {
			return k
		}
	}
	return fwd.e
}

// attachQuotations handles quotations that no cue covers: a quotation-only
// sentence continues the previous statement of its paragraph; a quotation in
// a sentence without a cue right after a statement inherits its speaker.
func (d *doc) attachQuotations(atts []*attribution) []*attribution {
	covered := d.heldQuotations(atts)
	for _, qi := range d.titleQuotes {
		covered[qi] = true // a quoted name of an addressee, not a statement
	}
	// statements by paragraph, in order; room for the statements and one
	// continuation per quotation, so that out is allocated once
	var out []*attribution
	if n := len(atts) + len(d.quotes); n > 0 {
		out = make([]*attribution, 0, n)
	}
	ai := 0
	var last *attribution
	reach := -1 // last paragraph the current statement reaches through continuations
	for qi, q := range d.quotes {
		first := q.first()
		for ai < len(atts) && atts[ai].content[0].s <= first {
			out = append(out, atts[ai])
			// a statement nested in the content of the current one does
			// not replace it as the context
			if (last == nil || !last.contains(atts[ai].left)) && !d.forwardOnly(atts[ai]) {
				last = atts[ai]
				reach = -1
			}
			ai++
		}
		if covered[qi] || d.workTitle(first) || d.pullQuote(qi) || d.attributiveTitle(qi) { // pull_quote.go, attributive_title.go
			continue
		}
		if n := d.quotedCueFrame(q, d.sentOf[first], atts); n != nil {
			// Blinken “reiterated ...”: the subject's own statement (quoted_cue.go)
			covered[qi] = true
			out = append(out, n)
			last, reach = n, -1
			continue
		}
		if last != nil && last.cue.ok() && d.sentOf[first] == last.sent && first >= last.right && d.showTitleBefore(q.last()) {
			// “A,” he said on NBC’s “Meet the Press.” “B.”: the show is no
			// statement, and B continues A
			continue
		}
		si := d.sentOf[first]
		s := d.sents[si]
		words := d.countWords(first, q.last()+1)
		if last == nil || words < 1 || words < 3 && !d.shortSentenceQuote(q, s) {
			continue
		}
		lastPara := d.sents[last.sent].para
		if lastPara < s.para-1 {
			continue
		}
		onlyQuote := true
		for k := s.s; k < s.e; k++ {
			if !d.inQuote(k) && d.toks[k].kind == tWord {
				onlyQuote = false
				break
			}
		}
		if reach > lastPara {
			lastPara = reach
		}
		// a quotation-only sentence continues the statement of its paragraph;
		// a quotation-only paragraph continues a quoted statement just before
		if onlyQuote && d.otherPersonBetween(last, si) {
			continue // “A,” Tom said. Betsy shook her head. “B.”: B is not Tom's
		}
		if onlyQuote && (lastPara == s.para || lastPara == s.para-1 && d.hasQuote(last) && d.paraOnlyQuotes(s.para)) {
			target := last
			if target.partOf != nil && !d.hasQuote(target) && d.hasQuote(target.partOf) && !d.speechParticiple(target) {
				// “A,” she said, pointing to X. “B.”: B continues the statement
				target = target.partOf
			} else if !d.hasQuote(target) && !d.speechParticiple(target) {
				// “A,” said Ann Lee, who said X. “B.”: B continues A
				if q := d.quotedStatementOfSentence(out, target); q != nil {
					target = q
				}
			}
			for _, pt := range q.parts {
				target.content = append(target.content, rng{pt[0], pt[1] + 1})
			}
			covered[qi] = true
			reach = d.toks[q.last()].para
			continue
		}
		if !onlyQuote && lastPara != s.para {
			continue
		}
		if d.resumesQuotedStatement(last, q, si) {
			last.content = append(last.content, d.quotationContent(q)...)
			covered[qi] = true
			continue
		}
		if lastPara == s.para && d.ownSentenceQuote(q, s) {
			last.content = append(last.content, d.quotationContent(q)...)
			covered[qi] = true
			continue
		}
		if si == last.sent && d.quotedTailOfIndirect(last, q) {
			// he said that X, which “y.”: the lower-case quoted phrase
			// finishes the reported statement of its sentence
			c := &last.content[len(last.content)-1]
			c.e = q.last() + 1
			covered[qi] = true
			continue
		}
		if si == last.sent && first > last.right && d.coordinatedQuotation(q) {
			// “A,” she said, and “B.”: one statement
			last.content = append(last.content, d.quotationContent(q)...)
			covered[qi] = true
			continue
		}
		if !onlyQuote && si != last.sent && d.sentOf[last.content[len(last.content)-1].e-1] == si-1 && d.continuesInNextSentence(q, s) {
			// “A,” she said. Instead, “B.”: one statement when B's sentence
			// follows the one holding the end of A's statement
			last.content = append(last.content, d.quotationContent(q)...)
			covered[qi] = true
			continue
		}
		if d.capsOrLinkQuote(q) {
			continue // a heading or a web address (caps_link_quote.go)
		}
		reach = -1
		n := &attribution{sent: si, subj: noRange, name: noRange, title: noRange, cue: noRange, class: last.class, inherits: last, conf: 0.6}
		if onlyQuote {
			n.conf = 0.5
		}
		// a pronoun right before the quotation is the mention: "Moreover, he “raised ...”"
		if k := first - 1; k >= s.s && subjPronouns.has(d.word(k)) {
			n.subj, n.name = rng{k, k + 1}, rng{k, k + 1}
		}
		for _, pt := range q.parts {
			n.content = append(n.content, rng{pt[0], pt[1] + 1})
		}
		covered[qi] = true
		out = append(out, n)
		last = n
	}
	out = append(out, atts[ai:]...)
	return out
}

// resumesQuotedStatement reports whether quotation q resumes the quoted
// content of statement last after its frame in the same sentence: “The
// risk,” said Tom Lee, an economist at the bank, “is that we lose jobs.”
// The quotation follows a comma and ends the sentence: a quoted phrase
// inside an apposition (“who called it “savage” and left”) does not.
func (d *doc) resumesQuotedStatement(last *attribution, q quotation, si int) bool {
	if last.sent != si || !last.cue.ok() || len(last.content) != 1 || q.first() < last.right {
		return false
	}
	c := last.content[0]
	if c.e > last.cue.s || !d.isQuote(c.e-1) || d.punct(c.e-2) != "," {
		return false
	}
	if d.punct(q.first()-1) != "," || q.last()+1 != d.sents[si].e {
		return false
	}
	return true
}

// quotedStatementOfSentence returns the statement before target in target's
// sentence whose content is a quotation ("“A,” said Ann Lee, who said that
// C."), or nil.
func (d *doc) quotedStatementOfSentence(out []*attribution, target *attribution) *attribution {
	for i := len(out) - 1; i >= 0; i-- {
		o := out[i]
		if o == target {
			continue
		}
		if o.sent != target.sent {
			if o.sent < target.sent {
				return nil
			}
			continue
		}
		if d.hasQuote(o) && o.cue.ok() && o.cue.s < target.cue.s {
			return o
		}
	}
	return nil
}

// ownSentenceQuote reports whether quotation q is a whole sentence though
// the splitter kept it in sentence s: it opens s or follows an abbreviation
// ending the sentence before (", a student from Fresno, Calif. “..."), and
// ends with terminal punctuation before more text ("“...” He added ...").
// It goes on with the statement before it.
func (d *doc) ownSentenceQuote(q quotation, s sentence) bool {
	f, l := q.first(), q.last()
	if len(q.parts) != 1 || !q.closed || !isTerminal(d.punct(l-1)) {
		return false
	}
	if f != s.s && !(d.tokAt(f-1).kind == tWord && d.tokAt(f-1).abbr && strings.HasSuffix(d.tokAt(f-1).lower, ".")) {
		return false
	}
	return l+1 == s.e || d.startsSentence(l+1)
}

// shortSentenceQuote reports whether a quotation of one or two words is a
// sentence of its own ("“Big time.”"): it goes on with the statement before
// it like a longer one, unlike a quoted word inside a sentence.
func (d *doc) shortSentenceQuote(q quotation, s sentence) bool {
	return len(q.parts) == 1 && q.first() == s.s && q.last() == s.e-1 && q.closed && isTerminal(d.punct(q.last()-1))
}

// otherPersonBetween reports whether a sentence between statement last and
// sentence si opens with a proper name other than last's speaker: the
// quotation that follows is more likely that person's.
func (d *doc) otherPersonBetween(last *attribution, si int) bool {
	name := ""
	if last.name.ok() {
		name = strings.ToLower(d.text[d.toks[last.name.s].s:d.tokAt(last.name.e-1).e])
	}
	for j := last.sent + 1; j < si; j++ {
		np := d.sentenceSubject(j)
		if !np.ok() || d.inQuote(np.s) {
			continue
		}
		// the capitalised run that opens the subject: "Betsy Ebeling" of
		// "Betsy Ebeling shook her head"
		e := np.s
		for e < np.e && d.toks[e].kind == tWord && d.toks[e].upper {
			e++
		}
		if e-np.s < 2 && !(e-np.s == 1 && finiteVerb(d.word(e))) {
			continue
		}
		np.e = e
		w := strings.ToLower(d.text[d.toks[np.s].s:d.tokAt(np.e-1).e])
		if name == "" || !strings.Contains(name, w) && !strings.Contains(w, name) {
			return true
		}
	}
	return false
}

// workNouns name a work whose title may follow in quotation marks.
var workNouns = set("book", "memoir", "novel", "biography", "column", "essay", "article", "op-ed", "film", "documentary", "show", "program", "podcast", "song", "album", "play")

// workTitle reports a quotation opening at k that is the title of a work
// named just before it: "the author of “Destiny and Power,”", "his book
// “Backfire.”" It continues no statement.
func (d *doc) workTitle(k int) bool {
	switch d.word(k - 1) {
	case "book", "novel", "memoir", "biography":
		return true
	case "of":
		switch d.word(k - 2) {
		case "author", "co-author", "authors", "editor", "co-editor", "editors":
			return true
		}
	}
	return false
}

// speechParticiple reports a participle frame of a speech verb with a
// content of its own ("..., adding that X."): a quotation after it goes on
// with what it reports.
func (d *doc) speechParticiple(a *attribution) bool {
	if a.partOf == nil || !a.cue.ok() || len(a.content) == 0 {
		return false
	}
	c, ok := cueOf(d.word(a.cue.s))
	if d.notingAside(a) {
		return false // noting_aside.go
	}
	return ok && c.participle && (c.lemma == "add" || c.lemma == "say" || c.lemma == "note" || c.lemma == "explain" || c.lemma == "argue" || c.lemma == "insist" || c.lemma == "warn")
}

// paraOnlyQuotes reports whether paragraph p has no word outside quotations.
func (d *doc) paraOnlyQuotes(p int) bool {
	for k := d.paraS[p]; k < d.paraS[p+1]; k++ {
		if d.toks[k].kind == tWord && !d.inQuote(k) {
			return false
		}
	}
	return true
}

// setContent makes r, when not empty, a's only content: the rules that end
// their content themselves set it this way (an empty r leaves none).
func (a *attribution) setContent(r rng) {
	a.content = a.content[:0]
	if r.e > r.s {
		a.content = append(a.content, r)
	}
}

func (a *attribution) contains(k int) bool {
	for _, c := range a.content {
		if c.s <= k && k < c.e {
			return true
		}
	}
	return false
}

func (d *doc) hasQuote(a *attribution) bool {
	for _, c := range a.content {
		for k := c.s; k < c.e; k++ {
			if d.isQuote(k) {
				return true
			}
		}
	}
	return false
}

// contentOpensWithAdverb reports an adverb at j that opens a clause after an
// inverted frame's comma ("According to X, nearly half ...", "According to
// X, only 12 percent ..."): it belongs to the content; an adverb closed by
// its own comma ("..., however, ...") does not.
func (d *doc) contentOpensWithAdverb(j, limit int) bool {
	if j+1 >= limit || d.inQuote(j) || d.punct(j+1) == "," {
		return false
	}
	w := d.word(j)
	return (d.adverbAt(j) || approximators.has(w)) && !timeWords.has(w)
}

// timeAdjunctEnd returns the token after a short time adjunct at k ("on
// Sunday", "Sunday", "last week"), or k when there is none.
func (d *doc) timeAdjunctEnd(k, limit int) int {
	w := d.word(k)
	switch {
	case k+1 < limit && (w == "on" || w == "late" || w == "early") && timeWords.has(d.word(k+1)):
		return k + 2
	case k+1 < limit && (w == "last" || w == "this" || w == "next") && periodWords.has(d.word(k+1)):
		return k + 2
	case k < limit && timeWords.has(w) && !d.inQuote(k):
		return k + 1
	}
	return k
}

// gerundSubjectClause reports a clause whose subject is the gerund phrase
// at fs and whose verb is in the present tense: "say taxing consumption
// encourages savings", "said having Trump on the ticket puts them at risk".
// The verb follows a word of the gerund's object within a few words, before
// any comma. A plural noun passes for such a verb ("suggested reducing
// regulations as a step ..."); after a speech verb that gerund phrase is
// mostly the content too.
func (d *doc) gerundSubjectClause(fs, limit int) bool {
	for k := fs + 2; k < limit && k < fs+10; k++ {
		if d.toks[k].kind != tWord || d.inQuote(k) {
			return false
		}
		p := d.tokAt(k - 1)
		if d.mainVerb(k) && p.kind == tWord && !determiners.has(p.lower) && !adjunctPreps.has(p.lower) && !subjectPreps.has(p.lower) && p.lower != "to" && k+1 < limit && d.tokAt(k+1).kind == tWord {
			return true
		}
	}
	return false
}

// continuesInNextSentence reports a quotation of sentence s that goes on
// with the statement of the sentence before, though s has words outside it:
// a short opener (Instead, “...”), a subject word (It “falls on ...”), or
// words that end the quoted sentence (“... in support” of the plan.). The
// annotation makes one statement of the two. A quotation closed by a comma
// and followed by words is framed by them (“A,” a woman exclaimed); a longer
// clause before it, or one with a cue, makes it a statement of its own or a
// quoted phrase.
func (d *doc) continuesInNextSentence(q quotation, s sentence) bool {
	f, l := q.first(), q.last()
	if len(q.parts) != 1 || d.countWords(f, l+1) < 4 {
		return false
	}
	if w := d.word(l + 1); d.punct(l-1) == "," && l+1 < s.e && w != "" && w != "which" && w != "and" && w != "but" {
		return false // “A,” a woman exclaimed; not “A,” which ...
	}
	before := d.countWords(s.s, f)
	if before <= 1 && (before == 0 || d.toks[s.s].kind == tWord) {
		return before == 0 || cueInfoOf(d.word(s.s)).lemma == ""
	}
	if before > 7 || d.punct(f-1) != "," {
		return false
	}
	for k := s.s; k < f; k++ {
		if _, ok := cueOf(d.word(k)); ok {
			return false
		}
	}
	return true
}

// afterDashAside returns the start of the part of a content before a medial
// frame [s, e) that follows the last dash outside quotations ("... the
// incident - if the grab was as bad as she said, he said, why ..."): what
// the dash sets off is the writer's, and only the part after it belongs to
// the statement. A leading "and" or "but" after the dash goes too. It
// returns s when there is no such dash or nothing after it.
func (d *doc) afterDashAside(s, e int) int {
	k := -1
	for j := s + 1; j < e-1; j++ {
		if d.inQuote(j) || d.isQuote(j) {
			return s
		}
		if d.isDash(j) || d.punct(j) == "--" {
			k = j + 1
		}
	}
	if k < 0 {
		return s
	}
	if w := d.word(k); (w == "and" || w == "but") && k+1 < e {
		k++
	}
	if d.countWords(k, e) < 1 {
		return s
	}
	return k
}

// coordinatedQuotation reports a quotation joined by "and" or "or" to the
// quotation or frame before it (“A,” she said, and “B.”; called it “A” or
// “B”): it goes on with the same statement.
func (d *doc) coordinatedQuotation(q quotation) bool {
	f := q.first()
	k := f - 1
	if d.punct(k) == "," {
		k--
	}
	if w := d.word(k); w != "and" && w != "or" {
		return false
	}
	k--
	if d.punct(k) == "," {
		k--
	}
	return d.isQuote(k) && d.toks[k].qrole != qOpen || cueInfoOf(d.word(k)).lemma != ""
}

// maxAdjunctRun bounds the adjuncts between a cue and a content that
// contentAfterAdjuncts skips.
const maxAdjunctRun = 24

// contentAfterAdjuncts returns the start of a content that follows a run of
// adjuncts the forward rules cannot parse, set off by a comma: "said
// Thursday during a taping of a town hall in Buffalo, New York, that ...",
// "said pleasantly into the phone, “How are you?”"; or -1. The run holds no
// quotation and no sentence or clause break.
func (d *doc) contentAfterAdjuncts(a *attribution, fs, limit int) int {
	for x := fs; x < limit && x < a.cue.e+maxAdjunctRun; x++ {
		if d.toks[x].kind == tQuote || d.inQuote(x) {
			if x > a.cue.e && (d.punct(x-1) == "," || d.punct(x-1) == ":") && d.inQuote(x) && d.quotes[d.qidx[x]].first() == x {
				return x
			}
			return -1
		}
		if w := d.word(x); w == "but" || w == "and" || w == "yet" || w == "while" {
			return -1 // "she said, but despite the mood, “B,” said X": a new clause
		}
		switch p := d.punct(x); {
		case p == "," && x > a.cue.e && d.word(x+1) == "that":
			return x + 1
		case (p == "’" || p == "‘" || p == "'") && x+2 < limit && d.word(x+2) == "that" && x+1 < fs+8:
			return x + 2 // "said in ’08 that": an elided year
		case p == ";" || p == ":" && !d.isQuote(x+1) || isTerminal(p):
			return -1
		}
	}
	return -1
}

// subjectFallback finds subjects the rules above miss, ending at k before
// the cue: one behind a period phrase ("Sen. Jo Lee last week said") and
// two coordinated noun phrases opening the sentence ("The party's
// front-runner and former secretary of state said").
func (d *doc) subjectFallback(s sentence, k int) (subj, name, title rng) {
	if w := d.word(k - 1); periodWords.has(d.word(k)) && (w == "last" || w == "this" || w == "earlier") && k-2 >= s.s {
		if subj, name, title = d.subjectBefore(k-2, s.s); subj.ok() && d.opensClause(s, subj.s) {
			return subj, name, title
		}
	}
	if subj = d.coordinatedSubject(s, k); subj.ok() {
		return subj, noRange, noRange
	}
	if subj, name, title = d.commaAsideSubject(s, k); subj.ok() {
		return subj, name, title
	}
	if subj, name, title = d.whoClauseSubject(s, k); subj.ok() {
		return subj, name, title
	}
	// "Gov. Jo Lee (R-OH), said": a comma after the parenthesis
	if d.punct(k) == "," && d.punct(k-1) == ")" && k-1 > s.s {
		if subj, name, title = d.subjectBefore(k-1, s.s); subj.ok() && d.opensClause(s, subj.s) {
			subj.e = k
			return subj, name, title
		}
	}
	return noRange, noRange, noRange
}

// whoClauseSubject reads a subject with a "who" clause running to the cue
// ("Voters who heard him said"): the noun phrase before "who" opens its
// clause and at most eight words, none a comma, follow "who".
func (d *doc) whoClauseSubject(s sentence, k int) (subj, name, title rng) {
	subj, name, title = noRange, noRange, noRange
	for w := k; w > s.s+0 && w >= k-8 && d.toks[w].kind == tWord && !d.inQuote(w); w-- {
		lw := d.toks[w].lower
		if lw == "that" || lw == "which" || lw == "and" {
			return
		}
		if lw != "who" {
			continue
		}
		if w == k || !d.nounHead(w-1) {
			return
		}
		np := d.npBack(w-1, s.s)
		if !np.ok() || !d.opensClause(s, np.s) {
			return
		}
		name, title = d.splitName(np)
		return rng{np.s, k + 1}, name, title
	}
	return
}

// commaAsideSubject reads a subject whose "who" clause or proper name is
// followed by an aside between commas, the second comma at k before the
// cue ("Voters who heard him, on television or at rallies, said"; "Jo
// Kim, the mayor of a small town from 2001 to 2009, said"). The aside has
// no verb; the subject opens its clause.
func (d *doc) commaAsideSubject(s sentence, k int) (subj, name, title rng) {
	subj, name, title = noRange, noRange, noRange
	if d.punct(k) != "," || d.inQuote(k) {
		return
	}
	o := k - 1
	for o > s.s && o > k-16 && d.toks[o].kind == tWord && !d.inQuote(o) {
		w := d.toks[o].lower
		if clauseAux.has(w) || finiteVerb(w) || w == "who" || w == "which" || w == "that" {
			return
		}
		o--
	}
	if o <= s.s || o > k-3 || d.punct(o) != "," || d.inQuote(o) {
		return
	}
	// "Voters who heard him, ...": the relative clause runs to the aside
	for w := o - 1; w > s.s && w >= o-10 && d.toks[w].kind == tWord && !d.inQuote(w); w-- {
		if d.toks[w].lower != "who" {
			continue
		}
		if w+1 >= o || !d.nounHead(w-1) {
			return
		}
		np := d.npBack(w-1, s.s)
		if !np.ok() || !d.opensClause(s, np.s) {
			return
		}
		name, title = d.splitName(np)
		return rng{np.s, k}, name, title
	}
	return
}

// opensClause reports whether a subject starting at st opens its sentence,
// after at most a discourse word or a comma.
func (d *doc) opensClause(s sentence, st int) bool {
	return st == s.s || d.punct(st-1) == "," || st-1 == s.s && leadWords.has(d.word(s.s))
}

// coordinatedSubject returns the words from the start of the sentence s
// (after a lead word) or from a quotation ending a frame to k when they read as two noun phrases joined by
// "and": a determiner or a name first, no verb, no preposition right before
// the conjunction, at most 12 words; or noRange.
func (d *doc) coordinatedSubject(s sentence, k int) rng {
	st := k
	for st > s.s && st > k-12 && d.tokAt(st-1).kind == tWord && !d.inQuote(st-1) {
		st--
	}
	if st == s.s && leadWords.has(d.word(st)) && st < k {
		st++
	} else if st > s.s && !d.quoteEndsFrame(st-1) {
		return noRange // "“A,” the senator and candidate said"
	}
	if k-st+1 < 3 || k-st+1 > 12 {
		return noRange
	}
	first := d.toks[st]
	if first.kind != tWord || !(determiners.has(first.lower) || first.upper && !discourse.has(first.lower) || d.coordinatedRoleStart(st, k)) {
		return noRange // "co-founder and CEO Maya Patel" (role_coord_subject.go)
	}
	and := -1
	for x := st; x <= k; x++ {
		t := d.toks[x]
		if t.kind != tWord || d.inQuote(x) {
			return noRange
		}
		w := t.lower
		if w == "and" {
			if and >= 0 || x == st || x == k {
				return noRange
			}
			and = x
			continue
		}
		if x > st && subjPronouns.has(w) || clauseAux.has(w) || beForms.has(w) || finiteVerb(w) || whWords.has(w) || w == "that" || isAdverb(t) || w == "not" {
			return noRange
		}
	}
	if and < 0 || npStop.has(d.word(and-1)) || npStop.has(d.word(k)) || determiners.has(d.word(k)) {
		return noRange
	}
	return rng{st, k + 1}
}

// trailingSourceEnd returns the end of the source of an "according to" at
// i that closes its sentence after a comma or a dash ("..., according to
// state corporate records."): the words up to the final full stop, with no
// comma or quotation among them; or -1.
func (d *doc) trailingSourceEnd(i int, s sentence) int {
	if i-1 <= s.s || !(d.punct(i-1) == "," || d.isDash(i-1) || d.punct(i-1) == "--") {
		return -1
	}
	for k := i + 2; k < s.e && k < i+26; k++ {
		if d.toks[k].kind == tWord && !d.inQuote(k) {
			continue
		}
		if e := d.shortTitleEnd(k); e > k && e+1 < s.e {
			k = e // "according to the “Medicare for All” plan he released"
			continue
		}
		if isTerminal(d.punct(k)) && k > i+2 && (k+1 == s.e || k+2 == s.e && d.isQuote(k+1)) {
			return k
		}
		return -1
	}
	return -1
}

// participleAdjective reports an -ed form at j that modifies the noun phrase
// ending at i: between a determiner and the head ("the retired
// neurosurgeon", "an unnamed official").
func (d *doc) participleAdjective(j, i int) bool {
	w := d.word(j - 1)
	return j < i && (w == "the" || w == "a" || w == "an") && d.tokAt(j+1).kind == tWord
}

// bareSo reports "so" as the whole content right after a say cue: "half
// said so in the earlier poll", "he said so."
func (d *doc) bareSo(a *attribution, fs int) bool {
	if d.word(fs) != "so" || fs != a.cue.e || cueInfoOf(d.word(a.cue.s)).lemma != "say" {
		return false
	}
	n := d.word(fs + 1)
	return d.punct(fs+1) != "" || adjunctPreps.has(n) || timeWords.has(n)
}

// answerWord reports a content that is one answer word right after the cue
// ("“Is it fair?” 72 percent said yes"): the question before is not the
// content, the answer is.
func (d *doc) answerWord(a *attribution, fwd rng) bool {
	w := d.word(fwd.s)
	return fwd.s == a.cue.e && (w == "yes" || w == "no" || w == "so" && d.bareSo(a, fwd.s)) && (fwd.s+1 >= len(d.toks) || d.tokAt(fwd.s+1).kind == tPunct)
}

// toAddresseeLemmas take an addressee after "to" before their content:
// "wrote to the senator that ...", "explained to reporters that ...".
var toAddresseeLemmas = set("write", "explain", "complain", "admit", "confess", "boast", "mention",
	"insist", "declare", "concede", "acknowledge", "stress", "emphasize", "suggest", "report", "confide",
	"announce", "reveal", "disclose", "confirm",
	"assert", "proclaim", "remark", "joke", "quip", "brag", "shout", "yell", "exclaim",
	"lament", "whisper", "muse", "note")

// audienceNouns are bare plural addressees after "to": "asserted to
// reporters", "joked to supporters".
var audienceNouns = set("reporters", "supporters", "journalists", "voters", "lawmakers", "students",
	"donors", "viewers", "listeners", "readers", "delegates", "colleagues", "friends", "followers", "fans")

// addresseeAfterTo reports a "to" after the cue at i that opens an
// addressee, not an infinitive: a determiner, an object pronoun or a name
// follows it.
func (d *doc) addresseeAfterTo(i int, c cueInfo) bool {
	if !toAddresseeLemmas.has(c.lemma) || d.inQuote(i+2) {
		return false
	}
	w := d.word(i + 2)
	if w == "" {
		return false
	}
	return determiners.has(w) && w != "no" || objPronouns.has(w) || d.tokAt(i+2).upper && w != "i" || audienceNouns.has(w)
}

// prepInName reports "for" or "on" at j inside a capitalised name that
// ends at i: "the Center for American Progress", "the Committee on Foreign
// Relations".
func (d *doc) prepInName(j, i, lo int) bool {
	w := d.toks[j].lower
	return (w == "for" || w == "on") && j < i && j > lo && d.tokAt(j+1).upper && d.tokAt(j+1).kind == tWord &&
		d.tokAt(j-1).kind == tWord && d.tokAt(j-1).upper && !d.inQuote(j-1)
}

// titleAdjective reports an -ed adjective before a capitalised title or
// name at st: "retired Gen. John Allen".
func (d *doc) titleAdjective(st int) bool {
	w := d.toks[st].lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") && st+1 < len(d.toks) && d.tokAt(st+1).kind == tWord && d.tokAt(st+1).upper
}

// shortTitleEnd returns the closing mark of a short quotation opening at x
// that reads as a title ("The Apprentice," ”This Week”): closed, in one
// paragraph, at most six words and no sentence end inside; or -1.
func (d *doc) shortTitleEnd(x int) int {
	if !d.inQuote(x) || !d.isQuote(x) {
		return -1
	}
	q := d.quotes[d.qidx[x]]
	if q.first() != x || !q.closed || len(q.parts) != 1 || d.countWords(x, q.last()) > 6 {
		return -1
	}
	for y := x + 1; y < q.last(); y++ {
		if p := d.punct(y); isTerminal(p) || p == ";" || p == ":" {
			return -1
		}
	}
	return q.last()
}

// coordinatedInvertedEnd returns the end of a second noun phrase after the
// "and" at j that closes an inverted subject (at the sentence end, a comma
// or a quotation), or j.
func (d *doc) coordinatedInvertedEnd(j, e int) int {
	np := d.npFwd(j+1, e)
	if !np.ok() || !(np.e >= e || d.punct(np.e) == "," || isTerminal(d.punct(np.e)) || d.isQuote(np.e)) {
		return j
	}
	return np.e
}

// headlineAddresseeEnd returns the colon closing a headline's addressee or
// topic after the name ending at c ("Clinton to Planned Parenthood:",
// "Former AG Mukasey at RNC:", "Gillibrand on Hillary Releasing Her
// Speech Transcripts:"), or c.
func (d *doc) headlineAddresseeEnd(s sentence, c int) int {
	if w := d.word(c); w != "to" && w != "on" && w != "at" {
		return c
	}
	for x := c + 1; x < s.e && x < c+12; x++ {
		if d.punct(x) == ":" {
			if x > c+1 {
				return x
			}
			return c
		}
		if d.toks[x].kind != tWord || d.inQuote(x) {
			return c
		}
	}
	return c
}

// likelyFrame words sit between a subject and "likely to say": "are
// slightly more likely", "were far less likely".
var likelyFrame = set("more", "less", "most", "least", "slightly", "generally", "much", "far",
	"somewhat", "significantly", "twice", "as", "also", "are", "were", "is", "was", "be", "still", "even")

// likelyStart returns the token before the words leading to "likely" at j.
func (d *doc) likelyStart(j, lo int) int {
	k := j - 1
	for k > lo && likelyFrame.has(d.word(k)) {
		k--
	}
	return k
}

// trailingAsFrame reports a frame after ", as" ("..., as Smith noted"), whose content is the clause before it: an
// as-clause gaps the cue's object.
func (d *doc) trailingAsFrame(a *attribution, lo int) bool {
	b := a.left
	if a.inverted || !a.subj.ok() || d.word(b-1) != "as" || d.inQuote(b-1) {
		return false
	}
	if d.punct(b-2) != "," {
		return false // between dashes the frame is medial: "X -- as aides noted -- did Y"
	}
	if w := d.word(b - 3); w == "which" || w == "who" || w == "that" {
		return false // "..., which, as Smith noted, ...": a medial frame in a relative clause
	}
	if a.class != cueSpeech && a.class != cueTell {
		return false
	}
	return d.countWords(max(lo, d.sents[a.sent].s), b-2) >= 4
}

// relativeAfterInverted reports a relative clause after the subject of an
// inverted frame that follows a clause and a comma: "The bill is dead,
// said two aides who spoke on condition of anonymity."
func (d *doc) relativeAfterInverted(s sentence, k, after int) bool {
	if w := d.word(after); w != "who" && w != "whose" {
		return false
	}
	return k-s.s >= 4 && !d.inQuote(k-1) && d.looksClause(s.s, k)
}

// quotedObject reports a quotation at j that a preposition's noun phrase
// runs into: "after a brief “Sorry”", "with the words “Never again”".
func (d *doc) quotedObject(j int) bool {
	t := d.tokAt(j - 1)
	if t.kind != tWord || t.upper || t.lower == "that" || timeWords.has(t.lower) || periodWords.has(t.lower) {
		return false
	}
	for k := j - 1; k > j-5 && d.toks[k].kind == tWord; k-- {
		if adjunctPreps.has(d.toks[k].lower) {
			return true
		}
	}
	return false
}

// quoteSubject returns the words between a quotation closed by a comma and
// the cue whose subject ends at k, when the noun phrase rules cannot read
// them: "“A,” a narrator in the ad says", "“A,” experts Al Ross and Bo Kim
// wrote in May". Nothing clause-like may follow the cue; or noRange.
func (d *doc) quoteSubject(s sentence, k, cueEnd int) rng {
	st := k
	for st > s.s && st > k-16 && (d.tokAt(st-1).kind == tWord || d.punct(st-1) == ",") && !d.inQuote(st-1) {
		st--
	}
	if st <= s.s || !d.quoteEndsFrame(st-1) || d.punct(st-2) != "," || d.toks[st].kind != tWord || d.showTitleBefore(st-1) {
		return noRange
	}
	// "“A,” Jo Kim, the analyst who founded the site tweeted": after a
	// name and a comma, a relative clause may hold verbs
	rel := false
	for x := st; x <= k; x++ {
		t := d.toks[x]
		w := t.lower
		if t.kind != tWord {
			if x == st+1 || !d.toks[st].upper {
				return noRange
			}
			continue
		}
		if (w == "who" || w == "whose") && x > st+2 && d.punct(x-1) != "," && d.hasPunctIn(st, x, ",") {
			rel = true
			continue
		}
		if rel {
			continue
		}
		if clauseAux.has(w) || finiteVerb(w) || subjPronouns.has(w) || whWords.has(w) || clauseStops.has(w) || w == "not" {
			return noRange
		}
		if _, cue := cueOf(w); cue && !t.upper && !nounish.has(w) && !anonymousHeads.has(w) {
			return noRange
		}
	}
	if e := cueEnd; !(e >= s.e || isTerminal(d.punct(e)) || d.punct(e) == "," || adjunctPreps.has(d.word(e)) || timeWords.has(d.word(e))) {
		return noRange
	}
	return rng{st, k + 1}
}

// trailingCoordinatedSubject returns a coordinated subject after a clause
// and a comma, ending at k, of a cue at the end of the sentence (after at
// most a short object): "The firm lied, she and a colleague said.",
// "..., teachers and union officials told the paper."; or noRange.
func (d *doc) trailingCoordinatedSubject(s sentence, k, cueEnd int) rng {
	e := cueEnd
	for e < s.e && e < cueEnd+3 && d.toks[e].kind == tWord && !d.inQuote(e) {
		e++
	}
	if !(e >= s.e || isTerminal(d.punct(e))) {
		return noRange
	}
	st := k
	for st > s.s && st > k-8 && d.tokAt(st-1).kind == tWord && !d.inQuote(st-1) {
		st--
	}
	if d.punct(st-1) != "," || st-1-s.s < 4 || !d.looksClause(s.s, st-1) && !d.frontedClauseBefore(s.s, st-1) {
		return noRange
	}
	and := 0
	for x := st; x <= k; x++ {
		t := d.toks[x]
		w := t.lower
		if w == "and" {
			if x == st || x == k {
				return noRange
			}
			and++
			continue
		}
		if x > st && subjPronouns.has(w) || clauseAux.has(w) || finiteVerb(w) || whWords.has(w) || w == "that" || w == "not" || isAdverb(t) {
			return noRange
		}
	}
	if and != 1 {
		return noRange
	}
	return rng{st, k + 1}
}

// nameOnlyTail reports a cue's object that is only a short name running to
// the end of the content: "..., Kennedy wrote Linick." names the addressee.
func (d *doc) nameOnlyTail(fs, limit int) bool {
	if limit-fs > 3 || fs >= limit {
		return false
	}
	for x := fs; x < limit; x++ {
		if t := d.toks[x]; t.kind != tWord || !t.upper || d.inQuote(x) {
			return false
		}
	}
	return true
}

// loneSubjects are pronoun-like determiners that make a whole inverted
// subject: "“A,” wrote another.", "“B,” said one."
var loneSubjects = set("another", "others", "one", "many", "several", "both")

// auxAsName reports a capitalised auxiliary right after a quotation or a
// comma, before the cue: a name ("“A,” Will wrote"), not a verb.
func (d *doc) auxAsName(k int, s sentence) bool {
	t := d.toks[k]
	return t.upper && k > s.s && (d.quoteEndsFrame(k-1) || d.punct(k-1) == ",") && d.tokAt(k+1).kind == tWord && !d.tokAt(k+1).upper && clauseAux.has(t.lower)
}

// oneWordReplies make a whole statement before a frame: "Sorry, Lee said."
var oneWordReplies = set("sorry", "yes", "no", "absolutely", "exactly", "nonsense", "nope", "thanks", "wrong", "agreed", "true", "false", "never", "okay")

// hasPunctIn reports the punctuation p in [s, e).
func (d *doc) hasPunctIn(s, e int, p string) bool {
	for x := s; x < e; x++ {
		if d.punct(x) == p {
			return true
		}
	}
	return false
}

// quotedTailOfIndirect reports whether quotation q, later in the sentence
// of the reported statement last (cue first), is a lower-case phrase that
// carries on that statement: "Ann said that X, but is now “the worst
// thing.”", "said Y “was involved” and shared in “regret.”". A colon or
// semicolon before q (a new statement) does not count.
func (d *doc) quotedTailOfIndirect(last *attribution, q quotation) bool {
	if !last.cue.ok() || len(last.content) != 1 || len(q.parts) != 1 {
		return false
	}
	c := last.content[0]
	f := q.first()
	if c.s < last.cue.e || f < c.e || f-c.e > maxAdjunctRun {
		return false
	}
	w := f
	if d.isQuote(w) {
		w++
	}
	if w >= len(d.toks) || d.toks[w].kind != tWord || d.toks[w].upper {
		return false
	}
	for k := c.e; k < f; k++ {
		if p := d.punct(k); p == ":" || p == ";" || d.isQuote(k) {
			return false
		}
	}
	return true
}

// accordingFrame fills the rest of an "according to" frame a whose cue is
// set, with its source np: the inverted subject and its apposition, and a
// participle aside after the source ("According to the lawsuit, filed
// Tuesday, ...", according_participle.go). Also "Per X, ..." (per_source.go).
func (d *doc) accordingFrame(a *attribution, s sentence, np rng) {
	a.subj, a.inverted = np, true
	a.left, a.right = a.cue.s, np.e
	a.name, a.title = d.apposition(np, s.e)
	if x := d.accordingParticipleEnd(a, s); x > 0 {
		a.right = x
	}
}
