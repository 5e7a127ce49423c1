package extract

// "A spokeswoman for Castlegate said the company was disappointed. She
// said the parts would arrive within three weeks": the agent of a body
// speaks for the body (resolve_agent.go), and the next "she" went past it
// to the last woman named. When the latest statement's speaker is an
// organisation and its mention opens with an agent's role noun ("a
// spokeswoman for", "an agency spokesman") of the pronoun's gender, the
// pronoun is that organisation's, as it is for a person's agent
// (resolve_role_pronoun.go). Session 28, hand-written long articles.

// maxAgentNounAt bounds how far into the mention the role noun may stand
// ("A senior spokeswoman for").
const maxAgentNounAt = 3

// orgAgentNoun returns the spokesperson's noun the mention of statement h
// opens with, or "".
func (r *resolver) orgAgentNoun(h *attribution) string {
	d := r.d
	if !h.subj.ok() {
		return ""
	}
	for k := h.subj.s; k < h.subj.e && k < h.subj.s+maxAgentNounAt; k++ {
		if w := d.word(k); spokesNouns.has(w) {
			return w
		}
	}
	return ""
}

// spokesNouns speak for a body.
var spokesNouns = set("spokesman", "spokeswoman", "spokesperson")
