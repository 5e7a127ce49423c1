package extract

// "LAUSANNE, Switzerland - ... Brandt said at a news conference in
// Lausanne. ... Told of her comments, he said": with no man in reach, a
// he took the town after "in", a weak antecedent (weakPersonRun) that
// the dateline shows to be a place. A one-word run that the dateline
// writes is no antecedent of he or she. Refined pass. Session 27,
// hand-written long article.

// datelinePlace reports a one-word run whose word the article's dateline
// (the first sentence of one of its first three paragraphs) holds.
func (d *doc) datelinePlace(run rng) bool {
	if run.e-run.s != 1 {
		return false
	}
	w := stripPossessive(d.word(run.s))
	for p := 0; p < 3 && p+1 < len(d.paraS); p++ {
		k := d.paraS[p]
		if k >= len(d.toks) || !d.inDateline(k) {
			continue
		}
		for s := d.sents[d.sentOf[k]]; k < s.e; k++ {
			if k != run.s && d.word(k) == w {
				return true
			}
		}
		return false
	}
	return false
}

// "near Orly airport", "at Termini station": a capitalised run before a
// lower-case noun of a place is that place's name, no antecedent of he or
// she either.
var placeNounsAfter = set("airport", "station", "street", "road", "avenue", "square", "bridge", "river",
	"lake", "harbour", "harbor", "port", "valley", "motorway", "highway")

// placeNamed reports a run followed by such a noun.
func (d *doc) placeNamed(run rng) bool {
	t := d.tokAt(run.e)
	return t.kind == tWord && !t.upper && placeNounsAfter.has(t.lower)
}

// datelineNamesRun reports a run of any length whose words the article's
// dateline writes in a row ("The airport at San Isidro" after "SAN
// ISIDRO, Valmoran Islands -"): a place, no body competing for "the
// airline" (last_speaker_body.go). Session 28.
func (d *doc) datelineNamesRun(run rng) bool {
	n := run.e - run.s
	for p := 0; p < 3 && p+1 < len(d.paraS); p++ {
		k := d.paraS[p]
		if k >= len(d.toks) || !d.inDateline(k) {
			continue
		}
		for s := d.sents[d.sentOf[k]]; k+n <= s.e; k++ {
			if k == run.s {
				return false // the dateline itself
			}
			i := 0
			for i < n && d.word(k+i) != "" && d.word(k+i) == stripPossessive(d.word(run.s+i)) {
				i++
			}
			if i == n {
				return true
			}
		}
		return false
	}
	return false
}
