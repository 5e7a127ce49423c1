package extract

// "The talks were, as one diplomat put it, going nowhere", "The result, as
// he later explained, was a bubble": an "as" frame set between commas in
// the middle of a clause reports the whole clause around it. The content
// was none when the part after the frame was shorter than three words; it
// now is both parts, as the annotation splits such a content. At inference
// only, and only for a tail of two words: taking the head into the longer
// contents too ("The result, as he later explained, was ...") made 3
// design statements exact, but the accept model, which sees the content's
// shape, then dropped one of them (cv3v design speech tp -2), so those
// keep the tail alone. No train prediction changes; lands on its tests.

// midAsHead returns the start of the part before an "as" frame a between
// commas inside sentence s (the sentence start after a leading "And",
// "But"), or -1: at least two words before the comma, no quotation mark,
// comma or colon among them.
func (d *doc) midAsHead(a *attribution, s sentence) int {
	c := a.left - 2
	if d.training || d.word(a.left-1) != "as" || d.punct(c) != "," || c <= s.s || d.countWords(s.s, c) < 2 {
		return -1
	}
	for k := s.s; k < c; k++ {
		if d.isQuote(k) || d.inQuote(k) || d.punct(k) == "," || d.punct(k) == ":" {
			return -1
		}
	}
	h := s.s
	for h < c-1 && discourse.has(d.word(h)) {
		h++ // "And that, as Trump points out, is ...": the annotation leaves "And" out
	}
	if d.countWords(h, c) < 1 {
		return -1
	}
	return h
}
