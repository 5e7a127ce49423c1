package extract

// Pushed back and pushed for: "Rubio pushed back on those claims",
// "She has pushed back against accusations of sexism", "Democrats have
// pushed for new negotiations". The object is the subject's stance, which
// the annotation marks; "pushed" is no cue. The frames are phrasal
// stances (phrasal_stance.go): built at inference only, accepted by rule
// as their sentence's first frame, with a noun-phrase object right after
// the particle. On the training split, of the finite "pushed back
// on/against" phrases outside quotations 4 of 4 are annotated, and of the
// "pushed for" phrases with a noun-phrase object that is no span of time
// 5 of 5 ("pushed for months", "pushed for nearly a decade" and a
// relative "the policies they have pushed for." are left out). The
// present "pushes back on" (0 of 1, after a non-person subject) and the
// participles are left out. cv3 (3 seeds): all tp +21 fp +0; speech,
// direct and exact unchanged.

// pushedParticles are the particles after "pushed" (phrasalStanceParticles).
var pushedParticles = [][]string{{"back", "on"}, {"back", "against"}, {"for"}}

// pushedForDuration reports "pushed for" before a span of time at e:
// "pushed for months", "pushed for nearly a decade".
func (d *doc) pushedForDuration(i, e int) bool {
	if d.word(i) != "pushed" || d.word(e-1) != "for" {
		return false
	}
	w := d.word(e)
	return d.forDuration(e) || w == "nearly" || w == "almost" || w == "more" || w == "over" || w == "about"
}
