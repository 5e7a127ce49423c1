package extract

// "told a story": the story, joke or tale a speaker tells is the
// statement ("told a joke", "tells a much different story"); after "the
// story of" it is what the story is about ("told the story of an older
// supporter who ...", "tells the story of how he ...").

var storyNouns = set("story", "stories", "tale", "tales", "joke", "jokes", "anecdote", "anecdotes", "parable")

// toldStoryStart returns the start of the content of a "tell" cue whose
// object is a story, or 0.
func (d *doc) toldStoryStart(a *attribution) int {
	if a.inverted || a.class != cueTell || a.cue.e != a.cue.s+1 || cueInfoOf(d.word(a.cue.s)).lemma != "tell" {
		return 0
	}
	j := a.cue.e
	if w := d.word(j); !determiners.has(w) || d.inQuote(j) {
		return 0
	}
	for k := j + 1; k < j+5 && k < len(d.toks) && d.toks[k].kind == tWord && !d.inQuote(k); k++ {
		if !storyNouns.has(d.word(k)) {
			continue
		}
		if d.word(k+1) == "to" {
			return 0 // "told the story to the children": the telling, not a statement
		}
		if d.word(j) == "the" && d.word(k+1) == "of" && d.word(k+2) != "" {
			return k + 2 // "the story of [how he ...]"
		}
		return j
	}
	return 0
}
