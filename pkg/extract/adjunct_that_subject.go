package extract

// "The Elysee said in a statement that Macron and Scholz had agreed on the
// next steps": a coordinated noun phrase opening a that-clause is the
// subject of the clause's verb, which sits inside the content
// (coordinatedNounSubject), but only when "that" came right after the cue;
// after an adjunct ("in a statement", "on Monday") the inner cue "agreed"
// took "Scholz" for the subject of a new clause, and the outer content
// ended at "Macron". At inference the cue may stand before a short adjunct
// that opens with a preposition or a day. Off in training, so the models
// do not move. Session 25.

// cueBeforeAdjunct reports a clause-taking cue before a short adjunct that
// ends at p, the word before "that": "said in a statement", "said on
// Monday", "wrote Tuesday".
func (d *doc) cueBeforeAdjunct(p int) bool {
	if d.training || d.word(p+1) != "that" {
		return false
	}
	for j := p; j >= 0 && j > p-6; j-- {
		t := d.tokAt(j)
		if t.kind != tWord || d.inQuote(j) {
			return false
		}
		if j == p {
			continue
		}
		c, ok := cueOf(t.lower)
		if !ok {
			continue
		}
		w := d.word(j + 1)
		return !c.participle && clauseVerbs.has(c.lemma) && (adjunctPreps.has(w) || timeWords.has(w))
	}
	return false
}
