package extract

import "strings"

// A content opening with a hyphenated "-ing" word is a noun phrase, not a
// gerund clause: "warned of life-threatening storm surge", "said
// record-breaking heat was likely", "warned of fast-moving fires". The
// check for "said, referring to ..." reads any long "-ing" word at a
// content's start as a participle, so these statements were dropped.
// Prefixes of verbs ("re-opening the border", "self-isolating") keep the
// gerund reading. Inference only (the corpus has 2015–16 politics, few
// such adjectives): hand-written probes, session 22.

// verbPrefixes make a hyphenated "-ing" word a verb form.
var verbPrefixes = set("re", "co", "pre", "de", "un", "non", "self", "over", "under", "out", "mis", "cross", "double", "fact", "e")

// hyphenAdjective reports a hyphenated "-ing" adjective at j before a
// lower-case word.
func (d *doc) hyphenAdjective(j int) bool {
	if d.training || d.inQuote(j) {
		return false
	}
	first, last, ok := strings.Cut(d.word(j), "-")
	if !ok || !strings.HasSuffix(last, "ing") || len(last) < 5 || verbPrefixes.has(first) {
		return false
	}
	t, n := d.tokAt(j+1), d.word(j+1)
	return t.kind == tWord && !t.upper && !determiners.has(n) && !subjPronouns.has(n) && !objPronouns.has(n) &&
		!adjunctPreps.has(n) && !subjectPreps.has(n) && n != "that" && n != "and" && !clauseAux.has(n)
}
