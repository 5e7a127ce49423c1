package extract

// "“We will build the wall,” Cruz said. Rubio told reporters he would end
// illegal immigration. Both men said they would secure the border": when
// the two nearest names are not named together (pairSpeaker), a pair
// nominal stands for the last two persons who spoke, one after the other,
// in its paragraph or the two before, of the gender the noun gives. A
// statement of a third person, or a non-person, between them stops the
// search. Refined pass only (pairSpeaker's caller); session 23 probes, no
// train prediction changes.

// lastTwoSpeakers is the joint speaker of the last two person speakers
// before subj (see above), in the order they spoke.
func (r *resolver) lastTwoSpeakers(subj rng, para int, want gender) (Speaker, bool) {
	var two [2]Speaker
	n := 0
	for i := len(r.history) - 1; i >= 0 && n < 2; i-- {
		h := r.history[i]
		if r.d.sents[h.sent].para < para-2 {
			break
		}
		if anchorOf(h) >= subj.s || h.inherits != nil {
			continue
		}
		sp := h.speaker
		if sp.Kind != SpeakerPerson || !personName(sp.Name) || sp.Members != nil || !want.agrees(nameGender(sp.Name, sp.Title)) {
			return Speaker{}, false
		}
		if n == 1 && sp.ID == two[0].ID {
			continue
		}
		two[n] = Speaker{ID: sp.ID, Name: sp.Name, Kind: sp.Kind, Title: sp.Title}
		n++
	}
	if n < 2 {
		return Speaker{}, false
	}
	two[0], two[1] = two[1], two[0]
	name := two[0].Name + " and " + two[1].Name
	return Speaker{ID: r.id(name), Name: name, Kind: SpeakerPerson, Members: two[:]}, true
}
