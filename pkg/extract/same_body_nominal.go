package extract

// "The company said revenue rose 14 percent ... [analysts, a wire and a
// bank named] ... The company said in a statement that it remained
// confident": a body nominal the article has already used for one body
// goes on naming it. resolve_body.go leaves "the company" unresolved when
// other names compete in its window, though the article gave the nominal
// its body before and no other. "the HEAD" takes the organisation that
// every earlier "the HEAD" subject of the article resolved to, when there
// is one and no statement's "the HEAD" went to another. Refined pass only;
// session 26 long articles. Train (design docs): 1 speaker changes, right
// ("the agency said it will drop another batch" -> the State Department,
// which "The agency" and "said the agency" named before); cv3v unchanged.

// sameBodyNominal returns the body earlier "the HEAD" subjects resolved to.
func (r *resolver) sameBodyNominal(a *attribution, head string) (Speaker, bool) {
	d := r.d
	subj := d.withoutAside(a.subj)
	if subj.e-subj.s != 2 || d.word(subj.s) != "the" || d.word(subj.s+1) != head || d.tokAt(subj.s+1).upper || !bodyNouns.has(head) {
		return Speaker{}, false
	}
	var found Speaker
	// the latest 200 statements: a long run of "The company said" stays linear
	for _, h := range r.history[max(0, len(r.history)-200):] {
		hs := d.withoutAside(h.subj)
		if hs.e-hs.s != 2 || hs.s >= subj.s || d.word(hs.s) != "the" || d.word(hs.s+1) != head {
			continue
		}
		if h.speaker.Kind != SpeakerOrganization {
			continue
		}
		if found.ID != "" && found.ID != h.speaker.ID {
			return Speaker{}, false // two bodies were "the company"
		}
		found = h.speaker
	}
	return found, found.ID != ""
}
