package extract

import "strings"

// "It makes sense, strategists said, for Democrats to act now", "It is
// important, he said, for the party to unite": a cue set between commas
// inside its statement, whose second part is an infinitive with its own
// subject after "for". "For" opens no content after a cue (badContentStart:
// "said for years"), so the statement kept its first part alone, too short
// for the accept model. At inference the words after such a parenthetical
// cue are its content when they read "for NP to VERB": a noun phrase of at
// most five words, no verb or time among them ("for years was", "for the
// first time"), then "to" and a lower-case word that is no determiner and
// no plural ("to reporters").
// Train: one such sentence on the design documents, annotated with both
// parts; session 23.

// forToTail reports the "for NP to VERB" at fs right after the comma that
// closes frame a's parenthetical cue. Inference only.
func (d *doc) forToTail(a *attribution, fs int) bool {
	if d.training || d.word(fs) != "for" || d.punct(fs-1) != "," || fs-1 != a.cue.e || !a.subj.ok() || a.subj.e != a.cue.s || d.punct(a.subj.s-1) != "," || d.inQuote(fs) {
		return false
	}
	for k := fs + 1; k < fs+7; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || d.inQuote(k) {
			return false
		}
		if t.lower == "to" {
			n := d.tokAt(k + 1)
			verb := n.kind == tWord && !n.upper && !determiners.has(n.lower) && n.lower != "the" && (!strings.HasSuffix(n.lower, "s") || strings.HasSuffix(n.lower, "ss") || strings.HasSuffix(n.lower, "us"))
			return k > fs+1 && verb // "to reporters" is no verb
		}
		if clauseAux.has(t.lower) || finiteVerb(t.lower) || periodWords.has(t.lower) || timeAdjunctNouns.has(t.lower) {
			return false // "for years was to wait", "for the first time to reporters"
		}
	}
	return false
}
