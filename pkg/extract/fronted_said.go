package extract

// Fronted "Said X:" before a quotation, the vox-pop form of local and
// feature news: "Said one voter: “I'm done with all of them.”", "Said his
// mother: “He was a good boy.”" The inverted frame at the sentence's
// start took its subject only before a comma ("Said Comey, “...”"), so
// these gave nothing, or a colon frame whose mention was "Said Smith". At
// inference the subject may end at a colon before a quotation; training
// keeps the old frames, so the models do not move. The training split has
// 3 fronted "Said"/"Says", none with a colon (hand-written probes).

// frontedSaidColon reports a fronted "Said"/"Says" at i, the sentence's
// first word, whose inverted subject ends at the colon after before an
// opening quotation mark. Inference only.
func (d *doc) frontedSaidColon(s sentence, i, after int) bool {
	if d.training || i != s.s || !d.toks[i].upper || d.punct(after) != ":" || d.inQuote(after) {
		return false
	}
	if w := d.word(i); w != "said" && w != "says" {
		return false
	}
	q := after + 1
	return d.isQuote(q) && d.inQuote(q) && d.quotes[d.qidx[q]].first() == q
}
