package extract

// "Among those rescued was Sean Doyle, a 41-year-old driller, who spent
// seven hours underground. Speaking from hospital, he said ...": an
// inverted sentence puts its new topic after "was", so the he went to the
// last speaker (another man, two paragraphs up). The person after the
// verb of a sentence opening with "Among" is the subject the next
// sentence's pronoun takes up (newSubjectPerson). Refined pass. Session
// 27, hand-written long article.

// amongSubjectPerson returns the person named right after "was"/"were"/
// "is"/"are" in the sentence prev when it opens with "Among", and the
// gender agrees with p.
func (r *resolver) amongSubjectPerson(p string, prev sentence) (Speaker, bool) {
	d := r.d
	if !r.refined || d.word(prev.s) != "among" {
		return Speaker{}, false
	}
	for k := prev.s + 1; k < prev.e-1 && k < prev.s+10; k++ {
		switch d.word(k) {
		case "was", "were", "is", "are":
			s := k + 1
			e := d.capitalRunEnd(s, prev.e)
			run := rng{s, e}
			if e-s < 2 || !r.looksPerson(run) {
				return Speaker{}, false
			}
			sp := r.runSpeaker(run)
			g := r.runGender(run)
			if g == genderUnknown {
				g = nameGender(sp.Name, sp.Title)
			}
			if sp.Kind != SpeakerPerson || !pronounGender(p).agrees(g) {
				return Speaker{}, false
			}
			return sp, true
		}
	}
	return Speaker{}, false
}
