package extract

// endBeforeThisStory ends, at inference, a forward content before "for this
// story|article|column|report|piece" ("declined to comment for this
// story"): the writer's note on the request, not the words. Only outside
// quotation marks. On 3-seed cross-validation on train: all, speech,
// direct and exact speech -3 wrong ones each, matches unchanged.
// Training keeps the old contents, so the models do not move (doc.go).
func (d *doc) endBeforeThisStory(a *attribution) {
	c := d.forwardEndContent(a)
	if c == nil {
		return
	}
	for k := c.s + 1; k+2 < c.e; k++ {
		if d.word(k) == "for" && d.word(k+1) == "this" && thisStoryNouns.has(d.word(k+2)) && !d.inQuote(k) {
			d.endContentBefore(c, k)
			return
		}
	}
}

var thisStoryNouns = set("story", "article", "column", "report", "piece")
