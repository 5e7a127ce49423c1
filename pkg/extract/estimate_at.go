package extract

import "strings"

// Figure estimates: "Bloomberg estimates his fortune at about $42
// billion", "Forbes put his net worth at $45 billion", "A poll pegged his
// support at 5 percent". The annotation marks the object with its "at"
// figure as the source's statement. On train 5 of the 6 such phrases
// (an active form, an object of at most eight words, "at" and a figure)
// are annotated; the other has a restrictive relative subject ("a man who
// puts his net worth at ..."), left out here. None was found before. The
// frames are built at inference only and accepted by rule, so training is
// unchanged; the content ends as a perception stance's does
// (viewAsContentEnd), and at the first comma. cv3: all tp +12 fp +0,
// speech tp +6 fp +0, exact tp +6 fp +0, direct unchanged (without the
// comma end: 3 wrong ones more).

// estimateAtForms are the active forms that take an object and an "at"
// figure.
var estimateAtForms = set("estimates", "estimated", "estimate", "puts", "put", "pegs", "pegged")

// estimateAtConf is the confidence of a rule-accepted figure estimate.
const estimateAtConf = 0.75

// estimateAtCue reports an estimate verb at i, at inference, outside
// quotations and after its subject, followed by a short object, "at" and
// a figure within the next few words.
func (d *doc) estimateAtCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || i == s.s || d.toks[i].upper || !estimateAtForms.has(d.word(i)) {
		return false
	}
	if p := d.word(i - 1); p == "to" || p == "who" || p == "that" || p == "which" || sayFallbackModals.has(p) || beForms.has(p) || nounDeterminers.has(p) || adjunctPreps.has(p) || p == "of" {
		return false // "to put", "was estimated at", "the estimates at", "a man who puts"
	}
	o := i + 1
	if t := d.tokAt(o); t.kind != tWord || d.inQuote(o) || viewAsBadObject.has(t.lower) {
		return false
	}
	for k := o + 1; k < s.e && k <= o+8; k++ {
		if d.inQuote(k) {
			return false
		}
		t := d.tokAt(k)
		if t.kind != tWord {
			if p := d.punct(k); p == "'" || p == "’" || p == "'s" || p == "’s" {
				continue // a possessive: "Mr. Kamprad's fortune"
			}
			return false
		}
		if t.lower != "at" {
			if viewAsClauseWords.has(t.lower) || subjPronouns.has(t.lower) {
				return false
			}
			continue
		}
		for j := k + 1; j < s.e && j <= k+4; j++ {
			w := d.text[d.tokAt(j).s:d.tokAt(j).e]
			if w != "" && (w[0] >= '0' && w[0] <= '9' || strings.HasPrefix(w, "$")) {
				return true
			}
		}
		return false
	}
	return false
}

// estimateAtEnd ends a figure estimate's content at the first comma after
// its start s (before limit): what follows describes the figure ("puts
// her approval at 50 percent, the highest since ...").
func (d *doc) estimateAtEnd(s, limit int) int {
	for k := s + 1; k < limit; k++ {
		if d.punct(k) == "," && !d.inQuote(k) {
			return k
		}
	}
	return limit
}
