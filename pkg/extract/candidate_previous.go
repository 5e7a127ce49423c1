package extract

// "Warren said ... She said ... Donald Trump mocked the endorsement.
// “Pocahontas is a total failure,” the presumptive Republican nominee
// wrote": a candidate nominal (mainCandidate) whose sentence follows,
// in the same paragraph, a statement of another person named by name goes
// to that person, not to the article's dominant speaker. Refined pass
// only; session 23 probes, no train prediction changes.

// previousSentencePerson returns the speaker of the last statement before
// subj when it lies in the sentence right before subj's, in its
// paragraph, with a named subject (no pronoun).
func (r *resolver) previousSentencePerson(subj rng) (Speaker, bool) {
	d := r.d
	cur := d.sentOf[subj.s]
	for i := len(r.history) - 1; i >= 0; i-- {
		h := r.history[i]
		if h.sent >= cur {
			continue
		}
		if h.sent != cur-1 || d.sents[h.sent].para != d.sents[cur].para || !h.subj.ok() || h.speaker.Kind != SpeakerPerson {
			return Speaker{}, false
		}
		if t := d.tokAt(h.subj.s); h.subj.e-h.subj.s == 1 && subjPronouns.has(t.lower) || !t.upper {
			return Speaker{}, false // a pronoun or a nominal: no new name
		}
		return h.speaker, true
	}
	return Speaker{}, false
}
