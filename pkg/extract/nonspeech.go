package extract

import "strings"

// Content shapes of the non-speech cues (class belief): intentions and
// expectations take an infinitive ("plans to run", "declined to comment",
// "wants voters to know"), stances take a noun-phrase object ("endorsed
// Clinton", "opposed the deal").

// infinitiveCues take an infinitive content.
var infinitiveCues = set("plan", "intend", "expect", "decline", "refuse", "hope")

// objectInfinitiveCues may put an object before the infinitive: "wants
// voters to know", "expects the court to rule".
var objectInfinitiveCues = set("expect")

// stanceCues take a noun-phrase object as content.
var stanceCues = set("support", "oppose", "defend", "refer")

// beliefObjectForward decides the forward content [fs, limit) of a belief
// cue whose content is an infinitive or an object; handled is false for the
// other belief cues.
func (d *doc) beliefObjectForward(a *attribution, c cueInfo, fs, limit int) (ok, handled bool) {
	w := d.word(fs)
	switch {
	case a.cueText == "in":
		return fs > a.right && d.looksClause(fs, limit), true
	case a.cueText == "voted to":
		return w == "to" && fs == a.cue.e, true // "voted to pay $5 million" (agreed_to.go, inference only)
	case c.lemma == "expect" && !d.agentSubject(a) && !d.firmExpectation(a): // "the storm is expected to ..."
		return false, true
	case infinitiveCues.has(c.lemma):
		if w == "to" && fs == a.cue.e {
			return d.word(fs+1) != "" && !d.inQuote(fs+1), true
		}
		if objectInfinitiveCues.has(c.lemma) && fs == a.cue.e && w != "" && !badContentStart.has(w) {
			np := d.npFwd(fs, limit)
			if objPronouns.has(w) && w != "it" {
				np = rng{fs, fs + 1}
			}
			if np.ok() && np.s == fs && d.word(np.e) == "to" && d.word(np.e+1) != "" {
				return true, true
			}
		}
		if fs != a.cue.e && (adjunctPreps.has(d.word(a.cue.e)) || d.isQuote(fs)) {
			return false, true // "hoping for far more than that", not a content
		}
	case (c.lemma == "show" || c.lemma == "find") && w != "that" && (fs == a.cue.e || d.onlyBeforeFinding(a, fs)) && (d.evidenceSubject(a) || a.ruleAccepted && a.relative || d.visualSubjectAtInference(a)):
		return d.findingContent(fs, limit) || d.findingContentAtInference(a, fs, limit), true
	case stanceCues.has(c.lemma):
		if fs != a.cue.e || w == "" || badContentStart.has(w) || stanceParticles.has(w) || w == "that" || d.inQuote(fs) || d.stanceNoun(a) {
			return false, true
		}
		np := d.npFwd(fs, limit)
		return np.ok() && np.s == fs || objPronouns.has(w), true
	}
	return false, false
}

// beliefObjectEnd ends the content of a stance cue after its object noun
// phrase ("endorsed [Mr. Sanders] in February"); other contents keep their
// end.
func (d *doc) beliefObjectEnd(a *attribution, fwd rng) int {
	lemma := cueInfoOf(d.word(a.cue.s)).lemma
	if infinitiveCues.has(lemma) || a.cueText == "called for" || a.cueText == "called on" {
		// "expected to survive the first contests, laid bare ...": an
		// infinitive ends at the first comma
		from := fwd.s + 1
		if m := d.thatSubordinateEnd(fwd.s, fwd.e); m > 0 {
			from = m // "hope that as X, Y ..." (that_subordinate.go)
		}
		for k := from; k < fwd.e; k++ {
			if p := d.punct(k); (p == "," || p == ";" || d.isDash(k)) && !d.inQuote(k) {
				end, resume := d.clauseBreakAt(fwd.s, k, fwd.e) // list_continues.go
				if end >= 0 {
					return end
				}
				k = resume
			}
		}
		return fwd.e
	}
	if !stanceCues.has(lemma) {
		return fwd.e
	}
	np := d.npFwd(fwd.s, fwd.e)
	if w := d.word(fwd.s); objPronouns.has(w) && !(determiners.has(w) && np.e > fwd.s+1) {
		return fwd.s + 1 // "defended her", not "defended her record"
	}
	if !np.ok() || np.s != fwd.s {
		return fwd.e
	}
	// "opposed Medicare and Social Security cuts", "Trump's remarks on
	// immigration", "efforts to pressure Ukraine": coordinated objects,
	// short prepositional phrases that are no time adjuncts, an infinitive
	e := d.nounishObjectEnd(np, fwd.e) // "defends migration plan" (noun_compound_object.go)
	for iter := 0; iter < 3 && e+1 < fwd.e; iter++ {
		w := d.word(e)
		switch {
		case w == "and" || w == "or" || objectPreps.has(w):
			pp := d.npFwd(e+1, fwd.e)
			if !pp.ok() || pp.s != e+1 || pp.e-pp.s > 5 || timeWords.has(d.word(pp.s)) || periodWords.has(d.word(pp.e-1)) || timeWords.has(d.word(pp.e-1)) {
				return e
			}
			e = pp.e
		case w == "to" && d.word(e+1) != "" && !d.tokAt(e+1).upper:
			k := e + 1
			for k < fwd.e && d.punct(k) != "," && !d.inQuote(k) {
				k++
			}
			return k
		case w == "as" && d.stanceAsEnd(e, fwd.e) > e:
			return d.stanceAsEnd(e, fwd.e) // "defended Lee as a mainstream candidate" (stance_as.go)
		default:
			if le := d.listContinues(fwd.s, e, fwd.e); le > e {
				return le // "supported X, Y and Z" (list_continues.go)
			}
			return e
		}
	}
	return e
}

var objectPreps = set("on", "of", "against", "for")

// forwardOnly reports a non-speech frame whose content can only follow its
// cue: the text before "X seemed to ..." or "X endorsed Y" is no content.
func (d *doc) forwardOnly(a *attribution) bool {
	if a.cueText == "called for" || a.cueText == "called on" {
		return true // a demand holds no quotation of its own
	}
	if a.ruleAccepted && a.class == cueAsk {
		return true // the answer quoted next is the answerer's (asked_question.go)
	}
	if a.class != cueBelief || !a.cue.ok() {
		return false
	}
	if d.bodyStance(a) {
		return true // "Reid blasted Rubio" (stance_body.go)
	}
	c := d.cueInfoAt(a.cue.s)
	return stanceCues.has(c.lemma) || infinitiveCues.has(c.lemma) && !d.isQuote(a.left-1)
}

// stanceParticles make a phrasal verb of "back": "backing down", "cut back".
var stanceParticles = set("down", "off", "away", "out", "up", "home", "then", "into")

// stanceNoun reports a stance cue used as a noun or a particle: "Trump's
// support rose", "Clinton support", "cut back", "dial back".
func (d *doc) stanceNoun(a *attribution) bool {
	w := d.word(a.cue.s)
	p := a.cue.s - 1
	if p < 0 {
		return false
	}
	pw := d.word(p)
	if d.punct(p) == "%" || pw != "" && pw[0] >= '0' && pw[0] <= '9' || pw != stripPossessive(pw) {
		return true
	}
	// "back" is a verb after its subject or an auxiliary only
	return w == "back" && pw != "" && !auxAdv.has(pw) && !subjPronouns.has(pw) && pw != "who" && !d.toks[p].upper && !anonymousHeads.has(pw)
}

// agentSubject reports a subject that can hold a belief or an intention: a
// pronoun, a name, a relative pronoun or a noun of people or organisations
// ("aides", "the campaign"), not "the conference" or "enthusiasm".
func (d *doc) agentSubject(a *attribution) bool {
	if a.relative {
		return true
	}
	subj := a.subj
	if !subj.ok() && a.partOf != nil {
		subj = a.partOf.subj
	}
	if !subj.ok() {
		return false
	}
	last := d.word(subj.e - 1)
	if subj.e-subj.s == 1 && (subjPronouns.has(last) && last != "it" || last == "who") {
		return true
	}
	head := stripPossessive(last)
	return d.tokAt(subj.e-1).upper || roleNouns.has(head) || anonymousHeads.has(head) || orgWords.has(head) || personNouns.has(head)
}

var personNouns = set("voters", "people", "donors", "delegates", "republicans", "democrats", "candidates",
	"candidate", "senators", "governors", "members", "leaders", "officials", "group", "groups", "party",
	"campaign", "administration", "government", "president", "nominee", "who", "man", "woman", "men",
	"women", "americans", "residents", "workers", "conservatives", "liberals", "progressives", "superdelegates")

// evidenceNouns head the subject of a finding: "polls show", "a survey
// found", "records show".
var evidenceNouns = set("poll", "polls", "polling", "survey", "surveys", "study", "studies", "data",
	"records", "record", "documents", "document", "analysis", "numbers", "figures", "results", "research",
	"report", "reports", "email", "emails", "statistics", "estimates", "tally", "count", "review",
	"audit", "investigation", "filings", "census", "averages", "average", "evidence", "video", "footage")

// evidenceSubject reports a poll, a study or a record as the subject.
func (d *doc) evidenceSubject(a *attribution) bool {
	if !a.subj.ok() {
		return false
	}
	for k := a.subj.e - 1; k >= a.subj.s && k > a.subj.e-14; k-- {
		if evidenceNouns.has(d.word(k)) {
			return true
		}
	}
	// "The poll by the Public Policy Institute showed": the subject found is
	// the author of the poll
	p := d.word(a.subj.s - 1)
	if p != "by" && p != "from" && p != "of" && p != "for" {
		return d.coordinatedEvidenceAuthor(a) // "a poll from USA TODAY/Suffolk University" (evidence_author.go)
	}
	// "A national poll released Sunday by The Post shows"
	for k := a.subj.s - 2; k >= 0 && k > a.subj.s-8 && d.toks[k].kind == tWord; k-- {
		if evidenceNouns.has(d.word(k)) {
			return true
		}
	}
	return false
}

// findingContent reports the shapes of a finding after "show"/"find": a bare
// clause ("polls show the race is tied") or a noun phrase with a
// participle or a standing ("Trump leading Clinton", "Clinton with a
// lead", "Trump at 36 percent", "Clinton up by 10 points").
func (d *doc) findingContent(fs, limit int) bool {
	if d.countWords(fs, limit) < 3 || d.inQuote(fs) {
		return false
	}
	w := d.word(fs)
	if subjPronouns.has(w) && w != "it" || d.looksClause(fs, limit) && !badContentStart.has(w) {
		return true
	}
	np := d.npFwd(fs, limit)
	if objPronouns.has(w) {
		np = rng{fs, fs + 1}
	}
	if !np.ok() || np.s != fs {
		return false
	}
	if standingNouns.has(d.word(np.e-1)) && !d.tokAt(np.e-1).upper {
		return true
	}
	for k := fs + 1; k < np.e; k++ {
		if x := d.word(k); standingWords.has(x) || len(x) > 4 && strings.HasSuffix(x, "ing") {
			return true // "Clinton leading by 2 points": the participle inside the phrase
		}
	}
	e := np.e
	if d.punct(e) == "(" { // "Sen. Bernie Sanders (I-VT) leading"
		for k := e + 1; k < limit && k < e+8; k++ {
			if d.punct(k) == ")" {
				e = k + 1
				break
			}
		}
	}
	if e < limit && d.adverbAt(e) {
		e++ // "Mrs. Clinton slightly trailing"
	}
	n := d.word(e)
	return standingWords.has(n) || len(n) > 4 && strings.HasSuffix(n, "ing") && !d.inQuote(e) || n != "" && n[0] >= '0' && n[0] <= '9'
}

// standingWords follow a candidate in a poll finding.
var standingWords = set("with", "at", "up", "down", "ahead", "behind", "leading", "trailing", "tied", "in",
	"leads", "trails", "holds", "has", "have", "remains", "wins", "beats", "tops")

// standingNouns head a finding given as a noun phrase: "a slimmer lead for
// Clinton", "only a small gender gap".
var standingNouns = set("lead", "edge", "advantage", "gap", "deficit", "margin", "race", "percent", "points", "support", "rise", "drop", "decline", "increase")

// nonSpeechStart corrects the start fs of a non-speech content: an
// infinitive right after an intention cue ("declined to comment") is no
// adjunct; the clause after "In the latest poll," is the finding.
func (d *doc) nonSpeechStart(a *attribution, fs int) int {
	if a.class == cueTell && a.cue.ok() && cueInfoOf(d.word(a.cue.s)).lemma == "urge" {
		// "urged Congress to act": the infinitive after the addressee
		if e := d.objectEnd(a.cue.e); e > a.cue.e && d.word(e) == "to" && d.word(e+1) != "" {
			return e
		}
		if e := d.objectEnd(a.cue.e); e > a.cue.e && d.urgedNotTo(e) {
			return e // "urged people [not to spread rumors]" (stance_body.go)
		}
		return fs
	}
	if a.class != cueBelief || !a.cue.ok() {
		return fs
	}
	if a.cueText == "in" {
		return a.right + 1
	}
	if d.word(a.cue.e) == "to" && infinitiveCues.has(cueInfoOf(d.word(a.cue.s)).lemma) {
		return a.cue.e
	}
	return fs
}

// evidenceFrame recognises a sentence opening with a poll or a survey as
// the source of the clause after the comma: "In the latest CNN poll,
// Clinton led Trump 47 percent to 39 percent."
func (d *doc) evidenceFrame(si int) *attribution {
	s := d.sents[si]
	if d.word(s.s) != "in" || d.inQuote(s.s) {
		return nil
	}
	c := s.s + 1
	for c < s.e && c < s.s+16 && d.punct(c) != "," {
		if d.inQuote(c) || d.toks[c].kind == tQuote {
			return nil
		}
		c++
	}
	if d.punct(c) != "," || c+4 >= s.e {
		return nil
	}
	poll := false
	for k := s.s + 1; k < c; k++ {
		switch d.word(k) {
		case "poll", "polls", "survey", "surveys", "study", "polling":
			poll = true
		}
	}
	if !poll {
		return nil // "In the video, ...", "In an attempt to ..."
	}
	return &attribution{sent: si, cue: rng{s.s, s.s + 1}, cueText: "in", class: cueBelief, subj: rng{s.s + 1, c},
		name: noRange, title: noRange, left: s.s, right: c, conf: 0.7}
}

// putIt reports "put it" at i followed by its content or ending the clause:
// "As Cornyn put it: “...”", "..., as one aide put it."
func (d *doc) putIt(i int) bool {
	if d.word(i+1) != "it" {
		return false
	}
	p := d.punct(i + 2)
	return p == "," || p == ":" || isTerminal(p) || d.isQuote(i+2)
}

// askedQuotation reports a passive "was asked" followed by the quoted
// question: "Blumenthal was asked, “If you had known ...?”".
func (d *doc) askedQuotation(i int) bool {
	if cueInfoOf(d.word(i)).lemma != "ask" {
		return false
	}
	j := i + 1
	if p := d.punct(j); p == "," || p == ":" {
		j++
	}
	return d.isQuote(j) && d.inQuote(j) && d.quotes[d.qidx[j]].first() == j
}

// colonClauseFrame recognises a clause ending in a colon that introduces a
// quotation no cue holds: "Cornyn returned to his familiar lines: “…”",
// "The sign read: “…”", or a paragraph ending in a colon before the
// quotation that opens the next paragraph ("17-year-old Jo Lee echoed:").
// The subject of the clause is the mention.
func (d *doc) colonClauseFrame(q quotation) *attribution {
	c, si := d.colonBeforeQuotation(q)
	if c < 0 {
		return nil
	}
	subj := d.sentenceSubject(si)
	if !subj.ok() || subj.e >= c || d.toks[subj.e].kind != tWord {
		return nil
	}
	return d.colonClauseAttribution(q, c, subj, 0.7)
}

// colonBeforeQuotation returns the colon right before quotation q (of at
// least three words) and its sentence, or -1: the colon ends a clause of
// two words or more with no quotation of its own, in q's paragraph or
// closing the paragraph before the one q opens.
func (d *doc) colonBeforeQuotation(q quotation) (c, si int) {
	first := q.first()
	c = first - 1
	if c < 0 || d.punct(c) != ":" || d.inQuote(c) || d.countWords(first, q.last()) < 3 {
		return -1, -1
	}
	if p := d.toks[c].para; p != d.toks[first].para && (p+1 != d.toks[first].para || first != d.paraS[p+1]) {
		return -1, -1
	}
	si = d.sentOf[c]
	if s := d.sents[si]; d.hasQuoteIn(s.s, c) || d.countWords(s.s, c) < 2 {
		return -1, -1
	}
	return c, si
}

// colonClauseAttribution is the frame of a clause whose subject subj introduces
// quotation q with the colon c.
func (d *doc) colonClauseAttribution(q quotation, c int, subj rng, conf float64) *attribution {
	a := &attribution{sent: d.sentOf[q.first()], cue: rng{c, c + 1}, cueText: ":", class: cueSpeech,
		subj: subj, left: subj.s, right: c + 1, conf: conf}
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	return a
}

// particleCue returns the text of a two-word cue at i whose object is the
// content ("called for a ban", "called on Congress to act", "referring to
// the convention"), or "".
func (d *doc) particleCue(i int, c cueInfo) string {
	nx := d.word(i + 1)
	if d.inQuote(i+1) || d.word(i+2) == "" && !d.isQuote(i+2) {
		return ""
	}
	switch {
	case c.lemma == "call" && (nx == "for" || nx == "on") && d.word(i) != "call" && (!d.hasQuoteIn(i+2, min(i+8, len(d.toks))) || d.demandBeforeQuote(i)):
		// a quotation close by keeps the naming frame: called for “a new deal”
		return "called " + nx
	case c.lemma == "warn" && (nx == "of" || nx == "against" || nx == "about") && (!c.participle || d.punct(i-1) == ","):
		// not a noun or a modifier: "a stern warning about", "a sign warning of"
		// "warned of a long battle": the object is what was said
		return "warned " + nx
	case d.commentedTopic(i, c) != "":
		return d.commentedTopic(i, c) // "commented on the ruling" (commented_on.go)
	case c.lemma == "refer" && nx == "to" && (c.participle && d.punct(i-1) == "," || d.word(i) == "refers" || d.referringProgressive(d.sents[d.sentOf[i]], i)):
		// ", referring to the convention"; not "Sotomayor referring to herself"
		return "referring to"
	}
	return ""
}

// particleCueClass: a call for something is a public demand; a reference
// is a belief-like pointer whose content is the object.
func particleCueClass(c cueInfo) cueClass {
	if c.lemma == "refer" {
		return cueBelief
	}
	return cueSpeech
}

// bareBeliefClause reports a clause without "that" after a belief verb
// whose subject is a name or a noun: "officials think Wasserman Schultz is
// at risk", "none of them thought compromise was likely".
func (d *doc) bareBeliefClause(a *attribution, fs, limit int) bool {
	w := d.word(fs)
	if l := cueInfoOf(d.word(a.cue.s)).lemma; l != "think" && l != "believe" {
		return false // "know" and "feel" take objects ("knew Trump well")
	}
	if fs != a.cue.e || w == "" || d.inQuote(fs) || badContentStart.has(w) || whWords.has(w) || clauseAux.has(w) || finiteVerb(w) || w == "tank" || w == "tanks" {
		return false
	}
	return d.looksClause(fs, limit)
}

// describedObject reports the object of "described" as its content when no
// "as" or quotation names it: "Clinton described a rigged system",
// "Cruz described how ...".
func (d *doc) describedObject(a *attribution, fs, limit int) bool {
	w := d.word(fs)
	if fs != a.cue.e || d.word(a.cue.s) == "describes" || w == "" || d.inQuote(fs) || badContentStart.has(w) || objPronouns.has(w) || subjPronouns.has(w) || d.countWords(fs, limit) < 3 {
		return false
	}
	for k := fs; k < limit && k < fs+8; k++ {
		if d.word(k) == "as" || d.isQuote(k) {
			return false // the naming shapes: "described X as Y", "described X “Y”"
		}
	}
	return true
}

// openingAsked reports a sentence opening with "Asked" or "When asked"
// followed by the question: "Asked whether he would run, Smith laughed."
func (d *doc) openingAsked(s sentence, i int, c cueInfo) bool {
	if c.lemma != "ask" || d.word(i) != "asked" || !whWords.has(d.word(i+1)) {
		return false
	}
	return i == s.s || i-1 == s.s && d.word(i-1) == "when"
}

// objectEnd returns the end of the object noun phrase or pronoun at j, or j.
func (d *doc) objectEnd(j int) int {
	if w := d.word(j); objPronouns.has(w) && !(determiners.has(w) && d.word(j+1) != "to") {
		return j + 1
	}
	if np := d.npFwd(j, len(d.toks)); np.ok() && np.s == j {
		return np.e
	}
	return j
}
