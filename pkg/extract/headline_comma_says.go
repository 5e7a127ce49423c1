package extract

// "RBI keeps repo rate unchanged, says inflation risks remain", "Kishida to
// step down, says party needs new face": a headline's subject does one
// thing and says another, the "says" after a comma opening a clause. The
// inverted reading ("..., says minister") took the clause for the speaker
// ("inflation risks remain" said "RBI keeps repo rate unchanged"). When the
// words after "says" end the headline and read as a clause (a verb after
// their first word, more words after it) and the headline opens with a
// capitalised name and a lower-case verb, the name speaks and the clause
// is the content. Inference only; session 22, hand-written probes (train:
// no prediction changes).

// headlineCommaSays re-reads the frames of the headline sentence s.
func (d *doc) headlineCommaSays(s sentence, frames []*attribution) {
	if d.training || s.para != 0 || len(d.sents) == 0 || s.s != d.sents[0].s {
		return
	}
	for _, a := range frames {
		comma := a.cue.s - 1
		if !a.inverted || !a.subj.ok() || a.subj.s != a.cue.e || a.subj.e != s.e && !(a.subj.e == s.e-1 && isTerminal(d.punct(s.e-1))) {
			continue
		}
		if w := d.word(a.cue.s); (w != "says" && w != "said") || d.punct(comma) != "," || d.inQuote(comma) || !d.headlineClause(a.subj) {
			continue
		}
		name := rng{s.s, d.capitalRunEnd(s.s, comma)}
		if n := name.e - name.s; n < 1 || n > 4 || d.tokAt(name.e).upper || d.word(name.e) == "" {
			continue
		}
		clause := a.subj
		a.content = d.appendContent(a.content[:0], clause)
		a.subj, a.name, a.title, a.inverted = name, name, noRange, false
		a.left, a.right = name.s, clause.e
	}
}

// headlineClause reports words that read as a clause: three or more, with
// an auxiliary, a past verb or a verb in -s after the first and before the
// last ("party needs new face", "inflation risks remain").
func (d *doc) headlineClause(r rng) bool {
	if r.e-r.s < 3 {
		return false
	}
	for k := r.s + 1; k < r.e-1; k++ {
		w := d.word(k)
		if w == "" || d.tokAt(k).upper {
			return false
		}
		if clauseAux.has(w) || finiteVerb(w) || len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && w[len(w)-2] != 'u' {
			return true
		}
	}
	return false
}
