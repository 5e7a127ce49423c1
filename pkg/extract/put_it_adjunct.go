package extract

// "As Ortiz put it on Friday, the deal is dead", "Ortiz put it bluntly:
// “It’s over.”", "As Lee put it in a speech, ...": an adverb, a time or an
// occasion between "put it" and its comma or colon. putIt wanted the
// punctuation right after "it", so these had no statement. At inference
// only (the frames the models trained on are unchanged), and only where
// "put it" can be no placing of a thing: an "as" shortly before it, or a
// colon or a quotation after the adjunct. No train/dev statement changes,
// cv3v unchanged: a fix for hand-written probes of the cue forms.

// putItAdjunctWords may stand between "put it" and its punctuation.
var putItAdjunctWords = set("this", "that", "way", "best", "more", "simply", "on", "in", "at", "during", "a", "an",
	"the", "his", "her", "their", "speech", "interview", "statement", "letter", "post", "tweet", "rally",
	"briefing", "conference", "news", "recent", "later", "earlier")

// putItAdjunct reports "put it" at i followed by a short adjunct and then
// a comma, colon or quotation, in a reporting use.
func (d *doc) putItAdjunct(i int) bool {
	if d.training || d.word(i+1) != "it" || d.inQuote(i) {
		return false
	}
	as := false
	s := d.sents[d.sentOf[i]]
	for k := i - 1; k >= s.s && k >= i-8; k-- {
		if d.word(k) == "as" {
			as = true
			break
		}
	}
	for j := i + 2; j < s.e && j <= i+8; j++ {
		if d.isQuote(j) || d.punct(j) == ":" {
			return j > i+2
		}
		if d.punct(j) == "," || isTerminal(d.punct(j)) {
			return as && j > i+2
		}
		t := d.tokAt(j)
		if t.kind != tWord || !(isAdverb(t) || timeWords.has(t.lower) || periodWords.has(t.lower) || putItAdjunctWords.has(t.lower)) {
			return false
		}
	}
	return false
}
