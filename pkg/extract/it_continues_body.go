package extract

// "Tessellate said in a statement that it remained committed to the town.
// It said it had signed agreements with two colleges": "It" opening the
// sentence right after a body's statement whose own content calls the
// body "it" with an agent's verb (ownItStatement), or whose subject opens
// that sentence ("Brightwave said owners should stop ... It said"), goes
// on with that body, also when pronounBase found an older body (the
// regulator that spoke a paragraph before).
// bodyAntecedent gave "it" the one body named before it, so a place named
// in the statement ("to Casa Verde") competed and left "It" unresolved,
// and pronounBase skips a name resolve_body.go made a body (attribution
// bodyFrom). The last statement must be in the sentence just before, in
// the same paragraph, and of an organisation. Refined pass, names only.
// Session 28, long article 50 and hand-written probes.

// itContinuesBody returns the speaker of the statement before an "It" at
// pos, when it is a body that called itself "it" (see above).
func (r *resolver) itContinuesBody(pos int) (Speaker, bool) {
	d := r.d
	if len(r.history) == 0 || !r.refinedOnly() {
		return Speaker{}, false
	}
	h := r.history[len(r.history)-1]
	si := d.sentOf[pos]
	if si == 0 || pos != d.sents[si].s || h.sent != si-1 || d.sents[si-1].para != d.sents[si].para || h.speaker.Kind != SpeakerOrganization {
		return Speaker{}, false
	}
	if opens := h.subj.s == d.sents[si-1].s || d.trimDet(h.subj).s == d.sents[si-1].s; !opens && !r.ownItStatement(h) {
		return Speaker{}, false // "Brightwave said owners should ...": a body opening its sentence
	}
	return h.speaker, true
}
