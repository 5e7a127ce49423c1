package extract

import "strings"

// adjectiveComma reports, at inference, a comma between two adjectives of
// one noun phrase ("has the full, unredacted memo", "a shiny, expensive
// truck"): the cut model took it for the end of the content ("the panel
// has the full"), which leaves a determiner and an adjective without
// their noun. The comma follows a determiner or a possessive and a
// lower-case word (not an "-ly" adverb); after it come an adjective (by
// its suffix, "un-" or an "-ed" participle) and a further word of the
// phrase (no preposition, pronoun or clause opener; an "-ed" word before
// a capitalised one is a verb: "the front-runner, criticized Clinton"),
// not followed by a cue ("a victory, political experts said").
// In the annotation of train, of the 42 such commas at a content's end or
// inside it, 41 lie inside and 1 ends it. Inference only (applyCut):
// training keeps its cut points, so the models do not move. cv3: all tp
// +3 fp -3, speech 0.3 tp +3 fp -3, exact tp +6 fp -6, direct unchanged.
func (d *doc) adjectiveComma(k int) bool {
	if d.training || d.punct(k) != "," || d.inQuote(k) {
		return false
	}
	det := d.word(k - 2)
	if !determiners.has(det) && !strings.HasSuffix(det, "'s") && !strings.HasSuffix(det, "’s") {
		return false
	}
	if w := d.word(k - 1); w == "" || d.tokAt(k-1).upper || strings.HasSuffix(w, "ly") || npStop.has(w) {
		return false
	}
	a := d.word(k + 1)
	if a == "" || d.tokAt(k+1).upper || npStop.has(a) || determiners.has(a) || !d.commaAdjective(a) {
		return false
	}
	n := d.word(k + 2)
	if n == "" || npStop.has(n) || determiners.has(n) || subjPronouns.has(n) || objPronouns.has(n) {
		return false
	}
	if _, cue := cueOf(d.word(k + 3)); cue {
		return false // "a victory, political experts said"
	}
	// "the front-runner, criticized Clinton": a verb, not a participle
	return !strings.HasSuffix(a, "ed") || strings.HasPrefix(a, "un") || !d.tokAt(k+2).upper
}

// commaAdjective reports a word that reads as an adjective after the comma:
// an adjective's suffix, "un-", or an "-ed" participle ("unredacted").
func (d *doc) commaAdjective(w string) bool {
	if len(w) < 4 {
		return false
	}
	if strings.HasSuffix(w, "ed") || strings.HasPrefix(w, "un") && len(w) >= 6 || negativeAdjective(w) { // negative_adjective.go
		return true
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
