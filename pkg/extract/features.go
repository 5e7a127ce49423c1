package extract

import (
	"maps"
	"slices"
	"strings"
)

// Features of the learned filters (see model.go). Every feature is a name
// and the value of a shallow property of the candidate: word forms,
// punctuation, counts in buckets, flags of the rule-based frame.

// cutWords may begin the part of a forward content that is no longer the
// statement: a conjunction, a preposition or a relative.
var cutWords = set("and", "but", "while", "as", "because", "with", "after", "before", "when", "if",
	"since", "though", "although", "which", "who", "where", "despite", "amid", "during", "including",
	"until", "unless", "so", "or", "whereas", "even", "according", "whose", "following", "without",
	"nor", "yet", "in")

// cutPuncts may end a content.
var cutPuncts = set(",", ";", "—", "–", "-", "(", ":", "--", ")")

// fwdRange returns the index in a.content of the forward content (after the
// frame), or -1.
func (d *doc) fwdRange(a *attribution) int {
	if !a.cue.ok() {
		return -1
	}
	for i, c := range a.content {
		if c.s >= a.right && d.toks[c.s].para == d.toks[a.cue.s].para {
			return i
		}
	}
	return -1
}

// cutPoint is a token k where a forward content [s, e) may end (giving [s, k)).
func (d *doc) isCutPoint(k int) bool {
	if d.inQuote(k) {
		return false
	}
	t := &d.toks[k]
	switch t.kind {
	case tPunct:
		return cutPuncts.has(t.lower)
	case tWord:
		return cutOrTimeWords.has(t.lower) || len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") ||
			(t.lower == "on" || t.lower == "last" || t.lower == "this" || t.lower == "earlier" || t.lower == "later") && timeOrPeriodWords.has(d.word(k+1))
	}
	return false
}

// cutOrTimeWords and timeOrPeriodWords join the lists isCutPoint tests,
// so that it runs once for each content word: one lookup instead of two.
var cutOrTimeWords, timeOrPeriodWords = unionSet(cutWords, timeWords), unionSet(timeWords, periodWords)

// unionSet is the set of the words of all the given sets.
func unionSet(sets ...wordSet) wordSet {
	var words []string
	for _, ws := range sets {
		for w := range ws.m {
			words = append(words, w)
		}
	}
	return set(words...)
}

// tokClass is a coarse class of token k for features.
func (d *doc) tokClass(k int) string {
	if k < 0 || k >= len(d.toks) {
		return "EDGE"
	}
	t := &d.toks[k]
	switch t.kind {
	case tQuote:
		if d.inQuote(k) && d.quotes[d.qidx[k]].first() == k {
			return "QOPEN"
		}
		return "QCLOSE"
	case tPunct:
		return t.lower
	}
	w := t.lower
	if c, ok := wordClass.get(w); ok {
		return c
	}
	switch {
	case t.upper:
		return "CAP"
	case w[0] >= '0' && w[0] <= '9':
		return "NUM"
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return "ING"
	case len(w) > 3 && strings.HasSuffix(w, "ed"):
		return "ED"
	case len(w) > 3 && strings.HasSuffix(w, "ly"):
		return "LY"
	}
	return "W"
}

// tokForm is the lower-case form of a function word or punctuation at k, or
// its class.
func (d *doc) tokForm(k int) string {
	if k < 0 || k >= len(d.toks) {
		return "EDGE"
	}
	if d.forms == nil {
		d.forms = make([]uint8, len(d.toks))
	}
	switch c := d.forms[k]; c {
	case 0:
	case 1:
		return d.toks[k].lower
	default:
		return classNames[c-2]
	}
	f := d.tokForm1(k)
	if f == d.toks[k].lower {
		d.forms[k] = 1
	} else {
		d.forms[k] = classCode(f)
	}
	return f
}

// classNames are the values of tokClass that are not token forms.
var classNames = []string{"EDGE", "QOPEN", "QCLOSE", "PRON", "DET", "AUX", "CAP", "NUM", "ING", "ED", "LY", "W"}

// classCode is 2 + the index of f in classNames, 0 if f is none of them:
// a switch, cheaper than a search of classNames at every new token.
func classCode(f string) uint8 {
	switch f {
	case "EDGE":
		return 2
	case "QOPEN":
		return 3
	case "QCLOSE":
		return 4
	case "PRON":
		return 5
	case "DET":
		return 6
	case "AUX":
		return 7
	case "CAP":
		return 8
	case "NUM":
		return 9
	case "ING":
		return 10
	case "ED":
		return 11
	case "LY":
		return 12
	case "W":
		return 13
	}
	return 0
}

func (d *doc) tokForm1(k int) string {
	t := &d.toks[k]
	if t.kind == tPunct || t.kind == tWord && funcWords.has(t.lower) {
		return t.lower
	}
	return d.tokClass(k)
}

// funcWords are the words that are their own form in features; wordClass
// gives the class of pronouns, determiners and auxiliaries.
var funcWords, wordClass = func() (wordSet, wordTable[string]) {
	fw := map[string]bool{}
	for _, m := range []wordSet{cutWords, discourse, subjPronouns, determiners, beForms, auxAdv, clauseStops, whWords} {
		for w := range m.m {
			fw[w] = true
		}
	}
	wc := map[string]string{}
	for _, w := range []string{"has", "have", "had", "will", "would", "could", "can"} {
		wc[w] = "AUX"
	}
	for w := range beForms.m {
		wc[w] = "AUX"
	}
	for w := range determiners.m {
		wc[w] = "DET"
	}
	for w := range subjPronouns.m {
		wc[w] = "PRON"
	}
	return set(slices.Collect(maps.Keys(fw))...), newWordTable(wc)
}()

// cutFeatures describes ending the forward content [s, e) of a at token k.
// commas, quotes and verbs count those tokens in [s, k).
// nb and na are the word counts of [s, k) and [k, e).
func (d *doc) cutFeatures(a *attribution, cue string, s, e, k int, nb, na, commas, quotes, verbs int, f *feats) {
	f.fs = f.fs[:0]
	at := d.tokForm(k)
	f.add(2 /* k */, at)
	f.add(3 /* k1 */, d.tokForm(k+1))
	f.add(5 /* p1 */, d.tokForm(k-1))
	f.add2(6 /* k,k1 */, at, d.tokForm(k+1))
	f.add2(7 /* p1,k */, d.tokForm(k-1), at)
	f.add2(8 /* k,k1c */, at, d.tokClass(k+1))
	f.add3(9 /* k,k1,k2 */, at, d.tokClass(k+1), d.tokClass(k+2))
	if d.toks[k].kind == tWord {
		f.add(10 /* kw */, d.toks[k].lower)
		f.add2(11 /* kw,k1 */, d.toks[k].lower, d.tokForm(k+1))
	}
	if d.toks[k+1-1].kind == tPunct && k+1 < e && d.tokAt(k+1).kind == tWord {
		f.add2(12 /* k,k1w */, at, d.tokAt(k+1).lower)
	}
	f.add(13 /* nb */, bucket(nb))
	f.add(14 /* na */, bucket(na))
	f.add2(15 /* k,nb */, at, bucket(nb))
	f.add2(16 /* k,na */, at, bucket(na))
	f.add2(18 /* cue,k */, cue, at)
	f.add2(20 /* first,k */, d.tokForm(s), at)
	f.add(21 /* commas */, bucket(commas))
	f.add2(22 /* k,commas */, at, bucket(commas))
	f.add(23 /* quotes */, bucket(quotes))
	f.add2(24 /* k,verbs */, at, bucket(verbs))
	// a verb soon after the cut point: a clause follows
	clause := "none"
	for j := k + 1; j < e && j < k+6; j++ {
		c := d.tokForm(j)
		if beForms.has(c) || c == "has" || c == "have" || c == "had" || c == "will" || c == "would" || c == "could" || c == "can" {
			c = "AUX"
		}
		if c == "AUX" || c == "ED" {
			clause = "verb"
			break
		}
		if d.toks[j].kind == tPunct {
			break
		}
	}
	f.add2(25 /* k,clause */, at, clause)
	aq := "noq"
	if d.hasQuoteIn(k, e) {
		aq = "q"
	}
	f.add2(26 /* k,afterq */, at, aq)
	if d.isQuote(k - 1) {
		f.add(27 /* afterclosequote */, at)
	}
	if a.inverted {
		f.add(28 /* inv */, at)
	}
	if a.partOf != nil {
		f.add(29 /* part */, at)
	}
	if k == e-1 {
		f.add(31 /* lasttok */, at)
	}
	// a new frame right after the cut point (", and she said ..."): another statement
	frame := "noframe"
	for j := k + 1; j < e && j < k+5; j++ {
		if c, ok := d.cueAt(j); ok && !d.inQuote(j) && c.class != cueBelief {
			frame = "frame"
			break
		}
	}
	f.add2(73 /* k,frameafter */, at, frame)
	// how far the sentence goes on after the point, and whether the content
	// runs to its end: a long tail after a short clause is rarely content
	se := d.sents[d.sentOf[k]].e
	f.add2(101 /* k,tosentend */, at, bucket(d.countWords(k, se)))
	end := "mid"
	if e >= se {
		end = "sentend"
	}
	f.add2(102 /* k,contentend */, at, end)
	// the cue with the point: "announced ..., including" vs "said ..., including"
	f.add3(103 /* cue,k,k1 */, cue, at, d.tokForm(k+1))
	// a verb after the point in the cue's tense continues the frame's own
	// predicate ("says X and swears Y", "said X but took issue with Y")
	f.add3(110 /* k,cuetense,nexttense */, at, verbTense(d.word(a.cue.s)), verbTense(d.word(d.skipAdverbs(k+1, e))))
	// a content that is one quotation so far ends with it ("said “The Hispanics” and ...")
	if d.isQuote(k-1) && d.inQuote(k-1) {
		whole := "part"
		if d.quotes[d.qidx[k-1]].first() <= s {
			whole = "whole"
		}
		f.add2(114 /* k,quoteshape */, at, whole)
	}
	d.contentEndFeatures(cue, s, k, e, at, f)
}

// pastForms are irregular past tenses and past auxiliaries.
var pastForms = set("said", "told", "was", "were", "had", "did", "would", "could", "might", "took",
	"made", "went", "gave", "got", "saw", "came", "wrote", "spoke", "thought", "knew", "found",
	"felt", "kept", "left", "led", "met", "paid", "ran", "sent", "won", "began", "brought",
	"bought", "held", "heard", "meant", "lost", "became", "chose", "stood", "sought", "fought",
	"drew", "threw", "rose", "fell", "grew", "hit", "put", "set", "let", "cut", "quit", "spent",
	"built", "taught", "caught", "struck", "swore", "wasn't", "didn't", "wouldn't", "couldn't")

// presentForms are present-tense auxiliaries and irregular presents.
var presentForms = set("is", "are", "has", "have", "does", "do", "will", "can", "may", "must",
	"should", "says", "isn't", "doesn't", "won't", "can't", "hasn't", "haven't", "don't", "am")

// verbTense guesses the tense of a verb form from its spelling: past,
// pres, s (a present or a plural noun), ing, or w.
func verbTense(w string) string {
	switch {
	case w == "":
		return "-"
	case len(w) > 3 && strings.HasSuffix(w, "ed") || pastForms.has(w): // the spelling first: no lookup
		return "past"
	case presentForms.has(w):
		return "pres"
	case len(w) > 4 && strings.HasSuffix(w, "ing"):
		return "ing"
	case len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i':
		return "s"
	}
	return "w"
}

// skipAdverbs returns the first token from j before e that is not an
// adverb ("and later defended"), looking at most two tokens ahead.
func (d *doc) skipAdverbs(j, e int) int {
	for n := 0; n < 2 && j < e-1; n++ {
		w := d.word(j)
		if !(timeWords.has(w) || w == "not" || w == "never" || w == "still" || len(w) > 4 && strings.HasSuffix(w, "ly")) {
			break
		}
		j++
	}
	return j
}

// acceptFeatures describes a candidate statement with its public form q.
// nested reports that its frame lies inside another statement's content.
func (d *doc) acceptFeatures(a *attribution, q *Quote, nested *attribution, f *feats) {
	f.fs = f.fs[:0]
	cue := a.cueText
	cueTok := ""
	if a.cue.ok() {
		cueTok = d.word(a.cue.s)
		if c, ok := cueOf(cueTok); ok {
			cue = c.lemma
		}
	} else {
		cue = "NONE"
	}
	f.add(17 /* cue */, cue)
	f.add(32 /* cuetok */, cueTok)
	kind := string(q.Kind)
	f.add(33 /* kind */, kind)
	f.add2(34 /* cue,kind */, cue, kind)
	subj := "none"
	subjLen := 0
	if a.subj.ok() {
		subjLen = a.subj.e - a.subj.s
		w := d.word(a.subj.s)
		switch {
		case a.relative:
			subj = "rel"
		case subjPronouns.has(w) && subjLen == 1:
			subj = "pron"
		case a.name.ok():
			subj = "name"
		case determiners.has(w):
			subj = "det"
		default:
			subj = d.tokClass(a.subj.s)
		}
		f.add(35 /* subjhead */, d.tokForm(a.subj.e-1))
		if d.tokAt(a.subj.e-1).kind == tWord && !d.tokAt(a.subj.e-1).upper {
			f.add(71 /* subjheadw */, d.tokAt(a.subj.e-1).lower)
		}
	} else if q.SpeakerMention != nil {
		subj = "carried"
	}
	f.add(36 /* subj */, subj)
	f.add2(37 /* cue,subj */, cue, subj)
	f.add(38 /* subjlen */, bucket(subjLen))
	f.add(39 /* spk */, string(a.modelKind))
	flags := ""
	if a.inverted {
		flags += "i"
	}
	if a.partOf != nil {
		flags += "p"
	}
	if a.inherits != nil {
		flags += "h"
	}
	if a.relative {
		flags += "r"
	}
	f.add(40 /* flags */, flags)
	f.add2(41 /* cue,flags */, cue, flags)
	nw, nparts := 0, len(a.content)
	back, fwd := false, false
	for _, c := range a.content {
		nw += d.countWords(c.s, c.e)
		if a.cue.ok() && c.e <= a.cue.s {
			back = true
		} else {
			fwd = true
		}
	}
	f.add(42 /* nw */, bucket(nw))
	f.add2(43 /* kind,nw */, kind, bucket(nw))
	f.add2(44 /* cue,nw */, cue, bucket(nw))
	f.add(45 /* nparts */, bucket(nparts))
	pos := "f"
	if back && fwd {
		pos = "bf"
	} else if back {
		pos = "b"
	}
	f.add(46 /* pos */, pos)
	f.add2(47 /* cue,pos */, cue, pos)
	c0 := a.content[0]
	cl := a.content[len(a.content)-1]
	f.add(48 /* fw */, d.tokForm(c0.s))
	f.add2(49 /* cue,fw */, cue, d.tokForm(c0.s))
	if d.toks[c0.s].kind == tWord {
		f.add2(50 /* cue,fww */, cue, d.toks[c0.s].lower)
	}
	f.add(51 /* lw */, d.tokForm(cl.e-1))
	caps, inq := 0, 0
	for _, c := range a.content {
		for k := c.s; k < c.e; k++ {
			if d.toks[k].kind == tWord {
				if d.toks[k].upper {
					caps++
				}
				if d.inQuote(k) {
					inq++
				}
			}
		}
	}
	f.add2(68 /* caps,nw */, bucket(caps*10/max(1, nw)), bucket(nw))
	f.add2(69 /* inq,nw */, bucket(inq*10/max(1, nw)), bucket(nw))
	if d.isQuote(cl.e - 1) {
		f.add2(70 /* qend */, d.tokForm(cl.e-2), kind)
	}
	f.add(52 /* after */, d.tokForm(cl.e))
	f.add(53 /* after2 */, d.tokForm(cl.e+1))
	if a.cue.ok() {
		f.add(54 /* pre */, d.tokForm(a.left-1))
		if a.left > 0 && d.tokAt(a.left-1).kind == tWord {
			f.add(72 /* prew */, d.tokAt(a.left-1).lower)
		}
		f.add2(55 /* cue,pre */, cue, d.tokForm(a.left-1))
		f.add(56 /* post */, d.tokForm(a.right))
		f.add2(57 /* cue,post */, cue, d.tokForm(a.right))
		f.add3(58 /* cue,post2 */, cue, d.tokForm(a.right), d.tokForm(a.right+1))
	}
	s := d.sents[a.sent]
	sentPos := "mid"
	if a.sent == 0 || d.sents[a.sent-1].para != s.para {
		sentPos = "first"
	}
	f.add(59 /* sentpos */, sentPos)
	if s.para == 0 {
		f.add(60 /* para0 */, "")
	}
	sw := d.countWords(s.s, s.e)
	f.add(61 /* sentlen */, bucket(sw))
	// share of the sentence the content covers
	f.add(62 /* cover */, bucket(nw*10/max(1, sw)))
	if nested != nil {
		nc := nested.cueText
		if nested.cue.ok() {
			if c, ok := cueOf(d.word(nested.cue.s)); ok {
				nc = c.lemma
			}
		}
		f.add(63 /* nested */, "")
		f.add2(64 /* nested,cue */, cue, nc)
		f.add2(65 /* nested,subj */, subj, string(q.Kind))
	}
	conf := "c" + string(rune('0'+int(a.conf*10+0.5)))
	f.add(66 /* conf */, conf)
	// a quotation in the paragraph: the paragraph reports a source's words
	pq := "noq"
	if ps, pe := d.paraS[s.para], d.paraS[s.para+1]; d.quotesTo[pe] > d.quotesTo[ps] {
		pq = "q"
	}
	f.add3(145 /* paraquote,kind,pos */, pq, kind, pos)
	// a question or an exclamation inside
	if d.punct(cl.e-1) == "?" || d.punct(cl.e-2) == "?" {
		f.add(67 /* question */, "")
	}
	a.cutState.features(kind, f)
	d.transcriptFeatures(a, subj, f)
}
