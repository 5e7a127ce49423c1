package extract

import "strings"

// A he or she right after a statement of an unnamed office holder is that
// office holder: in "“We will act,” the minister said. She added that the
// plan was working." the second statement was "unknown", though the
// article tells whose it is as well as it tells the first one's. The
// pronoun takes the role's speaker ("minister") when that statement is
// the latest, in the same paragraph or the one before, its gender does not
// contradict the pronoun ("the spokesman ... she" does not), and no
// person is named in between. Session 21, hand-written probes; speaker
// names only (refined pass).

// rolePronoun returns the role nominal speaker a he or she at pos takes
// up, if any.
func (r *resolver) rolePronoun(p string, pos int) (Speaker, bool) {
	if len(r.history) == 0 {
		return Speaker{}, false
	}
	h := r.history[len(r.history)-1]
	sp := h.speaker
	d := r.d
	if sp.Kind != SpeakerUnknown || sp.ID == unknownSpeaker.ID || !h.subj.ok() || h.subj.s >= pos || d.sents[h.sent].para < d.toks[pos].para-1 {
		return Speaker{}, false
	}
	head := sp.Name
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	if !roleNouns.has(head) || !pronounGender(p).agrees(roleGender(head)) {
		return Speaker{}, false
	}
	for _, run := range r.persons {
		if run.s >= h.subj.e && run.s < pos && !d.pluralNameRun(run) {
			return Speaker{}, false // "the minister said. Smith agreed. She added": Smith's
		}
	}
	return sp, true
}

// roleGender: the gender a role noun names ("spokeswoman", "chairman"),
// if any.
func roleGender(w string) gender {
	switch {
	case strings.HasSuffix(w, "woman"):
		return genderFemale
	case strings.HasSuffix(w, "man"):
		return genderMale
	}
	return genderUnknown
}
