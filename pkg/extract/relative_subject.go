package extract

// relativeClauseSubject returns, at inference, the subject of a cue at k+1
// whose noun phrase before the cue (subj, from subjectBefore) ends a
// relative clause on how a source spoke: "An official who spoke on
// condition of anonymity said", "Voters who talked to reporters said", "A
// diplomat who was not authorised to speak publicly said". subjectBefore
// took the clause's last words for the subject ("spoke to reporters",
// "speak"), so the statement's speaker was the clause's object or verb.
// Wire copy writes such subjects for its anonymous sources. The antecedent
// opens the sentence, and the verb after "who" is one of speaking or
// authorisation (relativeSpeakVerbs): other relative clauses are left as
// they were (a wider rule took relative clauses inside contents on train).
// Inference only: the frames train as before. It changes no statement on
// train; it lands on its hand-written probes.
func (d *doc) relativeClauseSubject(s sentence, k int, subj rng) (rng, rng, rng) {
	if d.training || !subj.ok() {
		return noRange, noRange, noRange
	}
	for w := subj.s - 1; w > s.s && w >= subj.s-8; w-- {
		if d.toks[w].kind != tWord || d.inQuote(w) {
			break
		}
		if d.toks[w].lower != "who" {
			continue
		}
		if !relativeSpeakVerbs.has(d.word(w + 1)) {
			break
		}
		if ws, wn, wt := d.whoClauseSubject(s, k); ws.ok() && ws.s < subj.s && (ws.s == s.s || ws.s == s.s+1 && leadWords.has(d.word(s.s))) {
			return ws, wn, wt
		}
		break
	}
	return noRange, noRange, noRange
}

// relativeSpeakVerbs open a relative clause on how a source spoke: "who
// spoke on condition of anonymity", "who asked not to be named", "who was
// not authorised to speak".
var relativeSpeakVerbs = set("spoke", "speaks", "talked", "talks", "asked", "requested", "declined", "insisted", "was", "were", "is", "are")
