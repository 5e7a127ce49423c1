package extract

import "strings"

// Ends of the object and infinitive contents of stance and intention cues
// ("praised Trump", "declined to comment", "denies that ..."). The
// annotation takes the object or the infinitive phrase only: an adjunct of
// place, medium, means or occasion after it ("mocks Trump on Twitter",
// "denied the charges through his lawyer", "refused to answer on multiple
// occasions"), a second predicate of the subject ("rejected X and
// handed Clinton ..."), a coordinated clause with its own subject ("urged
// people to stay home, and the hashtag was trending") and an as-clause
// ("refused to speak as she left") are the writer's narration. "urged X to
// ..." keeps its addressee X.

// objectCues take a noun-phrase object or an infinitive as content.
var objectCues = set("praise", "tout", "slam", "blame", "mock", "condemn", "lament", "reject", "deny",
	"cite", "propose", "reveal", "reiterate", "refuse", "decline", "vow", "pledge", "hope", "plan",
	"call", "urge", "defend", "support", "oppose", "endorse", "know", "agree", "accuse", "chant",
	"welcome", "dismiss", "highlight", "concede", "expect", "intend")

// objectCueLemma returns the lemma of a's cue when it takes an object or
// an infinitive content, or "".
func (d *doc) objectCueLemma(a *attribution) string {
	if !a.cue.ok() || a.inverted {
		return ""
	}
	c, ok := d.cueAt(a.cue.s)
	if !ok || !objectCues.has(c.lemma) && !bareObjectSpeech.has(c.lemma) {
		return ""
	}
	return c.lemma
}

// objectAdjunctEnd ends the forward content fwd of an object cue before an
// adjunct of place, medium, means or occasion that follows the object or
// the infinitive phrase; otherwise it returns fwd.e.
func (d *doc) objectAdjunctEnd(a *attribution, fwd rng) int {
	if d.objectCueLemma(a) == "" {
		return fwd.e
	}
	w := d.word(fwd.s)
	if w == "" || w == "that" || whWords.has(w) || d.inQuote(fwd.s) {
		return fwd.e // a clause: its adjuncts are the speaker's
	}
	// an infinitive's verb takes its own adjuncts ("plans to speak at the
	// convention"), as does a gerund or a verb in the object ("accused X of
	// grabbing her at a press conference"); only an occasion stays outside
	verb := w == "to"
	for k := fwd.s + 1; k+1 < fwd.e && k < fwd.s+12; k++ {
		if d.inQuote(k) || d.toks[k].kind != tWord {
			return fwd.e
		}
		x := d.word(k)
		if x == "and" || x == "but" || x == "who" || x == "which" || x == "that" || clauseAux.has(x) && d.word(k-1) != "to" {
			return fwd.e
		}
		if len(x) > 4 && strings.HasSuffix(x, "ing") || finiteVerb(x) && !strings.Contains(x, "-") {
			verb = true
		}
		if e := d.adjunctPhrase(k, fwd.e, verb); e > k {
			// "slammed X on multiple occasions for failing", "called on X
			// Wednesday to act": the cue's own argument follows
			if n := d.word(e); n == "for" || n == "of" || n == "to" || clauseAux.has(n) || finiteVerb(n) {
				return fwd.e
			}
			return k
		}
	}
	return fwd.e
}

var (
	mediumHeads = set("page", "account", "feed", "show", "program", "blog", "website", "site", "broadcast", "stage", "channel")
	mediumNames = set("twitter", "facebook", "instagram", "television", "tv", "youtube")
	eventHeads  = set("conference", "rally", "event", "meeting", "debate", "hall", "hearing", "briefing",
		"fundraiser", "forum", "stop", "speech", "luncheon", "dinner", "breakfast", "summit", "convention",
		"appearance", "interview", "shooting", "attack", "attacks", "visit", "announcement", "ceremony")
	agentHeads = set("lawyer", "lawyers", "spokesman", "spokeswoman", "spokesperson", "attorney",
		"attorneys", "representative", "aide", "aides")
	textHeads = set("statement", "interview", "tweet", "video", "speech", "op-ed", "letter", "email",
		"post", "appearance", "memo", "essay", "column")
	occasionCounts = set("multiple", "several", "many", "numerous", "two", "three", "repeated")
)

// adjunctPhrase returns the end of an adjunct phrase of place, medium,
// means or occasion at k ("on Twitter", "at a news conference", "through
// his lawyer", "in a statement", "after the meeting", "on multiple
// occasions", "in the wake of ..."), or k. With occasionOnly, only the
// last two.
func (d *doc) adjunctPhrase(k, e int, occasionOnly bool) int {
	p := d.word(k)
	switch {
	case p == "on" && occasionCounts.has(d.word(k+1)) && d.word(k+2) == "occasions":
		return k + 3
	case p == "in" && d.word(k+1) == "the" && d.word(k+2) == "wake" && d.word(k+3) == "of":
		return k + 5
	case occasionOnly:
		return k
	}
	var heads *wordSet
	switch p {
	case "on", "via":
		if mediumNames.has(d.word(k + 1)) {
			return k + 2
		}
		heads = &mediumHeads
	case "at":
		heads = &eventHeads
	case "through":
		heads = &agentHeads
	case "in":
		heads = &textHeads
	case "after", "before", "following", "during":
		heads = &eventHeads
	default:
		return k
	}
	// an optional determiner, up to three modifiers, the head
	j := k + 1
	if determiners.has(d.word(j)) {
		j++
	}
	for h := j; h < e && h < j+4; h++ {
		w := d.word(h)
		if w == "" || d.inQuote(h) || npStop.has(w) {
			return k
		}
		if heads.has(w) && !d.toks[h].upper {
			return h + 1
		}
	}
	return k
}

// objectSecondPredicate returns the token that ends the content [s, e) of
// an object cue before a second predicate of the cue's subject, or 0: a
// conjunction and a verb in the cue's tense ("rejected the plan and handed
// Clinton a win", "plans to vote but is undecided", "denies that it was a
// genocide and goes on ..."). Inside a that-clause in the same tense the
// verb may be the clause's own ("alleged that he lied and cheated").
func (d *doc) objectSecondPredicate(a *attribution, s, e int) int {
	if d.objectCueLemma(a) == "" {
		return 0
	}
	cw := d.word(a.cue.s)
	c := cueInfoOf(cw)
	if c.participle {
		return 0
	}
	tense := verbTense(cw) // "past", or "s" for "denies", "plans"
	if tense == "s" {
		tense = "pres"
	}
	if tense != "past" && tense != "pres" {
		return 0 // "agree", "know": a base form tells no tense
	}
	clause := d.word(s) == "that" || whWords.has(d.word(s))
	for k := s + 1; k+1 < e; k++ {
		if d.inQuote(k) {
			continue
		}
		w := d.word(k)
		if clause && verbTense(w) == tense {
			return 0 // the clause's own verb in the cue's tense: ambiguous
		}
		if !clause && (clauseAux.has(w) && w != "'s" || finiteVerb(w) && !strings.Contains(w, "-")) {
			// "cited no evidence that Mills intervened ... and wanted"; a
			// possessive "'s" and "self-described" are no verbs
			return 0
		}
		if w != "and" && w != "but" {
			continue
		}
		v := d.skipAdverbs(k+1, e)
		for v < e && (d.word(v) == "also" || d.word(v) == "then" || d.word(v) == "later" || d.word(v) == "instead") {
			v++
		}
		if v >= e || d.toks[v].upper || d.inQuote(v) || !d.predicateVerb(v, tense) {
			continue
		}
		if d.punct(k-1) == "," {
			return k - 1
		}
		return k
	}
	return 0
}

// predicateVerb reports a finite verb at v in the given tense ("past" or
// "pres") that can open a predicate: "handed", "is", "goes through".
func (d *doc) predicateVerb(v int, tense string) bool {
	w := d.word(v)
	switch tense {
	case "past":
		return finiteVerb(w) || w == "was" || w == "were" || w == "had" || w == "did"
	case "pres":
		if w == "is" || w == "has" || w == "does" {
			return true
		}
		// a third-person verb form followed by what opens its object
		n := d.word(v + 1)
		return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' && w[len(w)-2] != 'i' &&
			(determiners.has(n) || objPronouns.has(n) || npStop.has(n) && !clauseAux.has(n) && n != "and" && n != "or")
	}
	return false
}

// objectContentEnd applies the ends of object contents: an adjunct after
// the object, a new clause after a comma.
func (d *doc) objectContentEnd(a *attribution, fwd rng) int {
	e := d.objectAdjunctEnd(a, fwd)
	if k := d.objectClauseEnd(a, rng{fwd.s, e}); k > 0 {
		return k
	}
	return e
}

// addresseeStart returns the start of the content fwd of "urged X to ...":
// the annotation mostly takes the addressee with the infinitive ("urged
// [Congress to act]").
func (d *doc) addresseeStart(a *attribution, fwd rng) int {
	if a.class != cueTell || !a.cue.ok() || a.inverted || cueInfoOf(d.word(a.cue.s)).lemma != "urge" {
		return fwd.s
	}
	if (d.word(fwd.s) == "to" || d.urgedNotTo(fwd.s)) && fwd.s > a.cue.e && d.objectEnd(a.cue.e) == fwd.s {
		return a.cue.e
	}
	return fwd.s
}

// objectClauseEnd returns the comma that ends the object or infinitive
// content fwd of an object cue before a coordinated clause with a subject
// of its own ("urged people to stay home, and the hashtag was soon
// trending"), or 0.
func (d *doc) objectClauseEnd(a *attribution, fwd rng) int {
	if d.objectCueLemma(a) == "" {
		return 0
	}
	w := d.word(fwd.s)
	if w == "" || w == "that" || whWords.has(w) || subjPronouns.has(w) || d.inQuote(fwd.s) || w != "to" && d.looksClause(fwd.s, fwd.e) {
		return 0 // a clause: "know you want X, but ..."
	}
	for k := fwd.s + 1; k+3 < fwd.e; k++ {
		if d.inQuote(k) {
			continue
		}
		if d.word(k) == "as" && subjPronouns.has(d.word(k+1)) && d.word(k+1) != "it" && d.word(k+1) != "you" {
			return k // "refused to speak to reporters as she left the breakfast"
		}
		if d.punct(k) != "," {
			continue
		}
		c := d.word(k + 1)
		if c != "and" && c != "but" && c != "yet" {
			continue
		}
		// a subject, then its verb within a few words
		j := k + 2
		if !(determiners.has(d.word(j)) || subjPronouns.has(d.word(j)) || d.toks[j].upper) || d.inQuote(j) {
			continue
		}
		for v := j + 1; v < fwd.e && v < j+6; v++ {
			x := d.word(v)
			if x == "" || d.inQuote(v) {
				break
			}
			if clauseAux.has(x) && x != "'s" || finiteVerb(x) && !strings.Contains(x, "-") {
				return k
			}
		}
	}
	return 0
}
