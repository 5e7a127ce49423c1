package extract

// partyDistrictLabel returns the index of a party label before a district
// number ending at l ("Council member Ann Lee, D-District 4, said", "R-Ward
// 3"), else l. Local US copy labels council and state members by district;
// the subject rule for "Rand Paul, R-Ky., said" (attrib.go subjectBefore)
// wanted the label as the last word, so the speaker was the whole run
// "Council member Ann Lee". Inference only: training keeps the old frames,
// so the models do not move. Hand-written local-news probes (session 24).
func (d *doc) partyDistrictLabel(l int) int {
	if d.training {
		return l
	}
	w := d.word(l)
	if w == "" || w[0] < '0' || w[0] > '9' || len(w) > 3 {
		return l
	}
	t := d.tokAt(l - 1)
	if t.kind != tWord || !partyLabel(d.text[t.s:t.e]) {
		return l
	}
	return l - 1
}
