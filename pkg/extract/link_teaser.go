package extract

// "Read more: Why the Fed says inflation is sticky", "RELATED: Trump says
// tariffs will stay", "Our Standards: The Thomson Reuters Trust
// Principles": web pages and wire copy put links to other articles and
// boilerplate between or after the paragraphs of a story. A statement in
// such a paragraph is another article's headline, not this article's
// report, and the colon of a boilerplate label names no source. At
// inference a paragraph that opens with such a label and a colon (or "READ
// MORE" in capitals, which sites write without one) has no statements.
// The annotated corpus has no such paragraphs; hand-written probes.

// teaserLabels open a paragraph of links or boilerplate, lower case, as
// word sequences.
var teaserLabels = [][]string{
	{"read", "more"}, {"related"}, {"see", "also"}, {"also", "read"}, {"recommended"}, {"further", "reading"},
	{"more", "on", "this", "story"}, {"related", "coverage"}, {"related", "stories"}, {"related", "articles"},
	{"read", "next"}, {"up", "next"}, {"trending"}, {"our", "standards"}, {"most", "read"}, {"you", "may", "also", "like"},
}

// teaserFirstWords: the first word of each teaser label, the one test
// most paragraphs fail.
var teaserFirstWords = func() wordSet {
	var ws []string
	for _, l := range teaserLabels {
		ws = append(ws, l[0])
	}
	return set(ws...)
}()

// linkTeaser reports a frame in a paragraph that opens with a teaser label
// (see above). Inference only.
func (d *doc) linkTeaser(a *attribution) bool {
	if d.training {
		return false
	}
	p := d.toks[d.sents[a.sent].s].para
	s := d.paraS[p]
	// asked for every kept statement: the paragraph's first word rules
	// out most paragraphs, and most labels, without a walk
	first := d.word(s)
	if !teaserFirstWords.has(first) {
		return false
	}
	for _, l := range teaserLabels {
		if l[0] != first || !d.wordsAre(s, l) {
			continue
		}
		after := s + len(l)
		if d.punct(after) == ":" || d.punct(after) == "|" || isAllCaps(d.text[d.toks[s].s:d.tokAt(after-1).e]) {
			return true
		}
	}
	return false
}
