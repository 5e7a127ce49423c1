package extract

// "she said, showing off the “Make America Great Again” hat his campaign
// had given her. “I’ve been a supporter ...”": a short quoted name of
// capitalised words between a determiner and a lower-case noun ("the “No
// Comparison” ad", "his “Apprentice” years") names a thing; it is no
// statement. Taken for one (a quotation after a statement inherits its
// speaker), it also took the quotation sentence after it, which goes on
// with the statement before. Inference only, so the models do not move.
// Session 28, hand-written probes.
func (d *doc) attributiveTitle(qi int) bool {
	if d.training {
		return false
	}
	q := d.quotes[qi]
	first, last := q.first(), q.last()
	if !attributiveDeterminers.has(d.word(first-1)) || d.inQuote(first-1) {
		return false
	}
	n := d.tokAt(last + 1)
	if n.kind != tWord || n.upper || n.para != d.toks[last].para || d.inQuote(last+1) {
		return false
	}
	return d.titleQuote(qi)
}

// attributiveDeterminers open a noun phrase that a quoted name modifies.
var attributiveDeterminers = set("the", "a", "an", "his", "her", "their", "its", "our", "this", "that")
