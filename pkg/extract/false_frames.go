package extract

import "strings"

// colonQuestion reports a colon frame whose text after the colon is a
// question of its own ("Q: Have you talked to her?", "Cruz: Reformer or
// career politician?"): an interviewer's question or a headline that asks,
// not a statement of the label's owner. A quotation after the colon keeps
// its frame (the quotation may hold a question someone asked aloud).
func (d *doc) colonQuestion(si, c int) bool {
	s := d.sents[si]
	if d.isQuote(c+1) || s.e-1 <= c+1 {
		return false
	}
	k := s.e - 1
	for k > c+1 && d.isQuote(k) {
		k--
	}
	return d.punct(k) == "?" && !d.hasQuoteIn(c+1, k)
}

// discourseLabels open a paragraph with a colon without naming a source
// ("So: ...", "Bottom line: ...").
var discourseLabels = set("so", "now", "meanwhile", "again", "still", "also")

// attributiveBefore are the words after which a participle modifies the
// noun that follows it ("the acknowledged leader", "its own recommended
// list", "an alleged bias", "the same clarifying effect").
var attributiveBefore = set("a", "an", "the", "its", "his", "their", "our", "my", "your", "this", "these", "own", "same")

// attributivePrepositions put a past participle before its noun as an
// adjective ("in reported attacks", "for alleged plotters").
var attributivePrepositions = set("in", "for", "of", "with", "on", "about", "over", "against", "from")

// attributiveParticiple reports a cue participle at i used as an adjective
// of the lower-case noun after it rather than as a reporting verb:
// "Trump's reported net worth", "the most criticized move". Such a noun
// phrase reports nothing.
func (d *doc) attributiveParticiple(i int, c cueInfo) bool {
	if c.lemma == "say" || !(c.participle || c.past) || d.inQuote(i) || i+1 >= len(d.toks) {
		return false
	}
	w := d.word(i)
	if c.past && !strings.HasSuffix(w, "ed") {
		return false // irregular forms ("written", "told") head verb phrases
	}
	nx := d.tokAt(i + 1)
	if nx.kind != tWord || nx.upper || d.inQuote(i+1) || determiners.has(nx.lower) || subjPronouns.has(nx.lower) || objPronouns.has(nx.lower) ||
		nx.lower == "that" || clauseAux.has(nx.lower) || adjunctPreps.has(nx.lower) || badContentStart.has(nx.lower) || whWords.has(nx.lower) || finiteVerb(nx.lower) {
		return false
	}
	if d.word(i-1) == "" || d.inQuote(i-1) {
		return false
	}
	pw := d.word(i - 1)
	if attributiveBefore.has(pw) {
		return true
	}
	if base := stripPossessive(pw); base != pw && !pronounContraction(pw) && !subjPronouns.has(base) && !contractionHosts.has(base) {
		return true // a possessive ("Trump's reported net worth"), not "he's predicted"
	}
	return c.past && !c.participle && attributivePrepositions.has(pw)
}

// contractionHosts take "'s" as "is" or "has" rather than as a possessive.
var contractionHosts = set("it", "that", "there", "here", "who", "what", "where", "he", "she", "let")

// predicateContent reports a forward content that opens with an auxiliary
// ("... would turn", "... was similar") where no clause can have lost its
// subject to the words before the frame: it is the rest of the sentence's
// own predicate, the cue a participle or verb inside its subject ("A merger
// announced Monday would turn ...", "The phrase Grassley cited has
// appeared ..."). A content without a subject is right after a relative
// head of a clause verb: "a probe the agency said was ongoing", "what she
// said is growing demand".
func (d *doc) predicateContent(a *attribution, fs int) bool {
	if !clauseAux.has(d.word(fs)) || d.inQuote(fs) || a.inverted || a.cueText == ":" || d.word(a.left-1) == "as" || a.partOf != nil {
		return false
	}
	if a.cueText == "according to" || !clauseVerbs.has(cueInfoOf(d.word(a.cue.s)).lemma) {
		return true // "cited", "rejected": an object verb leaves no subject gap
	}
	if !a.subj.ok() || a.relative {
		return false
	}
	if adverbialWh.has(d.word(a.subj.s - 1)) {
		return true // "how a candidate responds can be ...": the clause is the subject
	}
	// the subject opens the sentence (after a determiner or an amount):
	// nothing before it can stand for the content's subject
	for k := d.sents[a.sent].s; k < a.subj.s; k++ {
		if t := d.toks[k]; t.kind == tWord && !determiners.has(t.lower) && !(t.lower[0] >= '0' && t.lower[0] <= '9') || t.kind == tQuote {
			return false
		}
	}
	return true
}

// adverbialWh open a clause that has its own subject and no gap.
var adverbialWh = set("how", "why", "whether", "if", "when", "where")

// reflexivePronouns as the object of a declaring verb name a status ("declared
// himself an independent", "declaring himself the winner"): no statement
// follows.
var reflexivePronouns = set("himself", "herself", "themselves", "itself", "myself", "ourselves", "yourself")

// statusObject reports the forward content of a declaring verb that opens
// with a reflexive, or of "write" that opens with the particle of "write
// off" ("has written off efforts by ..."): neither reports what was said.
func (d *doc) statusObject(c cueInfo, fs int) bool {
	w := d.word(fs)
	switch c.lemma {
	case "declare", "proclaim":
		return reflexivePronouns.has(w)
	case "write":
		return w == "off"
	}
	return false
}

// garmentNouns carry printed slogans: "a shirt that read “...”" quotes what
// is printed, not a statement (signs and banners, which people hold up to
// say something, stay statements).
var garmentNouns = set("shirt", "shirts", "t-shirt", "t-shirts", "hat", "hats", "cap", "caps", "jersey", "sweatshirt", "hoodie")

// garmentSlogan reports a say/read cue at i whose subject is a garment,
// directly or through a relative pronoun.
func (d *doc) garmentSlogan(i int, c cueInfo) bool {
	if c.lemma != "read" && c.lemma != "say" {
		return false
	}
	p := i - 1
	if w := d.word(p); w == "that" || w == "which" {
		p--
	}
	return garmentNouns.has(d.word(p))
}
