package extract

// Statements side by side after a semicolon: "He calls for a single-payer
// system; Mrs. Clinton aims to build on the law." The rule-accepted
// inference-only frames (present_vow.go, exhort_to.go, seemed_to.go,
// ordered.go, phrasal_stance.go, ...) are built only as their sentence's
// first frame, so that one inside another statement's content ("X
// reported that Lee ordered ...") is left out; after a semicolon that ends
// the earlier frames' contents, the clause is a statement of its own.
// cv3: all tp +6 fp +0, speech and direct unchanged. Likewise after an
// opening prepositional phrase whose noun is a cue ("In a Facebook post
// on Sunday, Beck encouraged ..."): cv3 all tp +3 fp +0.

// semicolonAfter reports a semicolon outside quotations between the cues
// of the sentence's earlier frames and i: "He calls for X; Mrs. Clinton
// aims to Y" holds two statements side by side, not one inside the other.
// The frames it admits are built at inference only.
func (d *doc) semicolonAfter(prev []*attribution, i int) bool {
	last := prev[len(prev)-1]
	if !last.cue.ok() || last.cue.e > i {
		return false
	}
	for k := i - 1; k >= last.cue.e; k-- {
		if d.punct(k) == ";" && !d.inQuote(k) {
			for _, p := range prev {
				for _, c := range p.content {
					if c.e > k {
						return false // an earlier content runs past the semicolon
					}
				}
			}
			return true
		}
	}
	return false
}

// introPhraseBefore reports the sentence's earlier frames inside an
// opening prepositional phrase that a comma closes before i: "In a
// Facebook post on Sunday night, Beck encouraged ..." (the noun "post" is
// a cue). Inference only, as semicolonAfter.
func (d *doc) introPhraseBefore(s sentence, prev []*attribution, i int) bool {
	if !adjunctPreps.has(d.word(s.s)) && !subjectPreps.has(d.word(s.s)) {
		return false
	}
	comma := -1
	for k := s.s + 1; k < i; k++ {
		if d.inQuote(k) {
			return false
		}
		if d.punct(k) == "," {
			comma = k
			break
		}
	}
	if comma < 0 {
		return false
	}
	for _, p := range prev {
		if !p.cue.ok() || p.cue.e > comma {
			return false
		}
	}
	return true
}
