package extract

// "Tom Hale was heard saying the vote was rigged", "a reporter can be heard
// asking Trump ...", "Lee was caught on camera telling donors ...": a
// passive verb of perception before the participle cue is no speaker; the
// subject of the passive is ("heard" was the speaker). At inference, after
// the accept model, the mention and the refined-pass speaker are that
// subject (writerSubject). Train: 2 such phrases on the design documents,
// the annotated one's source the passive's subject; session 23 probes.

// perceptionPassives are the participles of "was heard saying".
var perceptionPassives = set("heard", "seen", "caught", "filmed", "recorded", "overheard", "videotaped", "spotted", "pictured", "captured")

// perceivedSpeaker returns the subject of "was heard" when frame a's
// subject is the passive participle before its cue, or noRange. Inference
// only.
func (d *doc) perceivedSpeaker(a *attribution) rng {
	if d.training || !a.subj.ok() || a.subj.e-a.subj.s != 1 || a.inverted || !perceptionPassives.has(d.word(a.subj.s)) || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	if k := a.subj.s - 1; !beForms.has(d.word(k)) && d.word(k) != "been" && d.word(k) != "being" {
		return noRange
	}
	return d.subjectBeforeVerb(a.subj.s, a.sent) // over "could be", "has been"
}
