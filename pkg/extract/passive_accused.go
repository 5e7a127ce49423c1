package extract

// Passive accusations: "Ruiz is accused of taking bribes", "the firm,
// which was accused by regulators of fraud". As with the passive blame
// frames ("criticized for X", passiveForStart), the subject and the charge
// are the content and the agent, if any, the source. On the training
// split each of its 5 finds is annotated. Built at inference only and
// accepted by rule, so the models train on the same candidates.

// passiveAccusedOfStart returns the "of" that opens the charge after a
// passive "accused" ending before ce, over an optional short "by" agent
// ("accused by rivals of fraud": the first "of" after it), when a relative
// pronoun or a noun phrase ending at k is its subject; or -1.
func (d *doc) passiveAccusedOfStart(s sentence, k, ce int, c cueInfo) int {
	if d.training || c.lemma != "accuse" || k < s.s || d.toks[k].kind != tWord || d.inQuote(k) {
		return -1
	}
	if w := d.word(k); !relativeWords.has(w) {
		if np := d.npBack(k, s.s); !np.ok() || np.e != k+1 || whWords.has(w) || w == "it" {
			return -1
		}
	}
	j := ce
	if d.word(j) == "by" {
		for j = ce + 2; j < s.e && j < ce+10 && d.toks[j].kind == tWord && !d.inQuote(j) && d.word(j) != "of"; j++ {
		}
	}
	if j >= s.e || d.word(j) != "of" || d.inQuote(j) || j+1 >= s.e || d.tokAt(j+1).kind != tWord || d.inQuote(j+1) {
		return -1 // "the assaults he is accused of?": the charge comes first
	}
	return j
}

// passiveAccusedAgent returns the "by" agent of a passive accusation whose
// charge opens at of: the words between them.
func (d *doc) passiveAccusedAgent(ce, of int) rng {
	if d.word(ce) != "by" || of <= ce+1 {
		return noRange
	}
	return rng{ce + 1, of}
}

// relativeChargeEnd ends the charge of a relative accusation at the comma
// that closes the relative clause: "the firm, which was accused of fraud,
// settled".
func (d *doc) relativeChargeEnd(of, limit int) int {
	for k := of + 1; k < limit; k++ {
		if d.punct(k) == "," && !d.inQuote(k) {
			return k
		}
	}
	return limit
}
