package extract

// Body stance objects that are lists: "Trump thanked his parents, his
// siblings, his wife and his children". The object ends at its first comma
// (stanceObjectEnd), which leaves the list's first item: too little of the
// annotated object to match. At inference only (the frames are
// rule-accepted, stance_body.go), the object goes on over list items
// opened by a possessive, as questioned_object.go does. cv3: all tp +3
// fp -3, speech and direct unchanged.

// extendStanceObject returns the end of a body stance's object that
// stanceObjectEnd ended at e, going on over a list's items.
func (d *doc) extendStanceObject(e, limit int) int {
	for e+1 < limit && d.punct(e) == "," && !d.inQuote(e) && possessiveDeterminers.has(d.word(e+1)) {
		e = d.stanceObjectEnd(rng{e + 1, limit}) // "his parents, his siblings and his wife"
	}
	return e
}
