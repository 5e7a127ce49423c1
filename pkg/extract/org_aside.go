package extract

// "The Maritime and Coastguard Agency, which inspects passenger ships in
// Britain, said": an organisation's name with "and" inside, before a
// relative aside; the name was split out of the whole subject and stopped
// at "and", so the speaker was "Maritime", a person. In the refined pass
// (names only) such a subject is resolved without its aside when what
// stays is a name of capitalised words and "and". Session 27, hand-written long articles.

// orgBeforeAside returns a's subject without a relative aside when it is
// such a name, or noRange.
func (d *doc) orgBeforeAside(a *attribution) rng {
	wa := d.withoutAside(a.subj)
	if wa == a.subj || !relativeWords.has(d.word(wa.e+1)) {
		return noRange
	}
	n := d.trimDet(wa)
	if n.e-n.s < 3 || !d.tokAt(n.s).upper || !d.tokAt(n.e-1).upper {
		return noRange
	}
	connector := false
	for k := n.s; k < n.e; k++ {
		t := d.tokAt(k)
		switch {
		case t.kind != tWord && d.punct(k) != "&":
			return noRange
		case t.kind == tWord && !t.upper:
			if t.lower != "and" {
				return noRange // "of" names are read by institution_name.go
			}
			connector = true
		}
	}
	if !connector {
		return noRange
	}
	return wa
}
