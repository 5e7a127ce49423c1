package extract

import "strings"

// postVerbFrame recognises a quotation that opens its sentence, ends with a
// comma, question or exclamation mark, and is followed by its speaker and a
// verb that data/cues.txt does not list: “…,” Lee shot back. / “…,” she
// went on. / “…,” beamed Ann Ortiz of Mobile. / “…!” the crowd cried out.
// The verb may take a particle and an adjunct ("shot back with a laugh",
// "exclaimed upon seeing him") but no object: “Dallas,” Lee visited twice
// is no statement. The frame is built at inference only and accepted by
// rule (attribution.ruleAccepted): the shape is a report of speech in news
// text whatever its verb, and as a cue each new verb's few candidates
// would shift the accept model's weights for the other statements. On
// train (held-out folds, seed 0) all 22 of its finds match an annotated
// statement, 10 of them direct quotations nothing else predicted.
func (d *doc) postVerbFrame(q quotation) *attribution {
	if d.training {
		return nil
	}
	subj, v, inverted := d.postVerbShape(q)
	if v < 0 {
		return nil
	}
	a := &attribution{sent: d.sentOf[v], cue: rng{v, v + 1}, cueText: d.word(v), class: cueSpeech,
		subj: subj, inverted: inverted, conf: postVerbConf, ruleAccepted: true}
	if sp, n := d.cameReplySpeaker(subj, v); sp.ok() {
		a.subj, a.cue, a.cueText = sp, rng{n, n + 1}, d.word(n) // "came the reply from the club" (linking_phrase.go)
		subj = sp
	}
	a.left, a.right = min(subj.s, v), max(subj.e, v+1)
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	if r := d.resumedQuote(v + 1); r >= 0 {
		a.content = append(a.content, d.quotationContent(d.quotes[r])...) // interrupted_quote.go
	}
	return a
}

// postVerbShape finds the speaker and the verb of postVerbFrame after the
// quotation q; v < 0 if there are none.
func (d *doc) postVerbShape(q quotation) (subj rng, v int, inverted bool) {
	v = -1
	if len(q.parts) != 1 || !q.closed {
		return
	}
	first, last := q.first(), q.last()
	if !d.opensSentenceAt(first) || d.countWords(first, last) < 1 {
		return
	}
	k := last + 1
	if p := d.punct(last - 1); p != "," && p != "?" && p != "!" && !d.isDash(last-1) {
		if !d.interruptingDash(last) {
			return
		}
		k++ // "“It was” — he paused — “…”" (interrupted_quote.go)
	}
	if k >= len(d.toks) || d.toks[k].para != d.toks[last].para || d.toks[k].kind != tWord || d.inQuote(k) {
		return
	}
	s := d.sents[d.sentOf[k]]
	if postVerbForm(d.toks[k], true) {
		// “…,” beamed Ann Ortiz: a name or a noun phrase after the verb
		np := d.npFwd(k+1, s.e)
		if np.ok() && d.toks[np.s].upper && !d.isProperName(np) {
			x := np.s // "beamed Tom Hart of Mobile": the name before "of"
			for x < np.e && d.toks[x].upper {
				x++
			}
			np.e = x
		}
		if !np.ok() || np.s != k+1 || np.e-np.s > 7 || !(d.isProperName(np) || determiners.has(d.word(np.s))) {
			return
		}
		subj, v, inverted = np, k, true
	} else {
		subj, v = d.postVerbSubject(k, s.e)
		if v < 0 {
			return
		}
	}
	// the verb's particles, then the end of the clause: no object (after
	// an inverted subject, its apposition may follow)
	e := v + 1
	for postVerbParticles.has(d.word(e)) {
		e++
	}
	if !inverted && !d.postVerbTail(e, s.e) && d.resumedQuote(e) < 0 && !captionVerbs.has(d.word(v)) {
		return noRange, -1, false
	}
	return subj, v, inverted
}

// postVerbConf is the rule's confidence: its finds on train all match, but
// they are few; it stays below the cue frames' usual confidence so that an
// overlapping statement of a cue keeps the content.
const postVerbConf = 0.8

// opensSentenceAt reports a token that opens its paragraph or follows a
// finished sentence.
func (d *doc) opensSentenceAt(f int) bool {
	return f == d.paraS[d.toks[f].para] || isTerminal(d.punct(f-1)) || d.isQuote(f-1) && !d.inQuote(f-1) && isTerminal(d.punct(f-2))
}

// postVerbSubject finds the speaker and the verb after a quotation at k: a
// subject pronoun, a proper name or a noun phrase opened by a determiner,
// then an optional adverb and the verb. It returns v < 0 if there is none.
func (d *doc) postVerbSubject(k, e int) (subj rng, v int) {
	w := d.word(k)
	switch {
	case subjPronouns.has(w) && w != "it" && w != "you":
		subj = rng{k, k + 1}
	case d.toks[k].upper || determiners.has(w):
		x := k + 1
		for x < e && x < k+7 && d.toks[x].kind == tWord && !d.inQuote(x) && !postVerbForm(d.toks[x], d.tokAt(x-1).upper) && !postVerbSubjectStop.has(d.toks[x].lower) {
			x++
		}
		subj = rng{k, x}
		if !d.isProperName(subj) && !determiners.has(w) {
			return noRange, -1
		}
	default:
		return noRange, -1
	}
	v = subj.e
	if d.adverbAt(min(v, len(d.toks)-1)) || d.word(v) == "then" {
		v++
	}
	if v >= e || !postVerbForm(d.toks[v], subj.e-subj.s == 1 && (w == "he" || w == "she") || d.isProperName(subj)) {
		return noRange, -1
	}
	return subj, v
}

// postVerbForm reports a lower-case word that reads as a finite verb: a
// past tense, or with present (an -s form after a name or he/she).
func postVerbForm(t token, present bool) bool {
	if t.kind != tWord || t.upper {
		return false
	}
	w := t.lower
	if postVerbSubjectStop.has(w) {
		return false
	}
	if finiteVerb(w) || irregularPasts.has(w) {
		return true
	}
	return present && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// postVerbTail reports the rest of the clause after the verb: its end, or
// an adjunct (a preposition, an adverb, a day) that ends within a few
// words, or a comma and a participle ("cried out, booing").
func (d *doc) postVerbTail(j, e int) bool {
	if j >= e || isTerminal(d.punct(j)) {
		return true
	}
	w := d.word(j)
	if d.punct(j) == "," {
		w = d.word(j + 1)
		if !strings.HasSuffix(w, "ing") {
			return false
		}
	} else if !postVerbAdjuncts.has(w) && !d.adverbAt(j) && !weekdayNames.has(w) {
		return false
	}
	for x := j; x < e; x++ {
		if d.isQuote(x) || x >= j+12 {
			return false
		}
		if d.punct(x) == ";" || d.punct(x) == ":" {
			return false
		}
	}
	return true
}

var postVerbParticles = set("back", "on", "out", "up", "in", "off", "again")

var postVerbAdjuncts = set("with", "to", "at", "on", "in", "upon", "before", "after", "during", "while", "from",
	"as", "into", "over", "then", "later", "again", "today", "yesterday", "tonight", "last", "this", "when")

// postVerbSubjectStop end a subject scanned before the verb: a relative
// clause or a conjunction makes the words after the quotation no plain
// "speaker verb".
var postVerbSubjectStop = set("that", "who", "which", "and", "or", "but", "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "can", "did", "does", "do")

// postposedQuoteStatement reports a speech frame of a cue in the shape of
// postVerbFrame: its content one quotation that opens the sentence, its
// speaker and cue right after it ("“Oh, my God,” a woman exclaimed upon
// seeing him."). At inference it is kept whatever the accept model says
// (keptUnscored): the shape is a report of speech whatever the words.
func (d *doc) postposedQuoteStatement(a *attribution) bool {
	if a.class != cueSpeech || !a.cue.ok() || a.cue.e-a.cue.s != 1 || len(a.content) != 1 {
		return false
	}
	c := a.content[0]
	if !d.isQuote(c.s) || !d.inQuote(c.s) {
		return false
	}
	q := d.quotes[d.qidx[c.s]]
	if q.first() != c.s || q.last() != c.e-1 {
		return false
	}
	_, v, _ := d.postVerbShape(q)
	return v == a.cue.s
}
