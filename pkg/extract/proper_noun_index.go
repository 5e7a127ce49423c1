package extract

// properNounElsewhere is asked about every sentence-opening name that
// bodyEvidence's scan passes, and it walked all the article's runs each
// time: a long transcript ("HOLT: …", "CLINTON: …", 2,000 turns, 330 KB)
// took 35 s, past the quote service's time bound, so real debate
// transcripts were dead-lettered. A long article gets an index of the
// words of its running-text runs instead, built on the first call; short
// ones (all articles of the corpus) keep the walk, which allocates nothing. Both give the same answers
// (TestProperNounIndex).
const properNounIndexMin = 1024

// properNounIndexed answers properNounElsewhere(k) for the word w at k
// from the index: the starts of the running-text runs holding w other
// than at a sentence's start.
func (r *resolver) properNounIndexed(k int, w string) bool {
	if r.properNouns == nil {
		r.indexProperNouns()
	}
	for _, s := range r.properNouns[w] {
		if s != k {
			return true
		}
	}
	return false
}

func (r *resolver) indexProperNouns() {
	words := r.runningTextWords()
	r.properNouns = make(map[string][]int, len(words))
	for _, rw := range words {
		if starts := r.properNouns[rw.w]; len(starts) == 0 || starts[len(starts)-1] != rw.run {
			r.properNouns[rw.w] = append(starts, rw.run)
		}
	}
}
