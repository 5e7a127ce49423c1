package extract

// "The singer's label, Acme Records, said", "the airline's parent, Acme
// Group, said", "its biggest customer, Apex Bank, said": a lower-case
// description, a comma, then an organisation's name. The subject rules
// took the description for the name and the organisation for its title,
// so the speaker was "singer's label, Acme Records", of unknown kind; the
// person's form of this shape is read by descriptionAppositionName
// (resolve_description_apposition.go). In the refined pass the
// organisation speaks: a capitalised run of one to five words that the
// alias table knows as an organisation or that ends in an organisation's
// word (orgWords, orgSuffixes). Session 24, hand-written culture and
// business probes; names only. Train names: see the commit.

// descriptionAppositionOrg returns the organisation's name after the
// comma of a's subject when a lower-case description comes before it, or
// noRange.
func (r *resolver) descriptionAppositionOrg(a *attribution) rng {
	d := r.d
	subj, c := d.descriptionComma(a)
	if c < 0 {
		return noRange // "Tom Reed, chief executive of Acme": a name first
	}
	if d.tokAt(subj.s).upper && stripPossessive(d.word(subj.s)) == d.word(subj.s) && subj.s != d.sents[a.sent].s {
		return noRange // lower case or a possessive first: "the singer's label", "its parent"
	}
	s := c + 1
	if d.word(s) == "the" {
		s++
	}
	e := d.capitalRunEnd(s, subj.e)
	if e != subj.e || e-s < 1 || e-s > 5 {
		return noRange
	}
	last := stripPossessive(d.word(e - 1))
	if orgWords.has(last) || orgSuffixes.has(last) {
		return rng{s, e}
	}
	if sp, ok := r.al.Resolve(r.textOf(rng{s, e})); ok && sp.Kind == SpeakerOrganization {
		return rng{s, e}
	}
	return noRange
}

// orgSuffixes end company and label names that orgWords lacks.
var orgSuffixes = set("records", "studios", "pictures", "entertainment", "holdings", "ltd", "llc", "plc",
	"co", "corporation", "industries", "labs", "motors", "airlines", "airways", "partners", "capital",
	"ventures", "publishing", "books", "games", "systems", "technologies", "foods", "pharmaceuticals")

// descriptionComma returns a's subject without its determiner and the
// first comma inside it, after a lower-case word outside quotations ("the
// singer's label, Acme Records"; "the defendant's lawyer, Ann Lee"); the
// comma is -1 when the subject has no such comma.
func (d *doc) descriptionComma(a *attribution) (subj rng, comma int) {
	subj = d.trimDet(a.subj)
	for k := subj.s + 1; k < subj.e-1; k++ {
		if d.punct(k) == "," {
			if d.tokAt(k-1).upper || d.tokAt(k-1).kind != tWord || d.inQuote(k) {
				return subj, -1
			}
			return subj, k
		}
	}
	return subj, -1
}
