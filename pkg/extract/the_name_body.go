package extract

import "strings"

// "The Hudson said in a statement": a name a person never has, one
// capitalised word after "the" as the whole subject, is a body's short
// name (a museum, a club, a newspaper), not a person called Hudson. In the
// refined pass (names only) such a one-word person speaker without a
// person's evidence (personLike), not a plural ("The Clintons"), is an
// organisation, which
// org_full_name.go may name in full. Session 27, hand-written long
// article.

// theNameBody corrects the kind of the one-word person speaker sp of a.
func (r *resolver) theNameBody(a *attribution, sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil || strings.ContainsAny(sp.Name, " .") || !a.subj.ok() || a.subj.e-a.subj.s != 2 {
		return sp
	}
	if strings.HasSuffix(sp.Name, "s") && !strings.HasSuffix(sp.Name, "ss") {
		return sp // "The Clintons said": a family, persons (plural_name.go)
	}
	d := r.d
	k := a.subj.s + 1
	if d.word(a.subj.s) != "the" || !d.tokAt(k).upper || stripPossessive(r.textOf(rng{k, k + 1})) != sp.Name || r.personLike(rng{k, k + 1}) {
		return sp
	}
	sp.Kind = SpeakerOrganization
	return sp
}
