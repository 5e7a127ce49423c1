package extract

// A statement, report or ad that a subject puts out is described by the
// participle after it: "the committee published a report detailing the
// changes", "have since released statements deploring what happened",
// "issued a report this month charging the group with ...", "sent out
// fund-raising pitches highlighting his remarks". The subject of the verb
// speaks; the participle's object or clause is the content. The frame of
// "released a statement saying" (a statement verb, a determiner, one of
// statementNouns and a cue participle right after) is older and stays in
// frameAtScratch; this one takes the shapes around it.

// reportVerbs put out a written or broadcast statement.
var reportVerbs = set("issued", "issues", "released", "releases", "published", "publishes", "sent",
	"posted", "posts", "delivered", "ran", "runs", "aired", "airs", "launched", "launches", "unveiled",
	"unveils", "drafted", "signed", "signs", "penned", "authored", "co-authored", "filed", "gave",
	"gives", "releasing", "issuing", "publishing", "sending", "running", "airing", "launching")

// reportNouns are the statements they put out.
var reportNouns = set("statement", "statements", "report", "reports", "letter", "letters", "memo",
	"memos", "release", "releases", "ad", "ads", "advertisement", "advertisements", "video",
	"videos", "robocall", "robocalls", "op-ed", "op-eds", "editorial", "editorials", "column",
	"paper", "papers", "pitch", "pitches", "email", "emails", "e-mail", "e-mails", "message",
	"messages", "petition", "petitions", "spot", "spots", "commercial", "commercials", "brief",
	"tweet", "tweets", "post", "posts", "website", "communique", "readout", "document", "documents", "speech", "speeches")

// reportParticiples describe what a statement says without being cues of
// their own.
var reportParticiples = set("detailing", "documenting", "deploring", "spotlighting", "targeting",
	"defending", "outlining", "attacking", "hammering", "expressing", "blasting", "lambasting",
	"decrying", "lamenting", "disputing", "rejecting", "touting")

// reportAdjuncts may stand between the statement and its participle: "a
// report this month charging", "statements Wednesday deploring".
var reportAdjuncts = set("this", "last", "on", "late", "early", "week", "month", "year", "night",
	"morning", "evening", "afternoon", "weekend")

// reportParticipleEnd returns the end of the cue "VERB [out] ... NOUN
// [adjunct] PARTICIPLE" that starts at i, or 0. A cue participle right
// after the noun keeps its own frame.
func (d *doc) reportParticipleEnd(i int) int {
	w := d.word(i)
	if !reportVerbs.has(w) || d.inQuote(i) {
		return 0
	}
	j := i + 1
	if d.word(j) == "out" {
		j++ // "sent out"
	}
	// the statement's noun phrase: a few modifiers, then the noun
	n := -1
	for k := j; k < j+5 && k < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote(k) {
			break
		}
		if reportNouns.has(t.lower) && !reportNouns.has(d.word(k+1)) {
			n = k
			break
		}
		if k > j && t.upper && !monthNames.has(t.lower) && !timeWords.has(t.lower) {
			break // "released Smith's statement": a name is no modifier
		}
	}
	if n < 0 {
		return 0
	}
	// short time adjuncts between the noun and the participle
	p := n + 1
	for p < n+4 && p < len(d.toks) && d.toks[p].kind == tWord && !d.inQuote(p) && (timeWords.has(d.toks[p].lower) || reportAdjuncts.has(d.toks[p].lower)) {
		p++
	}
	if p < len(d.toks) && d.punct(p) == "," && p == n+1 {
		p++ // "a follow-up statement, describing"
	}
	pw := d.word(p)
	if pw == "" || pw == "saying" || d.inQuote(p) || !hasIngSuffix(pw) {
		return 0 // "sent an email saying “done.”": the participle frames read "saying"
	}
	c, ok := cueOf(pw)
	if !(ok && c.participle && c.class != cueBelief || reportParticiples.has(pw)) {
		return 0
	}
	// a cue participle right after the noun has its own frame ("issued
	// statements condemning X", "released a statement saying"); the
	// statement frame only takes it over a particle or an adjunct
	if ok && p == n+1 && j == i+1 {
		return 0
	}
	return p + 1
}

func hasIngSuffix(w string) bool {
	return len(w) > 5 && w[len(w)-3:] == "ing"
}
