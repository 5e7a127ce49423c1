package extract

import "slices"

// "“…,” said Stephen Vladeck of the University of Texas. / That might
// sound strange to anyone listening to FBI Director James Comey's
// statement on Tuesday. He called her handling “extremely careless”": a
// person whose statement, remarks or testimony the sentence right before
// the pronoun's talks about (in the pronoun's paragraph, no statement in
// that sentence) is the one the he or she takes up, not the last speaker.
// The pronoun had gone to Comey only while the expert before was read as
// his university (person_of_org.go made him a person). Refined pass only.

// speechNouns follow a person's possessive when the sentence reports what
// that person said.
var speechNouns = set("statement", "remarks", "speech", "testimony", "comments", "announcement",
	"address", "letter", "interview", "tweet", "post", "op-ed", "press")

// speechPossessorPerson returns the person of "NAME's statement" in the
// sentence before the pronoun at pos.
func (r *resolver) speechPossessorPerson(p string, pos int) (Speaker, bool) {
	d := r.d
	if uint(pos) >= uint(len(d.toks)) {
		return Speaker{}, false
	}
	si := d.sentOf[pos]
	if si == 0 || d.sents[si-1].para != d.sents[si].para || r.statementIn(si-1) {
		return Speaker{}, false
	}
	prev := d.sents[si-1]
	persons := r.pronounPersons()
	start, _ := slices.BinarySearchFunc(persons, prev.s, func(x rng, s int) int { return x.s - s })
	found, ok := Speaker{}, false
	for i := start; i < len(persons) && persons[i].s < prev.e; i++ {
		run := persons[i]
		last := d.word(run.e - 1)
		if stripPossessive(last) == last || !speechNouns.has(d.word(run.e)) || !r.personRun(run) {
			continue
		}
		if ok {
			return Speaker{}, false // two people's statements: no guess
		}
		sp := r.runSpeaker(run)
		if sp.Kind != SpeakerPerson || !pronounGender(p).agrees(r.genderOr(nameGender(sp.Name, sp.Title), sp.Name, sp.ID)) {
			return Speaker{}, false
		}
		found, ok = sp, true
	}
	return found, ok
}
