package extract

import "strings"

// Cue-before-content frames the main frame finder (attrib.go, frameAt)
// missed: participle cues after a preposition ("by pointing out that ...",
// "after arguing that ...") or after adverbs (", only saying that ..."),
// a sentence-opening subject with a long aside ("Ana Ortiz, the mayor of
// ..., said ..."), and passives before a that-clause ("is convinced that",
// "it was reported that").

// gerundPrep returns the preposition that opens the clause of a participle
// cue c at i (adverbs may stand between: "by essentially telling"), or -1.
// "from" and "in" also head other phrases ("a point in warning ..."), so
// they count only before a that-clause ("erred in saying that"), and
// "since" only opening the sentence.
func (d *doc) gerundPrep(s sentence, i int, a *attribution, c cueInfo) int {
	object := d.gerundObject(a, c) // "by denouncing the New Deal" (gerund_object.go)
	if !c.participle || !clauseVerbs.has(c.lemma) && c.lemma != "state" && a.cueText != "pointed out" && !object {
		return -1
	}
	k := i - 1
	for k > s.s && d.adverbAt(k) && !d.inQuote(k) {
		k--
	}
	if k < s.s || d.inQuote(k) {
		return -1
	}
	switch d.word(k) {
	case "before", "after", "while", "by", "upon":
		return k
	case "since":
		if d.opensSentence(s, k) {
			return k // "Since announcing that ..., Lee has ..."; not "in the months since announcing"
		}
	case "from", "in":
		if d.word(a.cue.e) == "that" && !d.inQuote(a.cue.e) || object {
			return k
		}
	case "when":
		if object {
			return k // "when commenting on her speech"
		}
	}
	return -1
}

// gerundNotNoun reports an -ing cue word after a gerund preposition: a verb
// ("by warning that"), not the noun of the same form ("a warning").
func (d *doc) gerundNotNoun(i, k int) bool {
	switch d.word(k) {
	case "before", "after", "while", "by", "upon", "since":
		return strings.HasSuffix(d.word(i), "ing") && d.word(i+1) == "that"
	}
	return false
}

// opensSentence reports a token k that opens the sentence s, perhaps after
// a discourse word ("Now, after arguing ...", "But while saying ...").
func (d *doc) opensSentence(s sentence, k int) bool {
	if k == s.s {
		return true
	}
	if k-1 == s.s && leadWords.has(d.word(s.s)) {
		return true
	}
	return k-2 == s.s && d.punct(k-1) == "," && leadWords.has(d.word(s.s))
}

// openingGerundFrame frames a participle cue at i after a preposition that
// opens the sentence ("After arguing that the race had narrowed, Rubio
// ..."): the subject of the main clause after the comma speaks. It returns
// nil when no such subject follows.
func (d *doc) openingGerundFrame(a *attribution, s sentence, i int) *attribution {
	subj := d.openingParticipleSubject(s, i)
	if !subj.ok() {
		return nil
	}
	a.subj = subj
	a.name, a.title = d.splitName(subj)
	a.left, a.right = i, a.cue.e
	a.conf = 0.7
	return a
}

// participleAdverbs may stand between a comma and a participle cue that
// continues the clause (", only saying that", ", not even suggesting").
var participleAdverbs = set("only", "also", "even", "not", "then", "again", "later", "still", "just",
	"instead", "never", "recently", "repeatedly", "publicly", "privately", "first")

// adverbsOnly reports that the tokens [s, e) are all adverbs (at least one).
func (d *doc) adverbsOnly(s, e int) bool {
	if s >= e {
		return false
	}
	for x := s; x < e; x++ {
		if d.inQuote(x) || !d.adverbAt(x) && !participleAdverbs.has(d.word(x)) {
			return false
		}
	}
	return true
}

// nameAsideSubject reads a subject that opens the sentence with a proper
// name followed by a long aside closed by the comma or dash at k right
// before the cue, which the narrower subject rules do not take: "Ana
// Ortiz, the mayor of a small town and host of the show “Main Street,”
// said ...", "Lee, who ran in 2012 and lost, later said ...". The aside
// holds no sentence end or semicolon, at most 40 tokens and no statement
// of another speaker.
func (d *doc) nameAsideSubject(s sentence, k int, prev []*attribution) (subj, name rng) {
	if w := d.word(k - 1); periodWords.has(d.word(k)) && (w == "last" || w == "this" || w == "earlier") {
		k -= 2 // "..., last week said"
	}
	// a quoted title may end the aside: "host of “Main Street,” said"
	closesTitle := d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].last() == k && d.punct(k-1) == ","
	if k <= s.s || d.inQuote(k) && !closesTitle || !(d.punct(k) == "," || d.isDash(k) || d.punct(k) == "--" || closesTitle) {
		return noRange, noRange
	}
	st := s.s
	if leadWords.has(d.word(st)) {
		st++
	}
	np := d.npFwd(st, k)
	if !np.ok() || np.s != st || d.punct(np.e) != "," || np.e >= k-2 || k-np.e > 40 || !d.isProperName(np) && !d.commonSubjectHead(np) || subjPronouns.has(d.word(np.s)) {
		return noRange, noRange
	}
	if w := d.word(np.s); np.e-np.s == 1 && (discourse.has(w) || timeWords.has(w) || periodWords.has(w) || w == "overall") {
		return noRange, noRange // "Overall, ...", "Tuesday, ...": an opening adverb
	}
	for _, p := range prev {
		if p.subj.s > np.e && p.subj.s < k && !relativeWords.has(d.word(p.subj.s)) && !cueInfoOf(d.word(p.cue.s)).participle {
			return noRange, noRange // the aside holds a finite clause with its own speaker
		}
	}
	for x := np.e + 1; x < k; x++ {
		if p := d.punct(x); isTerminal(p) || p == ";" || p == ":" {
			return noRange, noRange
		}
		if d.isQuote(x) && d.inQuote(x) && d.quotes[d.qidx[x]].last() > k {
			return noRange, noRange // a quotation running past the cue
		}
	}
	return rng{np.s, k}, np
}

// commonSubjectHead reports a noun phrase opened by a determiner whose head
// is no time word ("The administration", not "The next day").
func (d *doc) commonSubjectHead(np rng) bool {
	if np.e-np.s < 2 || !determiners.has(d.word(np.s)) {
		return false
	}
	h := d.word(np.e - 1)
	return h != "" && !periodWords.has(h) && !timeWords.has(h) && d.nounHead(np.e-1)
}

var relativeWords = set("who", "which", "that", "whose")

// impersonalReports are the cues of "it was reported that ...".
var impersonalReports = set("say", "report", "claim", "allege", "announce", "rumor")

// passiveThatFrame frames a passive cue at i before a that-clause, the
// auxiliaries ending after k: "Lee is convinced that ..." (the subject
// holds the belief), "it was widely reported that ..." and "I was told
// that ..." (no speaker is named). It returns nil for other passives.
func (d *doc) passiveThatFrame(a *attribution, s sentence, k, i int, c cueInfo) *attribution {
	if d.word(i+1) != "that" || d.inQuote(i+1) || k < s.s || d.inQuote(k) {
		return nil
	}
	a.right = a.cue.e
	switch {
	case c.lemma == "convince":
		subj, name, title := d.subjectBefore(k, s.s)
		if !subj.ok() {
			return nil
		}
		a.subj, a.name, a.title = subj, name, title
		a.left = subj.s
		return a
	case impersonalReports.has(c.lemma) && d.word(k) == "it":
		a.left = k
		return a
	case c.lemma == "tell" && (subjPronouns.has(d.word(k)) && d.word(k) != "it"):
		a.left = k
		return a
	}
	return nil
}
