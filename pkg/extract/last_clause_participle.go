package extract

import "strings"

// "Prosecutors charged the officer and Mayor Kent fired his police chief,
// acknowledging that ...", "... when Sanders protesters interrupted her
// speech, shouting ...": a participle after a comma continues the clause
// right before it. With no frame before it in the sentence, the subject
// finder took the sentence's first noun phrase; when a clause joined by
// "and" or opened by "when" or "as" stands between, with its own subject
// and verb, the speaker is that clause's subject. At inference, after the
// accept model, the mention and the refined-pass speaker are that subject
// (speaker_subject.go); the frames are as trained. Session 23, train
// design docs: 3 mentions right, none wrong (3 docs); joined names ("X and
// Y terminated"), a list with commas and an "and" inside a that-clause
// ("said that the campaign and its allies are ...", 1 wrong) are left.

// lastClauseOwner returns the subject of the clause a participle frame
// continues, or noRange. Inference only.
func (d *doc) lastClauseOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	s := d.sents[a.sent]
	r := mentionRange(a) // the sentence's subject, or the host frame's
	if !r.ok() || r.s < s.s || a.partOf != nil && (a.partOf.sent != a.sent || !a.partOf.cue.ok()) {
		return noRange
	}
	c := a.cue.s - 1
	for c > s.s && d.adverbAt(c) {
		c--
	}
	if d.punct(c) != "," || r.e > c {
		return noRange
	}
	// the last joining word before the comma, in the same clause stretch
	after := r.e
	if a.partOf != nil && a.partOf.cue.e > after {
		after = a.partOf.cue.e // the joining word comes after the host's cue
	}
	for k := c - 1; k >= after && k > c-25; k-- {
		if d.inQuote(k) || d.isQuote(k) || d.punct(k) == ";" || d.punct(k) == "—" || d.punct(k) == "–" {
			return noRange
		}
		w := d.word(k)
		if w != "and" && w != "when" && w != "as" {
			continue
		}
		if w == "and" {
			// clauses, not names: "X and Y terminated", "A, B and C has"
			if d.tokAt(k - 1).upper {
				return noRange
			}
			for y := r.e; y < k; y++ {
				if d.punct(y) == "," || d.word(y) == "that" || whWords.has(d.word(y)) {
					return noRange // "said that the campaign and its allies are ..."
				}
			}
		}
		x := k + 1
		if subjPronouns.has(d.word(x)) {
			if d.verbAfterIntroSubject(x+1, c) && finiteWord(d.word(x+1)) {
				return rng{x, x + 1}
			}
			return noRange
		}
		if t := d.tokAt(x); t.kind != tWord || !(t.upper || determiners.has(t.lower)) || d.inQuote(x) {
			return noRange
		}
		np := d.npFwd(x, c)
		for y := np.s + 1; y < np.e; y++ {
			if w := d.word(y); !d.toks[y].upper && len(w) > 4 && strings.HasSuffix(w, "ed") && !(y == np.s+1 && determiners.has(d.word(np.s))) {
				np.e = y
				break
			}
		}
		if !np.ok() || np.e >= c || !d.verbAfterIntroSubject(np.e, c) || !finiteWord(d.word(np.e)) {
			return noRange
		}
		return np
	}
	return noRange
}

// finiteWord reports a past or third-person present verb form, or an
// auxiliary: "fired", "walks", "has".
func finiteWord(w string) bool {
	return clauseAux.has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") || presentVerb(w) || subjectEndingPast(w) || samePastForms.has(w)
}

// samePastForms are past forms spelt as their present ("let", "put"),
// which subjectEndingPast's lists leave out.
var samePastForms = set("let", "put", "read", "set")
