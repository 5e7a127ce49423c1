package extract

// A colon before a lower-case word opens what the content announces: "hopes
// to reap benefits of its own: to create new markets", "reiterated his
// pledges: rebuilding the military, ...", "talked about the issues: the
// economy and security". In the annotation of train, of the forward
// contents that meet a colon followed by a lower-case word (outside a
// quotation mark), 54 run on through it and 7 end there (before a
// capital, a quotation or a number the colon more often ends them). The
// cut model and the first-punctuation ends of object shapes
// (objectShapeEnd) and stance objects (stanceObjectEnd) ended contents
// there. colonGoesOn keeps them going, at inference only, so the models
// do not move.

// colonGoesOn reports, at inference, a colon at k outside quotations
// followed by a lower-case word.
func (d *doc) colonGoesOn(k int) bool {
	if d.training || d.punct(k) != ":" || d.inQuote(k) {
		return false
	}
	t := d.tokAt(k + 1)
	return t.kind == tWord && !t.upper && !d.inQuote(k+1) && t.lower[0] >= 'a' && t.lower[0] <= 'z'
}
