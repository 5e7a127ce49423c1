package extract

// titleQuotation reports, at inference, a quoted fragment without a cue
// of its own (a quotation continuing the statement before it, kept as a
// partial quotation because its sentence has words outside it) whose words
// are all capitalised but for small words: the title of a show, a book or
// a song ("an interview with CNN’s “The Lead With Jane Roe,” on Monday",
// "the band played “Bridge Over the River”"), which names a thing and
// reports nobody's words. On the held-out CV predictions of train (3
// seeds) the rule dropped 12 wrong statements (9 with no gold content at
// all, 3 inside a statement another prediction already matched; 4
// distinct) and 6 right ones (2 distinct: a slogan, a chant: “Bernie or
// Bust”); speech fp -9 tp +0.
// Inference only: the candidates train the models as before.
func (d *doc) titleQuotation(a *attribution, q *Quote) bool {
	if d.training || a.inherits == nil || a.cue.ok() || q.Kind != KindPartial || len(a.content) != 1 {
		return false
	}
	c := a.content[0]
	upper := 0
	for k := c.s; k < c.e; k++ {
		t := d.tokAt(k)
		if t.kind != tWord {
			continue
		}
		switch {
		case t.upper:
			upper++
		case !titleSmallWords.has(t.lower):
			return false
		}
	}
	return upper >= 2
}

// titleSmallWords stay lower case in a title.
var titleSmallWords = set("the", "a", "an", "of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "from", "as", "vs")
