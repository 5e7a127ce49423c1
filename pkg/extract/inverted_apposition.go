package extract

import "strings"

// "“We are going,” said the company's chief executive, John Ferriola.": an
// inverted subject that describes a role is followed by the name of the
// person who holds it. The subject rules stop at the comma, so the speaker
// was "company's chief executive", one speaker for every company's chief
// executive across articles. In the refined pass the person named is the
// speaker, titled by the description; the mention stays as found. Train has
// 4 such sentences, all of this shape.
// The description may open with another person's name ("said Jones'
// former coach, Ray Hill", which was taken for a name and kept), and
// after a relation ("said his wife, Sarah") a known first name alone names
// the person; after a club's role ("said Chelsea's manager, Mauricio
// Pochettino") so does a name of two or three words without a known first
// name. Hand-written probes; train: 1 design name changed, right
// ("Rubio's deputy campaign manager, Rich Beeson" -> Rich Beeson).
// A courtesy title and a surname name the person too ("said the principal,
// Mr Brown", British and obituary copy): hand-written probes.

// courtesyTitles open a name of a person after an inverted subject.
var courtesyTitles = unionSet(plainHonorifics, set("dr", "prof", "rev", "sir", "dame"))

// invertedAppositionName returns the person's name right after an inverted
// frame's subject, between its comma and the end of the sentence or another
// comma, or noRange.
func (r *resolver) invertedAppositionName(a *attribution) rng {
	d := r.d
	if !a.inverted || !a.subj.ok() || d.punct(a.subj.e) != "," || d.toks[a.subj.s].upper && !determiners.has(d.word(a.subj.s)) && !d.possessorDescription(a.subj) {
		return noRange // a subject that is itself a name keeps it
	}
	if len(a.content) == 0 || a.content[0].s > a.cue.s {
		return noRange // "According to an FBI summary, Cheryl Mills sent ...": the content's own subject
	}
	s := a.subj.e + 1
	realName := d.word(s) == "real" && d.word(s+1) == "name"
	if realName {
		s += 2 // "said the singer, real name Robyn Fenty": a person's name (resolve_real_name.go)
	}
	e := d.capitalRunEnd(s, d.sents[a.sent].e)
	// "said his wife, Sarah": a first name alone after a relation
	single := e-s == 1 && familyNouns.has(d.word(a.subj.e-1)) && firstNameGender(d.word(s)) != genderUnknown
	if !single && (e-s < 2 || e-s > 4) || !(d.punct(e) == "," || d.punct(e) == "." || e == d.sents[a.sent].e) {
		return noRange
	}
	run := rng{s, e}
	// a name of unknown first name after a club's role: "said Chelsea's
	// manager, Mauricio Pochettino"
	clubRole := d.toks[a.subj.s].upper && d.possessorDescription(a.subj) && e-s <= 3 &&
		(roleNouns.has(d.word(a.subj.e-1)) || positionNouns.has(d.word(a.subj.e-1)) || d.word(a.subj.e-1) == "boss")
	// a courtesy title and a surname: "said the principal, Mr Brown"
	courtesy := courtesyTitles.has(strings.TrimSuffix(d.word(s), ".")) && e-s <= 3
	if !r.looksPerson(run) || firstNameGender(d.word(s)) == genderUnknown && !d.hasInitial(run) && !realName && !clubRole && !courtesy {
		return noRange // "the agency's director, Homeland Security": no person
	}
	return run
}

// hasInitial reports a middle initial in run ("James B. Comey").
func (d *doc) hasInitial(run rng) bool {
	for k := run.s + 1; k < run.e-1; k++ {
		if t := d.toks[k]; middleInitial(d.text[t.s:t.e]) {
			return true
		}
	}
	return false
}

// possessorDescription reports a subject that opens with a name's
// possessive and ends on a common noun: "Jones' former coach", "Jones’s
// wife". It describes someone by another person, whose name it is not.
func (d *doc) possessorDescription(np rng) bool {
	if np.e-np.s < 2 || d.toks[np.e-1].upper {
		return false
	}
	for k := np.s; k < np.e-1; k++ {
		if strings.HasSuffix(d.word(k), "'s") || d.possessiveApostrophe(k+1) {
			return true
		}
		if !d.toks[k].upper {
			return false
		}
	}
	return false
}

// familyNouns describe a person by a relation, after which a first name
// alone names them ("said his wife, Sarah").
var familyNouns = set("wife", "husband", "son", "daughter", "mother", "father", "brother", "sister",
	"partner", "girlfriend", "boyfriend", "fiancee", "fiancée", "fiance", "fiancé", "mum", "mom",
	"dad", "grandmother", "grandfather", "aunt", "uncle", "niece", "nephew", "cousin", "widow",
	"widower", "stepfather", "stepmother", "grandson", "granddaughter")
