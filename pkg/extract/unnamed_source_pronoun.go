package extract

// A he or she right after a statement of an unnamed person ("A nurse at
// Leeds General Infirmary said ... “…,” she said") is that person: the
// pronoun had gone to the last capitalised run, the hospital or the
// agency in the source's description ("Leeds General Infirmary",
// "Hospital"), inventing a named speaker for an anonymous source. The
// pronoun takes the latest statement's speaker when its subject is a
// singular common noun phrase whose head names a person ("a former FDA
// inspector", "a pilot with twenty years at the airline"), in the same
// paragraph or the one before, the head's gender does not contradict the
// pronoun and no person is named between (refined pass; testdata/long).
// A body's unnamed spokesperson ("A spokeswoman for the Statistics
// Office said ... She said") is one too: the "she" had gone to a man
// named paragraphs before (session 26 long articles; predictions
// byte-identical).

// unnamedPersonHeads are singular heads of a subject that stand for one
// unnamed person. Offices ("the senator", "one lawmaker") are left out:
// their nominal names a person the article names too, whom the pronoun
// may find though the nominal found no one.
var unnamedPersonHeads = set("doctor", "nurse", "pilot", "inspector", "worker", "employee", "teacher",
	"soldier", "officer", "investor", "lawyer", "resident", "student", "farmer", "driver", "engineer",
	"trader", "executive", "manager", "banker", "passenger", "player", "guard", "paramedic", "surgeon",
	"physician", "midwife", "commander", "fighter", "survivor", "victim", "mother", "father", "woman",
	"man", "neighbour", "neighbor", "shopkeeper", "owner", "member", "staffer", "volunteer", "nun",
	"priest", "official", "source", "aide", "adviser", "advisor", "insider", "diplomat", "witness",
	"analyst", "expert", "consultant", "contractor", "civilian", "refugee", "migrant", "protester",
	"spokeswoman", "spokesman", "spokesperson")

// unnamedSourcePronoun returns the speaker of the latest statement when a
// he or she at pos takes up its unnamed person.
func (r *resolver) unnamedSourcePronoun(p string, pos int) (Speaker, bool) {
	if len(r.history) == 0 {
		return Speaker{}, false
	}
	h := r.outerLastStatement() // not "managers had told staff" inside the source's content (unnamed_source_aside.go)
	sp, d := h.speaker, r.d
	if sp.Kind != SpeakerUnknown && sp.Kind != SpeakerAnonymous || sp.ID == unknownSpeaker.ID || len(sp.Members) > 1 {
		return Speaker{}, false
	}
	subj := h.subj
	if w := d.writerSubject(h); w.ok() {
		subj = w // "A nurse at Leeds General Infirmary said": the nurse (speaker_subject.go)
	}
	if r.refinedOnly() {
		subj = d.sourceWithoutAside(subj) // "A neighbour, who did not want to be named," (unnamed_source_aside.go)
	}
	if !subj.ok() || subj.e-subj.s < 2 || subj.s >= pos || d.sents[h.sent].para < d.toks[pos].para-1 {
		return Speaker{}, false
	}
	if !unnamedSourceDeterminer(d.word(subj.s)) {
		return Speaker{}, false
	}
	head := d.head(subj)
	if !unnamedPersonHeads.has(head) || d.tokAt(subj.s+1).upper && subj.e-subj.s == 2 {
		return Speaker{}, false
	}
	if !pronounGender(p).agrees(unnamedHeadGender(head)) {
		return Speaker{}, false
	}
	from := max(subj.e, h.subj.e)
	if h.cue.ok() && h.cue.s > from {
		from = h.cue.s // the source's description: "a nurse at Leeds General Infirmary said"
	}
	if r.nameBetween(from, pos) {
		return Speaker{}, false // "a nurse said Dr. Ann Lee had left. She added": Lee's
	}
	return sp, true
}

// nameBetween reports whether a person's name (a person run, or one
// opening a sentence) starts in [from, to).
func (r *resolver) nameBetween(from, to int) bool {
	d := r.d
	for _, run := range r.persons {
		if run.s >= from && run.s < to && !d.pluralNameRun(run) && r.personRun(run) && !(r.weakPersonRun(run) && (d.placeNamed(run) || d.datelinePlace(run))) && !r.bodyInitials(run) { // "near Orly airport" (dateline_place.go)
			return true
		}
	}
	for _, run := range r.initialNames {
		if run.s >= from && run.s < to && r.personRun(run) {
			return true
		}
	}
	return false
}

// sentenceSubjectPronoun returns the unnamed person that opens the
// pronoun's own sentence ("A 29-year-old Berlin woman received probation
// after she had posted ..."), when nobody is named between.
func (r *resolver) sentenceSubjectPronoun(p string, pos int) (Speaker, bool) {
	d := r.d
	if uint(pos) >= uint(len(d.toks)) {
		return Speaker{}, false
	}
	s := d.sents[d.sentOf[pos]].s
	if w := d.word(s); w != "a" && w != "an" || d.inQuote(s) {
		return Speaker{}, false
	}
	for k := s + 1; k < pos && k <= s+5; k++ {
		t := d.tokAt(k)
		if t.kind != tWord {
			return Speaker{}, false
		}
		if t.upper || !unnamedPersonHeads.has(t.lower) {
			continue // a modifier ("29-year-old", "Berlin")
		}
		if n := d.tokAt(k + 1); !(d.punct(k+1) == "," || n.kind == tWord && !n.upper) || pos == k+2 {
			return Speaker{}, false // not "A new manager, he said, could ...": the content's subject
		}
		if !pronounGender(p).agrees(unnamedHeadGender(t.lower)) || r.nameBetween(k+1, pos) {
			return Speaker{}, false
		}
		name := r.textOf(rng{s + 1, k + 1})
		return Speaker{ID: r.id(name), Name: name, Kind: SpeakerUnknown}, true
	}
	return Speaker{}, false
}

// unnamedHeadGender is the gender a person noun gives ("woman", "mother").
func unnamedHeadGender(head string) gender {
	switch head {
	case "mother", "nun":
		return genderFemale
	case "father", "priest":
		return genderMale
	}
	return roleGender(head)
}

// bodyInitials reports a one-word run of initials that the article spells
// out as an organisation's name ("which the MCA did not see" after "The
// Maritime and Coastguard Agency"): no person between a source and its
// pronoun. Session 27, hand-written long article.
func (r *resolver) bodyInitials(run rng) bool {
	if run.e-run.s != 1 {
		return false
	}
	w := r.textOf(run)
	return acronymLike(w) && r.d.acronymExpansion(w) != ""
}
