package extract

import "strings"

// A statement whose speaker mention lies in the phrase that opens its
// sentence: "Unlike most of his rivals, Lee stuck to the script, noting
// ...", "In response to the speech, former CEO Jane Fox opened up on
// Twitter, reminding ...", "Since her op-ed in May, she has tacked to the
// left, criticizing ...", "Walking to the next house, Ebeling talked about
// her days, and said ...". A participle or a coordinated verb takes the
// sentence's first noun phrase for its subject (sentenceSubject), and an
// introduction the intro finder does not know ("Unlike", "In response to",
// a participle, a subject opening in lower case) gives a noun of the
// introduction. The speaker is the subject after the introduction. At
// inference, after the accept model, the mention and the refined-pass
// speaker are that subject (speaker_subject.go); the frames keep the
// subjects the models were trained with, so statements do not change.
// Session 23, train design docs: mentions 14 right, none wrong (13 docs);
// subjects without a capital or determiner ("In lieu of flowers, please
// send"), a list ("For many gays, lesbians and ...") and a present verb
// read as a noun ("Perez lobbies for") are left.

// introOpeners open an introductory phrase before a sentence's subject.
var introOpeners = set("unlike", "despite", "since", "after", "before", "while", "when", "although",
	"though", "as", "because", "like", "with", "without", "amid", "following", "in", "at", "on",
	"during", "from", "for", "over", "under", "by", "through", "throughout", "within", "upon",
	"instead", "besides", "beyond", "given", "once", "unless", "until", "if", "asked", "also", "even")

// introOwner returns the subject after the introduction that holds frame
// a's speaker mention, or noRange. Inference only.
func (d *doc) introOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() {
		return noRange
	}
	r := mentionRange(a)
	s := d.sents[a.sent]
	if !r.ok() || r.s < s.s || r.e > a.cue.s-2 {
		// the introduction's comma comes at or after the mention's end
		// and a subject after it before the cue: not "Lee said" (the
		// common case, which ends here without the walks below)
		return noRange
	}
	st := s.s
	for st < r.s && (d.word(st) == "but" || d.word(st) == "and" || d.word(st) == "so" || d.word(st) == "yet") {
		st++
	}
	if d.inQuote(st) {
		return noRange
	}
	c := -1
	if d.introOpensAt(st) {
		c = d.introComma(st, a.cue.s)
	} else {
		c = d.timeIntroEnd(st, a.cue.s) // "The day before, at a rally ..."
	}
	if c < 0 || r.e > c {
		return noRange // the mention is no part of the introduction
	}
	// further introductions: "The day before, at a rally in Waco, Tex., Mr. Lee"
	for iter := 0; iter < 2; iter++ {
		x := c + 1
		if x < a.cue.s && d.tokAt(x).upper && d.tokAt(x).abbr && d.punct(x+1) == "," {
			c = x + 1 // a state after a place: "in Waco, Tex.,"
			continue
		}
		if d.tokAt(c-1).upper && !d.tokAt(c-1).abbr && d.tokAt(x).upper && !d.tokAt(x).abbr && d.tokAt(x+1).upper && !d.tokAt(x+1).abbr && d.punct(x+2) == "," && x+3 < a.cue.s {
			c = x + 2 // "in Salem, New Hampshire,"
			continue
		}
		if !adjunctPreps.has(d.word(x)) && !periodWords.has(d.word(x)) {
			break
		}
		n := d.introComma(x, a.cue.s)
		if n < 0 {
			break
		}
		c = n
	}
	return d.subjectFrom(c+1, a)
}

// subjectFrom returns the subject that opens a clause at x, before frame
// a's cue and followed by its verb, or noRange.
func (d *doc) subjectFrom(x int, a *attribution) rng { return d.subjectFromTo(x, a.cue.s) }

// subjectFromTo returns the subject that opens a clause at x, followed by
// its verb before k, or noRange.
func (d *doc) subjectFromTo(x, k int) rng {
	if x >= k || d.tokAt(x).kind != tWord || d.inQuote(x) {
		return noRange
	}
	w := d.word(x)
	if subjPronouns.has(w) || pronounContraction(w) {
		np := rng{x, x + 1}
		if !d.verbAfterIntroSubject(np.e, k) && !pronounContraction(w) {
			return noRange
		}
		return np
	}
	np := d.npFwd(x, k)
	if !np.ok() || np.s != x {
		return noRange
	}
	if d.word(np.e) == "and" {
		// "former CEO and presidential candidate Jane Fox opened ...": the
		// verb ends the subject below
		if np2 := d.npFwd(np.e+1, k); np2.ok() {
			np.e = np2.e
		}
	}
	for y := np.s + 1; y < np.e; y++ {
		if w := d.word(y); !d.toks[y].upper && (len(w) > 4 && strings.HasSuffix(w, "ed") && !(y == np.s+1 && determiners.has(d.word(np.s))) || subjectEndingPast(w) && !determiners.has(d.word(y-1))) {
			np.e = y // the verb ends the subject
			break
		}
	}
	named := d.tokAt(np.s).upper || determiners.has(d.word(np.s))
	for y := np.s; y < np.e && !named; y++ {
		named = d.tokAt(y).upper // "former CEO Jane Fox"
	}
	if !named && !d.bareSubject(np) {
		return noRange // "In lieu of flowers, please send ..."
	}
	if d.punct(np.e) == "(" {
		// "Florida Gov. Tom Reed (R) blasted ..."
		for y := np.e + 1; y < np.e+6 && y < k; y++ {
			if d.punct(y) == ")" {
				np.e = y + 1
				break
			}
		}
	}
	if p := d.word(np.e); (p == "on" || p == "last" || p == "this") && periodWords.has(d.word(np.e+1)) || periodWords.has(p) {
		// "Ann Lee on Monday hit ...", "Ann Lee Monday hit ...": a day
		// between the subject and its verb
		v := np.e + 1
		if !periodWords.has(p) {
			v++
		}
		if !d.verbAfterIntroSubject(v, k) {
			return noRange
		}
		return np
	}
	if p := d.word(np.e); subjectPreps.has(p) {
		// "Democrats in Congress, fearing ...": the phrase belongs to the subject
		pp := d.npFwd(np.e+1, k)
		if !pp.ok() || !d.tokAt(np.e+1).upper {
			return noRange // "Perez lobbies for a higher wage": no subject and verb
		}
		e := pp.s
		for e < pp.e && d.tokAt(e).upper {
			e++ // "on Monday hit": the name, not the verb after it
		}
		np.e = e
	}
	if !d.verbAfterIntroSubject(np.e, k) && !(np.e == k-1 && d.punct(np.e) == ",") {
		return noRange
	}
	return np
}

// introOpensAt reports an introduction opening at st: a preposition or a
// subordinating word ("Unlike", "In response to", "Since"), or a
// capitalised participle ("Walking to the next house,").
func (d *doc) introOpensAt(st int) bool {
	t := d.tokAt(st)
	if t.kind != tWord {
		return false
	}
	if introOpeners.has(t.lower) {
		return true
	}
	if d.adverbAt(st) && d.punct(st+1) == "," {
		return true // "Publicly, the nominee ..."
	}
	return t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing")
}

// introComma returns the comma that closes an introduction opening at st,
// within 14 tokens and before k, or -1.
func (d *doc) introComma(st, k int) int {
	for c := st + 1; c < k && c < st+15; c++ {
		if d.inQuote(c) || d.isQuote(c) || isTerminal(d.punct(c)) || d.punct(c) == ";" {
			return -1
		}
		if d.punct(c) == "," {
			return c
		}
	}
	return -1
}

// verbAfterSubject reports a verb after a subject ending at e, before the
// cue at k: a lower-case word outside quotations.
func (d *doc) verbAfterIntroSubject(e, k int) bool {
	if e >= k {
		return false
	}
	t := d.tokAt(e)
	return t.kind == tWord && !t.upper && !d.inQuote(e) && !determiners.has(t.lower) && t.lower != "and" && t.lower != "or" && t.lower != "nor"
}

// withoutParenthesis returns r without a parenthesis that ends it ("Gov.
// Tom Reed (R)" -> "Gov. Tom Reed"): the name a writerSubject gives the
// resolver.
func (d *doc) withoutParenthesis(r rng) rng {
	if !r.ok() || d.punct(r.e-1) != ")" {
		return r
	}
	for k := r.e - 2; k > r.s && k > r.e-8; k-- {
		if d.punct(k) == "(" {
			return rng{r.s, k}
		}
	}
	return r
}

// bareSubject reports a subject of one lower-case plural noun before a
// past or an auxiliary: "police began", "officials have" (no capital or
// determiner marks it as a noun phrase; "please send" is none).
func (d *doc) bareSubject(np rng) bool {
	if np.e != np.s+1 {
		return false
	}
	w, v := d.word(np.s), d.word(np.e)
	return (w == "police" || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")) && !d.adverbAt(np.s) &&
		(subjectEndingPast(v) || clauseAux.has(v))
}
