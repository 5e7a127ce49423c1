package extract

import "strings"

// "One official said it was “a mess”; another said it was “a disaster”":
// a bare "another" after an unnamed "One official" is a second official,
// not the first, which oneOfGroupSpeaker gave it (the earlier anonymous
// speaker). Refined pass, anonymous names only; train: no change (one
// bare "another" after "one company says", a speaker of unknown kind).
// Session 25, hand-written probes.

// anotherOfOne names "another" after a speaker "One X" as "another X"
// ("One of the officials": "another of the officials").
func (r *resolver) anotherOfOne(a *attribution, sp Speaker) Speaker {
	if sp.Kind != SpeakerAnonymous || r.d.word(a.subj.s) != "another" {
		return sp
	}
	head, ok := strings.CutPrefix(strings.ToLower(sp.Name), "one ")
	if !ok || head == "" {
		return sp
	}
	return r.anonymous("another " + head)
}
