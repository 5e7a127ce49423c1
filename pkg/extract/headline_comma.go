package extract

// Headlines join two verb phrases of one subject with a comma: the subject
// does one thing and, after the comma, says another. headlineCommaAt reads
// that shape, "NAME VERB ..., CUE CLAUSE", in the article's first sentence,
// and three readings rest on it. All are inference only: the candidates
// train as before (the headline rules are off in training). Sessions 21
// and 22, hand-written probes.
//
// The first verb is a cue too: "Lee defends budget, says cuts are needed",
// "Lee urges calm, says police will act" (headlineCommaSubject). The
// second cue's subject finder read back over the comma and took the whole
// first clause for its subject ("Lee defends budget" said "cuts are
// needed"), and the first frame's content could run on over the comma
// ("urges [says police will act]"). The design gold annotates both verbs
// of such a headline with the one subject ("Spurns offer, blasts ...",
// "slams Trump, praises Clinton"). Once the headline's contents are
// filled, a frame whose cue follows the comma and whose subject spans an
// earlier frame's cue takes that earlier frame's subject, when both cues
// are finite verbs in the same form ("defends ..., says"; "defended ...,
// said"), and the earlier frame's content ends at the comma (or, when it
// began after it, is the words before the comma). A verbless clause after
// "says" ("Trump vows tariffs on China, says deal 'dead'") first becomes
// the content of a plain frame (smallClauseAfterSays). No train or dev
// prediction changes (the rule lands on its tests), nor for the verbless
// clause.
//
// The first verb is no cue: "Fed holds rates steady, signals two cuts this
// year" (headlineCommaFirstVerb). With no first frame to lend its subject,
// the second cue's subject finder read back over the comma ("Fed holds
// rates steady" said ...) or found no subject at all. When the name has
// one to five words ("Bank of Japan"), the first verb is in the cue's
// finite form and at most six words stand between it and the comma, the
// speech cue after the comma is framed with the name as its subject and
// rule-accepted, as "X Backs Y And Denounces Z" is (headline_stance.go).
// No train statement changes (one known-failure probe moved).
//
// The cue is "says" and the clause after it ends the headline: "RBI keeps
// repo rate unchanged, says inflation risks remain", "Kishida to step
// down, says party needs new face" (headlineCommaSays). The inverted
// reading ("..., says minister") took the clause for the speaker
// ("inflation risks remain" said "RBI keeps repo rate unchanged"). When
// the words after "says" read as a clause (headlineClause) and the name
// has one to four words, the name speaks and the clause is the content;
// a noun phrase after "says" ("..., says minister") keeps the inverted
// reading. No train prediction changes; 19 headline probes.

// headlineComma is the article's first sentence read as "NAME VERB ...,
// CUE CLAUSE".
type headlineComma struct {
	name    rng  // the opening name ("Fed", "Bank of Japan"); noRange when none
	verb    int  // the first verb, right after the name; -1 when none
	verbCue bool // the first verb is a cue ("defends", not "holds")
	comma   int  // the comma before the cue
	cue     int  // the second verb, after the comma
	clause  rng  // the words after the cue to the headline's end, without its final stop
}

// headlineCommaAt reads the headline s around a word at cue that follows a
// comma, both outside quotations; false in any other sentence or place and
// in training. The name is the run of capitalised words that opens the
// headline, across "of" ("Bank of Japan"), and the first verb the
// lower-case word right after it; a title-case headline has neither.
func (d *doc) headlineCommaAt(s sentence, cue int) (headlineComma, bool) {
	comma := cue - 1
	if d.training || s.para != 0 || len(d.sents) == 0 || s.s != d.sents[0].s || d.punct(comma) != "," || d.inQuote(comma) || d.inQuote(cue) {
		return headlineComma{}, false
	}
	hc := headlineComma{name: noRange, verb: -1, comma: comma, cue: cue, clause: rng{cue + 1, s.e}}
	if hc.clause.e > hc.clause.s && isTerminal(d.punct(hc.clause.e-1)) {
		hc.clause.e--
	}
	e := d.capitalRunEnd(s.s, comma)
	for e > s.s && d.word(e) == "of" && d.tokAt(e+1).upper {
		e = d.capitalRunEnd(e+1, comma)
	}
	if v := d.word(e); e > s.s && v != "" && !d.tokAt(e).upper && !d.inQuote(e) {
		hc.name, hc.verb = rng{s.s, e}, e
		_, hc.verbCue = cueOf(v)
	}
	return hc, true
}

// nameWords returns the number of words of the opening name, 0 for none.
func (hc headlineComma) nameWords() int { return hc.name.e - hc.name.s }

// sameFiniteForm reports two finite verbs in the same form: both in -s
// ("defends", "says") or both past ("defended", "said").
func sameFiniteForm(v, w string) bool {
	s := func(x string) bool { return len(x) > 2 && x[len(x)-1] == 's' && x[len(x)-2] != 's' }
	return s(v) && s(w) || finiteVerb(v) && finiteVerb(w)
}

// headlineCommaFrames re-reads the frames of the sentence s, once their
// contents are filled, when s is a headline of the shape: a second cue
// takes the first cue's subject, then an inverted "says" with a clause
// after it is the opening name's.
func (d *doc) headlineCommaFrames(s sentence, frames []*attribution) {
	d.headlineCommaSubject(s, frames)
	d.headlineCommaSays(s, frames)
}

// headlineCommaSubject gives the second cue of the headline s the subject
// of its first cue (see the file comment).
func (d *doc) headlineCommaSubject(s sentence, frames []*attribution) {
	for j := 1; j < len(frames); j++ {
		nx := frames[j]
		if !nx.cue.ok() {
			continue
		}
		hc, ok := d.headlineCommaAt(s, nx.cue.s)
		if !ok {
			continue
		}
		d.smallClauseAfterSays(nx)
		if nx.inverted || !nx.subj.ok() || nx.partOf != nil {
			continue
		}
		if a := d.firstCueFrame(s, hc, nx, frames[:j]); a != nil {
			nx.subj, nx.name, nx.title = a.subj, a.name, a.title
			a.endContentAt(hc.comma)
		}
	}
}

// firstCueFrame returns the frame of the headline's first verb when that
// verb is a cue in the same form as the second: the last of the earlier
// frames whose subject opens the headline, whose cue ends before the comma
// and lies inside the subject that nx read back over the comma; nil if
// there is none or its cue is in another form. The name is that frame's
// subject, not hc.name: the subject finder reads openings the capital run
// does not ("Police chief defends ...", "Lee again defends ...").
func (d *doc) firstCueFrame(s sentence, hc headlineComma, nx *attribution, earlier []*attribution) *attribution {
	for i := len(earlier) - 1; i >= 0; i-- {
		a := earlier[i]
		if a.inverted || !a.cue.ok() || !a.subj.ok() || a.subj.s != s.s || nx.subj.s > a.subj.s || nx.subj.e <= a.cue.s || a.cue.e > hc.comma {
			continue
		}
		if !sameFiniteForm(d.word(a.cue.s), d.word(hc.cue)) {
			return nil
		}
		return a
	}
	return nil
}

// endContentAt ends the content of the first verb's frame a at the comma:
// it is the words between the cue and the comma when it began after the
// comma ("urges calm, says ..."), else each range is cut at the comma.
func (a *attribution) endContentAt(comma int) {
	if len(a.content) > 0 && a.content[0].s > comma && a.cue.e < comma {
		a.content = append(a.content[:0], rng{a.cue.e, comma})
	}
	for k := range a.content {
		if c := &a.content[k]; c.s < comma && c.e > comma {
			c.e = comma
		}
	}
}

// smallClauseAfterSays reads "…, says deal 'dead'" of a headline as the
// subject-less second verb with a verbless clause, not as the deal saying
// "dead": an inverted frame whose subject is one lower-case noun phrase
// right after the cue and before the quotation that is its content (the
// headline's "Trump vows tariffs on China, says deal 'dead'" gave the
// speaker "deal"). The noun phrase joins the content and the frame is
// made plain, for headlineCommaSubject to give it the first verb's
// subject. a's cue follows the headline's comma (headlineCommaAt).
func (d *doc) smallClauseAfterSays(a *attribution) {
	if !a.inverted || !a.subj.ok() || a.subj.s != a.cue.e || len(a.content) != 1 {
		return
	}
	c := a.content[0]
	if c.s != a.subj.e || !d.isQuote(c.s) || d.tokAt(a.subj.s).upper || cueInfoOf(d.word(a.cue.s)).lemma != "say" {
		return
	}
	for k := a.subj.s; k < a.subj.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || t.upper {
			return
		}
	}
	a.content[0].s = a.subj.s
	a.inverted = false
	// the words before the comma, as a plain frame's subject finder reads
	// them: headlineCommaSubject gives it the first frame's subject
	a.subj, a.name, a.title = rng{d.sents[a.sent].s, a.cue.s - 1}, noRange, noRange
}

// headlineCommaFirstVerb returns the first verb of the headline s when the
// speech cue at i follows the comma and that verb is no cue (see the file
// comment), or -1.
func (d *doc) headlineCommaFirstVerb(s sentence, i int) int {
	if i+1 >= s.e {
		return -1
	}
	hc, ok := d.headlineCommaAt(s, i)
	// a cue first ("Lee defends budget, says ...") is headlineCommaSubject's
	if !ok || hc.verb < 0 || hc.verbCue || hc.nameWords() > 5 {
		return -1
	}
	w := d.word(i)
	if c, cue := cueOf(w); !cue || c.participle || c.class == cueBelief || !sameFiniteForm(d.word(hc.verb), w) {
		return -1
	}
	if n := hc.comma - (hc.verb + 1); n < 1 || n > 6 {
		return -1
	}
	for k := hc.verb + 1; k < hc.comma; k++ {
		if d.tokAt(k).kind != tWord || d.inQuote(k) {
			return -1
		}
	}
	return hc.verb
}

// headlineCommaSays re-reads the inverted "says" frames of the headline s
// whose subject is the clause that ends it (see the file comment): the
// opening name speaks and the clause is the content.
func (d *doc) headlineCommaSays(s sentence, frames []*attribution) {
	for _, a := range frames {
		if !a.inverted || !a.subj.ok() {
			continue
		}
		if w := d.word(a.cue.s); w != "says" && w != "said" {
			continue
		}
		// the subject is the clause, with or without the headline's final stop
		hc, ok := d.headlineCommaAt(s, a.cue.s)
		if !ok || hc.verb < 0 || hc.nameWords() > 4 || a.subj.s != a.cue.e || a.subj.e != hc.clause.e && a.subj.e != s.e || !d.headlineClause(a.subj) {
			continue
		}
		clause := a.subj
		a.content = d.appendContent(a.content[:0], clause)
		a.subj, a.name, a.title, a.inverted = hc.name, hc.name, noRange, false
		a.left, a.right = hc.name.s, clause.e
	}
}

// headlineClause reports words that read as a clause: three or more, with
// an auxiliary, a past verb or a verb in -s after the first and before the
// last ("party needs new face", "inflation risks remain").
func (d *doc) headlineClause(r rng) bool {
	if r.e-r.s < 3 {
		return false
	}
	for k := r.s + 1; k < r.e-1; k++ {
		w := d.word(k)
		if w == "" || d.tokAt(k).upper {
			return false
		}
		if clauseAux.has(w) || finiteVerb(w) || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' {
			return true
		}
	}
	return false
}
