package extract

// Declared results. "Sanders was declared the winner in Rhode Island": an
// announcement in the passive whose content is the subject and the
// result, with no source unless one follows after "by". No cue verb frames
// it: the verb has no clause or object of its own.

// declaredVerbs announce a result in the passive.
var declaredVerbs = set("declared", "announced", "projected", "proclaimed")

// resultNouns name the result: "the winner", "the second-place winner".
var resultNouns = set("winner", "winners", "victor", "victors", "majority", "nominee", "loser", "champion")

// resultEnds end the result phrase: a clause or an adjunct follows.
var resultEnds = set("that", "which", "who", "whom", "whose", "by", "following", "after", "before", "as",
	"when", "while", "and", "but", "with", "because", "since", "even", "though", "although", "amid", "despite", "on")

// declaredFrame returns the statement of a passive result announcement
// whose verb is at i ("was declared the winner ..."), or nil. Its verbs must
// pass mayFrame (findAttributions tries no other word).
func (d *doc) declaredFrame(si, i int) *attribution {
	w := d.toks[i].lower
	if len(w) < 8 || w[len(w)-1] != 'd' || !declaredVerbs.has(w) {
		return nil
	}
	s := d.sents[si]
	be := i - 1
	if be <= s.s || !beForms.has(d.word(be)) || d.word(be) == "being" || d.word(be) == "be" && d.word(be-1) != "to" && !auxAdv.has(d.word(be-1)) {
		return nil
	}
	// the result: "the" and a result noun within three words
	if d.word(i+1) != "the" || d.inQuote(i+1) {
		return nil
	}
	e := i + 2
	found := false
	for ; e < s.e && e < i+5 && d.toks[e].kind == tWord && !d.inQuote(e); e++ {
		if resultNouns.has(d.toks[e].lower) {
			found = true
			e++
			break
		}
	}
	if !found {
		return nil
	}
	for e < s.e && d.toks[e].kind == tWord && !d.inQuote(e) && !resultEnds.has(d.toks[e].lower) {
		e++
	}
	subj := d.declaredSubject(s, be-1)
	if !subj.ok() {
		return nil
	}
	a := &attribution{sent: si, cue: rng{be, i + 1}, cueText: "declare", class: cueSpeech, subj: noRange, name: noRange,
		title: noRange, left: subj.s, right: i + 1, conf: 0.6, content: []rng{subj, {i + 1, e}}}
	if d.word(e) == "by" && !d.inQuote(e+1) {
		if src := d.npFwd(e+1, s.e); src.ok() {
			for k := src.s + 1; k < src.e; k++ {
				if w := d.word(k); timeWords.has(w) || w == "early" || w == "late" || w == "last" || w == "this" {
					src.e = k // "by news organizations early Tuesday night"
					break
				}
			}
			a.subj, a.inverted = src, true // "... by news organizations"
			a.name, a.title = d.apposition(src, s.e)
		}
	}
	return a
}

// declaredSubject returns the noun phrase that ends at k, the subject of a
// declared result: a pronoun, a name, or a name with an apposition between
// commas ("Mr. Yanukovych, then prime minister,"); noRange for a relative
// pronoun ("who was declared the winner" belongs to the clause before).
func (d *doc) declaredSubject(s sentence, k int) rng {
	if k < s.s || d.inQuote(k) {
		return noRange
	}
	if d.punct(k) == "," {
		for j := k - 1; j > s.s && j >= k-8; j-- {
			if d.punct(j) == "," {
				return d.declaredSubject(s, j-1)
			}
		}
		return noRange
	}
	w := d.word(k)
	if w == "who" || w == "which" || w == "that" {
		return noRange
	}
	if subjPronouns.has(w) {
		return rng{k, k + 1}
	}
	return d.npBack(k, s.s)
}

// insertBySentence merges the extra statements into all (both in sentence
// order), keeping the order of the statements of one sentence.
func insertBySentence(all, extra []*attribution) []*attribution {
	if len(extra) == 0 {
		return all
	}
	out := make([]*attribution, 0, len(all)+len(extra))
	i := 0
	for _, a := range all {
		for i < len(extra) && extra[i].sent < a.sent {
			out = append(out, extra[i])
			i++
		}
		out = append(out, a)
	}
	return append(out, extra[i:]...)
}
