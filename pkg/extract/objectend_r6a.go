package extract

// Ends of the object and infinitive contents of stance and intention cues
// ("praised Trump", "declined to comment", "denies that ..."). The
// annotation takes the object or the infinitive phrase only: an adjunct of
// place, medium, means or occasion after it ("mocks Trump on Twitter",
// "denied the charges through his lawyer", "refused to answer on multiple
// occasions") and a second predicate of the subject ("rejected X and
// handed Clinton ...") are the writer's narration.

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
	c, ok := cueLex[d.word(a.cue.s)]
	if !ok || !objectCues.has(c.lemma) {
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
	for k := fwd.s + 1; k+1 < fwd.e && k < fwd.s+12; k++ {
		if d.inQuote(k) || d.toks[k].kind != tWord {
			return fwd.e
		}
		x := d.word(k)
		if x == "and" || x == "but" || x == "who" || x == "which" || x == "that" || clauseAux.has(x) {
			return fwd.e
		}
		if e := d.adjunctPhrase(k, fwd.e); e > k {
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
// occasions", "in the wake of ..."), or k.
func (d *doc) adjunctPhrase(k, e int) int {
	p := d.word(k)
	var heads *wordSet
	switch p {
	case "on", "via":
		if mediumNames.has(d.word(k + 1)) {
			return k + 2
		}
		if p == "on" && occasionCounts.has(d.word(k+1)) && d.word(k+2) == "occasions" {
			return k + 3
		}
		heads = &mediumHeads
	case "at":
		heads = &eventHeads
	case "through":
		heads = &agentHeads
	case "in":
		if d.word(k+1) == "the" && d.word(k+2) == "wake" && d.word(k+3) == "of" {
			return k + 3
		}
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
