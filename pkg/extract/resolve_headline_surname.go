package extract

// A headline names its speaker by the surname alone, the article below in
// full: "Sunak defends migration plan ..." over "Prime Minister Rishi
// Sunak said ...". The headline's first word is sentence-initial, so its
// capital proves no name, and properNounElsewhere finds the surname only
// in a short run after a lower-case word ("said Rishi Sunak on"), not
// after an office ("Prime Minister Rishi Sunak") or a comma ("The prime
// minister, Rishi Sunak, said"): the speaker stayed "Sunak" of unknown
// kind. headlineSurname reports a one-word name opening the article's
// first paragraph that is the last word of the full name of exactly one
// person the body names (two words or more); the speaker is then that
// person. Refined pass only (a name, not a kind the accept model saw);
// train predictions: see the commit message. Session 21, hand-written
// probes.
func (r *resolver) headlineSurname(name rng) bool {
	d := r.d
	if name.e-name.s != 1 || d.toks[name.s].para != 0 || !d.toks[name.s].upper || d.inQuote(name.s) {
		return false
	}
	w := stripPossessive(d.word(name.s))
	if w == "" || roleNouns.has(w) || anonymousHeads.has(w) || nonPersonNames.has(w) || determiners.has(w) || discourse.has(w) || subjPronouns.has(w) {
		return false
	}
	full, ok := r.fullName[w]
	if !ok {
		return false
	}
	return r.onePersonOf(w, full)
}

// onePersonOf reports that the body names a person whose name (two words
// or more) ends in surname w, and that each such person is the one named
// full.
func (r *resolver) onePersonOf(w, full string) bool {
	d := r.d
	found := false
	for _, run := range r.persons {
		if d.toks[run.s].para == 0 {
			continue
		}
		n := d.stripRoles(run)
		if o := r.ownerPossessiveName(n); o.ok() {
			n = o
		}
		if n.e-n.s < 2 || stripPossessive(d.word(n.e-1)) != w {
			continue
		}
		if stripPossessive(d.text[d.toks[n.s].s:d.tokAt(n.e-1).e]) != full {
			return false // two persons of that surname: "Ann Lee" and "Bo Lee"
		}
		found = true
	}
	return found
}
