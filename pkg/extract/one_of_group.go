package extract

// "Two administration officials, speaking on condition of anonymity, said
// ... One said a decision could come soon": a bare "one" or "another" as
// the whole subject is one of the unnamed group that spoke just before, as
// "one of them" is (groupPartitive, earlierGroup): anonymous, not a word of
// unknown kind. Refined pass only; session 23 probes. Train (design docs):
// 1 change, right ("another" -> a Sanders supporter).

// oneOfGroupSpeaker resolves a subject "one" / "another" to the earlier
// group; ok is false for any other subject or without such a group.
func (r *resolver) oneOfGroupSpeaker(a *attribution) (Speaker, bool) {
	d := r.d
	if a.subj.e-a.subj.s != 1 {
		return Speaker{}, false
	}
	if w := d.word(a.subj.s); w != "one" && w != "another" {
		return Speaker{}, false
	}
	sp, ok := r.earlierGroup(a.subj.s)
	if ok {
		sp = r.anotherOfOne(a, sp) // "One official said ...; another said" (another_of_one.go)
	}
	return sp, ok
}
