package extract

import "strings"

// "The US embassy in Kyiv said ...", "A spokesperson for the Chinese
// embassy in London said ...": the subject rules stop at the "in", so the
// place was the speaker ("Kyiv", read as the Government of Ukraine). Like
// a force before its place ("Police in Kent", resolve_group.go
// forceBefore), an office noun opening the sentence before the "in" is
// the speaker with its place: "US embassy in Kyiv" (an organisation), or
// the agent of one or people there, anonymous ("spokesperson for the
// Chinese embassy in London", as resolve_agent.go names agents; "officials
// at the embassy in London"). Refined pass only; session
// 22, hand-written probes.

// placedOffices are the offices of a body named with their place.
var placedOffices = set("embassy", "embassies", "consulate", "mission", "office", "bureau", "delegation", "branch", "headquarters")

// officeBeforePlace returns the words of the office before a's subject
// when the subject is the place after "in" or "at" ("Chinese embassy" of
// "The Chinese embassy in London said") and whether an agent opens the
// sentence before it ("A spokesperson for"); noRange otherwise.
func (r *resolver) officeBeforePlace(subj rng) (office rng, agent int) {
	d := r.d
	if w := d.word(subj.s - 1); w != "in" && w != "at" || !d.tokAt(subj.s).upper {
		return noRange, -1
	}
	k := subj.s - 2
	if !placedOffices.has(d.word(k)) || d.tokAt(k).upper || d.sentOf[k] != d.sentOf[subj.s] {
		return noRange, -1
	}
	start := d.sents[d.sentOf[k]].s
	j := k
	for j > start && j > k-4 && d.tokAt(j-1).kind == tWord && (d.tokAt(j-1).upper && j-1 != start || stripPossessive(d.word(j-1)) != d.word(j-1)) {
		j-- // "US", "Chinese", "China's", "the company's London"
	}
	det := j
	if w := d.word(j - 1); j > start && (w == "the" || w == "a" || w == "its" || w == "their") {
		det = j - 1
	} else if j > start && d.tokAt(j-1).upper && j-1 == start {
		det, j = start, start // "China's embassy", "US embassy" opening the sentence
	}
	switch {
	case det == start:
		return rng{j, k + 1}, -1
	case det == start+3 && officePeople(d.word(start+1), d.word(start+2)) && (d.word(start) == "a" || d.word(start) == "an" || d.word(start) == "the"),
		det == start+2 && officePeople(d.word(start), d.word(start+1)):
		return rng{j, k + 1}, det - 2 // "A spokesperson for the Chinese embassy", "Officials at the embassy"
	}
	return noRange, -1
}

// officePeople reports people of an office before it: "spokesperson for",
// "officials at", "a diplomat at", "staff at".
func officePeople(head, prep string) bool {
	switch prep {
	case "for":
		return agentHeads.has(head)
	case "at", "from", "of":
		return memberHeads.has(head) || anonymousHeads.has(head) || head == "staff"
	}
	return false
}

// placedOfficeSpeaker is the speaker of a subject officeBeforePlace read.
func (r *resolver) placedOfficeSpeaker(subj, office rng, agent int) Speaker {
	d := r.d
	if agent >= 0 {
		return r.anonymous(r.textOf(rng{agent, subj.e}))
	}
	n := stripPossessive(r.textOf(rng{office.s, subj.e}))
	if d.word(office.s) == "the" {
		n = stripPossessive(r.textOf(rng{office.s + 1, subj.e}))
	}
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
}

// "Residents in Gaza said", "Farmers in Punjab said", "Witnesses in
// Khartoum told Reuters": people named by where they are. The speaker was
// the place ("Gaza", or "Punjab" when the subject rules stopped at the
// "in"); it is the people, anonymous, as "Doctors in Gaza" was already.

// peopleInPlace returns the words "PEOPLE in PLACE" of a's subject, or of
// the sentence when the subject is the place after them, or noRange.
func (r *resolver) peopleInPlace(subj rng) rng {
	d := r.d
	people := func(k int) bool {
		w := d.word(k)
		return (peopleNouns.has(w) || anonymousHeads.has(w) && strings.HasSuffix(w, "s")) && !d.tokAt(k).upper || k == d.sents[d.sentOf[k]].s && (peopleNouns.has(w) || anonymousHeads.has(w))
	}
	t := d.trimDet(subj)
	if t.e-t.s >= 3 && people(t.s) && (d.word(t.s+1) == "in" || d.word(t.s+1) == "from") && d.capitalRunEnd(t.s+2, t.e) == t.e {
		return t // "Residents in Gaza"
	}
	if w := d.word(subj.s - 1); (w == "in" || w == "from") && d.tokAt(subj.s).upper && d.capitalRunEnd(subj.s, subj.e) == subj.e {
		k := subj.s - 2
		if start := d.sents[d.sentOf[subj.s]].s; k >= start && people(k) && (k == start || k == start+1 && d.word(start) == "the") {
			return rng{k, subj.e} // "Farmers in Punjab": the subject was "Punjab"
		}
	}
	return noRange
}
