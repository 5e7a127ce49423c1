package extract

import "strings"

// A he or she right after a statement of an unnamed office holder is that
// office holder: in "“We will act,” the minister said. She added that the
// plan was working." the second statement was "unknown", though the
// article tells whose it is as well as it tells the first one's. The
// pronoun takes the role's speaker ("minister") when that statement is
// the latest, in the same paragraph or the one before, its gender does not
// contradict the pronoun ("the spokesman ... she" does not), and no
// person is named in between. The agent of a person ("A spokesman for
// Erdogan said ... He added") is such an office holder too. Session 21,
// hand-written probes; speaker names only (refined pass).

// rolePronoun returns the role nominal speaker a he or she at pos takes
// up, if any.
func (r *resolver) rolePronoun(p string, pos int) (Speaker, bool) {
	if len(r.history) == 0 {
		return Speaker{}, false
	}
	h := r.history[len(r.history)-1]
	sp := h.speaker
	d := r.d
	agent := false
	if sp.Kind == SpeakerAnonymous {
		// "A spokesman for Erdogan said ... He added": the agent
		// (resolve_agent.go names it "spokesman for Recep Tayyip Erdogan")
		_, _, agent = strings.Cut(sp.Name, " for ")
	}
	orgAgent := ""
	if sp.Kind == SpeakerOrganization {
		orgAgent = r.orgAgentNoun(h) // "A spokeswoman for Castlegate said ... She said" (org_agent_pronoun.go)
		agent = orgAgent != ""
	}
	if sp.Kind != SpeakerUnknown && !agent || sp.ID == unknownSpeaker.ID || !h.subj.ok() || h.subj.s >= pos || d.sents[h.sent].para < d.toks[pos].para-1 {
		return Speaker{}, false
	}
	head := sp.Name
	if orgAgent != "" {
		head = orgAgent
	} else if agent {
		head, _, _ = strings.Cut(head, " for ")
	}
	if i := strings.LastIndexByte(head, ' '); i >= 0 {
		head = head[i+1:]
	}
	if !roleNouns.has(head) || !pronounGender(p).agrees(roleGender(head)) {
		return Speaker{}, false
	}
	for _, run := range r.persons {
		if run.s >= h.subj.e && run.s < pos && !d.pluralNameRun(run) && r.personRun(run) {
			return Speaker{}, false // "the minister said. Smith agreed. She added": Smith's
		}
	}
	return sp, true
}

// lastAgent reports whether the latest statement is an agent's ("A
// spokesman for Erdogan"): its pronoun is tried before the persons named,
// which include the principal.
func (r *resolver) lastAgent() bool {
	if len(r.history) == 0 {
		return false
	}
	h := r.history[len(r.history)-1]
	sp := h.speaker
	return sp.Kind == SpeakerAnonymous && strings.Contains(sp.Name, " for ") || sp.Kind == SpeakerOrganization && r.orgAgentNoun(h) != ""
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
