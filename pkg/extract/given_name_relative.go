package extract

// "One resident, who gave only her first name, Maria, said ...", "A
// shopkeeper who gave his name only as Ahmed said ...", "A soldier, who
// identified himself only as Oleksiy, said ...", "A mother, who asked that
// only her first name, Jess, be used, said ...": the name given in the
// relative clause on the subject is the speaker's, as a reader names her,
// where the mention was the head ("resident"). Train has no such clause;
// hand-written probes. At inference, after the accept model, the mention
// and the refined-pass speaker are the name (writerSubject,
// speaker_subject.go); the frames train as before. Session 25.

// givenNameOwner returns the name a relative clause between a's subject
// and its cue gives for the subject, or noRange.
func (d *doc) givenNameOwner(a *attribution) rng {
	if d.training || a.inverted || !a.subj.ok() || !a.cue.ok() || a.cue.s < a.subj.e {
		return noRange
	}
	// the relative clause is inside the subject ("One resident, who ...,
	// Maria") or before it, the subject being the name ("A shopkeeper who
	// gave his name only as Ahmed")
	k := a.subj.s
	for lo := max(d.sents[a.sent].s, a.subj.s-12); k > lo && d.word(k) != "who"; k-- {
	}
	if d.word(k) != "who" {
		for k = a.subj.s; k < a.subj.e && d.word(k) != "who"; k++ {
		}
	}
	if d.word(k) != "who" {
		return noRange
	}
	for ; k < a.cue.s; k++ {
		if d.inQuote(k) {
			return noRange
		}
		w := d.word(k)
		if w != "name" && !(w == "as" && selfPronouns.has(d.word(k-1))) && !(w == "as" && d.word(k-1) == "only" && selfPronouns.has(d.word(k-2))) {
			continue
		}
		j := k + 1
		for d.punct(j) == "," || d.word(j) == "only" || d.word(j) == "as" {
			j++
		}
		e := j
		for e < a.cue.s && e-j < 3 && d.tokAt(e).kind == tWord && d.tokAt(e).upper {
			e++
		}
		if e == j {
			return noRange
		}
		tail := e
		if d.punct(tail) == "," && d.word(tail+1) == "be" && namePermissionVerbs.has(d.word(tail+2)) {
			tail += 3 // "her first name, Jess, be used, said"
		}
		if !(tail == a.cue.s || d.punct(tail) == "," && (tail+1 == a.cue.s || d.adverbAt(tail+1) && tail+2 == a.cue.s)) {
			return noRange
		}
		return rng{j, e}
	}
	return noRange
}

var selfPronouns = set("himself", "herself", "themselves")

// namePermissionVerbs end "asked that only her first name, Jess, be used".
var namePermissionVerbs = set("used", "published", "printed", "given", "disclosed")
