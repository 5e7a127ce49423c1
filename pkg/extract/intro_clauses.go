package extract

// Introductory clauses and asides: sentence structures that kept common
// speech cues from producing a candidate.

// accordingOpensFrame reports a frame whose subject opens the clause right
// after an opening "According to X," ("According to the summary, two aides
// asked him to ...", "According to the network, Lee said ..."): the whole
// clause is what the source reports, so the inner frame does not end it
// (as with colonOpensFrame).
func (d *doc) accordingOpensFrame(a, nx *attribution) bool {
	return a.cueText == "according to" && a.inverted && d.punct(a.right) == "," && nx.left == a.right+1 && !nx.inverted && nx.cueText != "according to"
}

// introNameAside finds the subject of a cue at k+1 when a proper name with
// a long aside follows an introductory phrase or clause that holds commas
// or quoted titles of its own ("During an interview on “Meet the Press,”
// Jo Kim, the county's chief engineer, said ...", "At the club, where
// dues are high, Ana Ortiz, its president, suggested ..."): nameAsideSubject
// from the name on. The sentence must open with a preposition, a
// subordinator or a discourse word, so that what precedes the name is an
// adjunct and not a clause whose object the name is.
func (d *doc) introNameAside(s sentence, k int, prev []*attribution) (subj, name rng) {
	if k-s.s > 60 || !(adjunctPreps.has(d.word(s.s)) || subjectPreps.has(d.word(s.s)) || discourse.has(d.word(s.s))) {
		return noRange, noRange
	}
	for c := s.s + 2; c < k-3; c++ {
		if d.punct(c) != "," {
			continue
		}
		st := c + 1
		if d.inQuote(c) {
			// a comma closing a quoted title: "on “Meet the Press,” Jo Kim"
			if !d.isQuote(st) || d.quotes[d.qidx[c]].last() != st {
				continue
			}
			st++
		}
		if st >= k || d.toks[st].kind != tWord || !d.toks[st].upper || d.inQuote(st) {
			continue
		}
		np := d.npFwd(st, k)
		if !np.ok() || np.s != st || !d.isProperName(np) || d.punct(np.e) != "," {
			continue
		}
		if subj, name := d.nameAsideSubject(sentence{s: st, e: s.e, para: s.para}, k, prev); subj.ok() {
			return subj, name
		}
	}
	return noRange, noRange
}

// contentlessNonSpeech reports a later frame of a non-speech cue that
// finds no content of its own ("she would ask Mr. Lee to stay", "are
// finding themselves alienated"): it is a verb inside a's content, not a
// new statement that ends it ("She said, if elected, she would ask ...").
// The trial fill runs only when every other test would cut the content.
func (d *doc) contentlessNonSpeech(a, nx *attribution, lo int, s sentence) bool {
	if a.class != cueSpeech || nx.class == cueSpeech || nx.inverted || nx.partOf != nil || !nx.cue.ok() || d.hasQuoteIn(nx.left, d.contentEnd(s)) {
		return false // a quotation after the frame keeps its own statement
	}
	t := *nx
	t.content = nil
	d.fillContent(&t, lo, d.contentEnd(s))
	return len(t.content) == 0
}
