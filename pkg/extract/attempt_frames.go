package extract

// Speech verbs in the infinitive of an attempt: "tried to explain her
// support for the deal", "struggled to demonstrate that she ...", "was
// pressed to explain the contrast", "is expected to argue that ...". The
// subject of the attempt speaks and the infinitive's content is the
// statement; the annotation marks these about two times in three, unlike
// plans and refusals ("wants to say", "declined to say").

// attemptVerbs put their subject's statement in an infinitive.
var attemptVerbs = set("try", "tries", "tried", "trying", "sought", "seeks", "seeking", "attempt", "attempts",
	"attempted", "attempting", "struggle", "struggles", "struggled", "struggling", "scrambled", "scrambling")

// attemptedByBe are the passive forms that do the same after "be": "was
// pressed to explain", "is expected to argue".
var attemptedByBe = set("pressed", "expected")

// attemptFrameStart returns the last token before the attempt verb whose
// infinitive marker "to" is at k, or -1.
func (d *doc) attemptFrameStart(k int) int {
	if d.word(k) != "to" || d.inQuote(k) {
		return -1
	}
	if c, ok := cueOf(d.word(k + 1)); !ok || c.class == cueBelief {
		return -1 // "are expected to support", "tried to defend": a stance
	}
	v := d.word(k - 1)
	switch {
	case attemptVerbs.has(v):
		return k - 2
	case attemptedByBe.has(v) && beForms.has(d.word(k-2)):
		return k - 3
	}
	return -1
}
