package extract

// "His wife, Kerry Doyle, waited at the mine gate ... his wife said she
// would try to talk him out of it": a bare kin nominal ("his wife", "her
// son") after the article named that relative in an apposition ("His
// wife, Kerry Doyle,") is that person; it had stayed "wife". In the
// refined pass the latest earlier "<kin>, <Name>," names it (familyNouns,
// inverted_apposition.go). Session 27,
// hand-written long article.

// kinAppositionPerson returns the person an earlier apposition names for
// a's subject "his/her/their <kin>".
func (r *resolver) kinAppositionPerson(a *attribution) (Speaker, bool) {
	d := r.d
	subj := a.subj
	if subj.e-subj.s != 2 || !familyNouns.has(d.word(subj.s+1)) {
		return Speaker{}, false
	}
	if w := d.word(subj.s); w != "his" && w != "her" && w != "their" {
		return Speaker{}, false
	}
	kin := d.word(subj.s + 1)
	for k := subj.s - 2; k > 0; k-- {
		if d.word(k) != kin || d.punct(k+1) != "," {
			continue
		}
		s := k + 2
		e := d.capitalRunEnd(s, min(s+4, len(d.toks)))
		if e-s >= 2 && d.punct(e) == "," && r.looksPerson(rng{s, e}) {
			return r.namedPerson(rng{s, e}, rng{subj.s + 1, subj.e}), true // titled "wife": a she (wordGender)
		}
	}
	return Speaker{}, false
}
