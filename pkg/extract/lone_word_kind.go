package extract

import "strings"

// "According to Zillow, home prices rose" and "Zillow said home prices
// rose": one speaker, of one kind. A lone capitalised word the alias table
// does not know was a person mid-sentence (its capital proves a name) but
// of unknown kind at a sentence's start (where any word has one), so the
// kind of the same source depended on where the sentence put it. A name
// no person has is no person's (common_noun_name.go): in the refined pass
// (names only) a one-word person speaker with none of the evidence the
// resolver trusts for a person (personLike: a known first name, an
// honorific, a person of the table, the surname of a full name the article
// gives) and no description before it ("rapper Drake") is of unknown kind,
// whichever its place; bodyKind still makes it an organisation on the
// article's evidence ("Apex said it would appeal").

// loneWordKind corrects the kind of a one-word person speaker sp of a
// (see above).
func (r *resolver) loneWordKind(a *attribution, sp Speaker) Speaker {
	d := r.d
	if sp.Kind != SpeakerPerson || sp.Members != nil || sp.Title != "" || strings.ContainsAny(sp.Name, " .") || !a.subj.ok() || d.word(a.cue.s) != "according" {
		return sp
	}
	k := -1
	for j := a.subj.s; j < a.subj.e; j++ {
		if t := d.tokAt(j); t.kind == tWord && t.upper && stripPossessive(r.textOf(rng{j, j + 1})) == sp.Name {
			k = j
		}
	}
	if k < 0 || r.personLike(rng{k, k + 1}) {
		return sp
	}
	sp.Kind = SpeakerUnknown
	return sp
}
