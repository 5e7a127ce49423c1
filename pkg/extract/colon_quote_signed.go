package extract

// colonQuoteSigned reports a quotation after the colon at k that its own
// inverted frame signs: "He said he was too busy: “I have a lot going
// on,” he wrote.", "Lee asserted that the city had lost its way: “It is
// no longer itself,” she claimed." The quotation is the signing frame's;
// the clause before the colon stays the first frame's content instead of
// giving way to the quotation. At inference only: reshaping the frames in
// training shifts the accept model's weights for every other statement.
func (d *doc) colonQuoteSigned(k int) bool { return d.colonQuoteSignedEnd(0, k) > 0 }

// colonQuoteSignedEnd returns the end of the content before the colon at
// k, whose content starts at fs, when the quotation after the colon is
// another frame's: signed after it (the colon), or introduced by a name
// and a cue right before the colon after a comma ("..., to which Lee
// interjected: “...”": the comma); or -1.
func (d *doc) colonQuoteSignedEnd(fs, k int) int {
	if d.training || d.punct(k) != ":" || !d.isQuote(k+1) || !d.inQuote(k+1) {
		return -1
	}
	if c, ok := cueOf(d.word(k - 1)); ok && c.class == cueSpeech && !c.participle && k-2 > fs && d.tokAt(k-2).kind == tWord && d.tokAt(k-2).upper {
		for x := k - 3; x > fs && x >= k-5; x-- {
			if d.punct(x) == "," {
				return x
			}
		}
	}
	q := d.quotes[d.qidx[k+1]]
	e := q.last()
	if q.first() != k+1 || !q.closed || len(q.parts) != 1 || e+2 >= len(d.toks) || d.tokAt(e+1).para != d.toks[e].para {
		return -1
	}
	if p := d.punct(e - 1); p != "," && p != "?" && p != "!" {
		return -1 // a quotation ending its sentence has no signature after it
	}
	j := e + 1
	if c, ok := cueOf(d.word(j)); ok && signingCue(c) {
		return k // "“...,” wrote Lee"
	}
	n := 0
	for j < len(d.toks) && n < 3 && d.toks[j].kind == tWord && (d.toks[j].upper || n == 0 && subjPronouns.has(d.toks[j].lower)) {
		j++
		n++
	}
	c, ok := cueOf(d.word(j))
	if n > 0 && ok && signingCue(c) && (d.punct(j+1) != "" || d.word(j+1) == "") {
		return k
	}
	return -1
}

// signingCue reports a cue that signs a quotation after it: "“...,” she
// wrote", "“...,” he claimed".
func signingCue(c cueInfo) bool {
	return invertible.has(c.lemma) || c.class == cueSpeech && !c.participle
}
