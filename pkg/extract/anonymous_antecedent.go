package extract

// "A spokesman for Clinton said the campaign had not been contacted. “We
// are confident,” the spokesman said": a definite "the official", "the
// aide", "the spokesman", "the person" that names nobody refers back to the
// unnamed speaker introduced with that noun ("a senior administration
// official, who spoke on condition of anonymity"), who stays anonymous but
// is one speaker within the article: the nearest earlier anonymous speaker
// of the paragraph or the two before whose mention has that head noun. A
// titled person of that role in between ("Brian Fallon, a Clinton
// spokesman") stops the search: the nominal may be his; so does another
// mention of the noun between ("a separate source ... did so", which made
// no statement). Refined pass only
// (session 23 probes). Train: 6 speakers change, on the design docs 2
// right, 0 wrong; the plural heads 4 more on train, all right ("the
// people" -> "people familiar with the session", "The officials" ->
// "Israeli officials").

// anaphoricAnonymousHeads are the singular nouns of unnamed speakers.
var anaphoricAnonymousHeads = set("official", "source", "aide", "person", "adviser", "advisor",
	"insider", "diplomat", "spokesman", "spokeswoman", "spokesperson", "staffer", "strategist",
	// and the plural ones: "people familiar with the matter ... the people said"
	"officials", "sources", "aides", "people", "advisers", "advisors", "insiders", "diplomats", "staffers")

// anonymousAntecedent resolves "the HEAD" (with at most an aside after it)
// to the earlier anonymous speaker it repeats.
func (r *resolver) anonymousAntecedent(a *attribution, para int) (Speaker, bool) {
	d := r.d
	subj := d.withoutAside(a.subj)
	if subj.e-subj.s != 2 || d.word(subj.s) != "the" || d.tokAt(subj.s+1).upper {
		return Speaker{}, false
	}
	head := d.word(subj.s + 1)
	if !anaphoricAnonymousHeads.has(head) {
		return Speaker{}, false
	}
	for i := len(r.history) - 1; i >= 0 && i >= len(r.history)-50; i-- {
		h := r.history[i]
		if d.sents[h.sent].para < para-2 {
			break
		}
		if anchorOf(h) >= a.subj.s || !h.subj.ok() {
			continue
		}
		sp := h.speaker
		if sp.Kind == SpeakerPerson && (rolesMatch(sp.Title, head) || containsWord(sp.Title, head)) {
			return Speaker{}, false
		}
		if sp.Kind != SpeakerAnonymous {
			continue
		}
		hs := d.withoutAside(h.subj)
		for k := hs.s; k < hs.e; k++ {
			if d.word(k) == head && !d.toks[k].upper {
				// another of that noun named between ("a separate
				// source ... did so") may be the one meant: nobody
				for j := h.subj.e; j < a.subj.s; j++ {
					if d.word(j) == head && !d.inQuote(j) {
						return Speaker{}, false
					}
				}
				return sp, true
			}
		}
	}
	return Speaker{}, false
}
