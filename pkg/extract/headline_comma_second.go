package extract

// "Fed holds rates steady, signals two cuts this year": a headline's name
// does one thing and, after a comma, says another, the first verb being
// no cue. headlineCommaSubject (headline_comma_verb.go) gives the second
// cue the first cue's subject, so it needs the first verb to be a cue; here
// the second cue's subject finder read back over the comma ("Fed holds
// rates steady" said ...) or found no subject at all. When the headline
// opens with a capitalised name of one to five words ("Bank of Japan"),
// then a lower-case verb in the cue's finite form that is no cue, then at
// most six words up to the comma, the speech cue after the comma is framed
// with that name as its subject and rule-accepted, as "X Backs Y And
// Denounces Z" is (headline_stance.go). Session 22, hand-written business
// probe; inference only (the headline rules are off in training). No train
// prediction changes.

// headlineCommaFirstVerb returns the first verb of a headline whose speech
// cue at i follows a comma, or -1.
func (d *doc) headlineCommaFirstVerb(s sentence, i int) int {
	if d.training || d.punct(i-1) != "," || d.inQuote(i) || i+1 >= s.e || s.para != 0 || s.s != d.sents[0].s {
		return -1
	}
	w := d.word(i)
	if c, cue := cueOf(w); !cue || c.participle || c.class == cueBelief {
		return -1
	}
	j := d.capitalRunEnd(s.s, i-1)
	for j > s.s && d.word(j) == "of" && d.tokAt(j+1).upper {
		j = d.capitalRunEnd(j+1, i-1) // "Bank of Japan"
	}
	if n := j - s.s; n < 1 || n > 5 {
		return -1
	}
	v := d.word(j)
	if v == "" || d.tokAt(j).upper || d.inQuote(j) || !sameFiniteForm(v, w) {
		return -1
	}
	if _, cue := cueOf(v); cue {
		return -1 // "Lee defends budget, says ..." (headline_comma_verb.go)
	}
	if n := i - 1 - (j + 1); n < 1 || n > 6 {
		return -1
	}
	for k := j + 1; k < i-1; k++ {
		if d.tokAt(k).kind != tWord || d.inQuote(k) {
			return -1
		}
	}
	return j
}
