package extract

// pullQuote reports, at inference, a quotation that fills its paragraph and
// repeats the words of one of the few quotations before it: a pull quote,
// set off in the body as a display. It is no new statement, and it
// continues nobody: attached as a continuation it went to whoever spoke
// last ("“We owe it to the town,” Hill said. ... “The money is not
// there,” Reed said. ... “We owe it to the town.”" gave Hill's words to
// Reed), while the speaker keeps the statement where the words were first
// quoted. A signed pull quote ("“…” — Jo Hill") is left to its signature.
// The design docs have 2 paragraph-filling quotations repeating earlier
// words, neither annotated; inference only.
func (d *doc) pullQuote(qi int) bool {
	if d.training || qi == 0 {
		return false
	}
	q := d.quotes[qi]
	if !q.closed || len(q.parts) != 1 {
		return false
	}
	first, last := q.first(), q.last()
	p := d.toks[first].para
	if first != d.paraS[p] {
		return false
	}
	if e := last + 1; e < d.paraS[p+1] && !(isTerminal(d.punct(e)) && e+1 == d.paraS[p+1]) {
		return false
	}
	var buf [12]string
	words := buf[:0]
	for k := first + 1; k < last && len(words) < 12; k++ {
		if w := d.word(k); w != "" {
			words = append(words, w)
		}
	}
	if len(words) < 4 {
		return false
	}
	for j := qi - 1; j >= 0 && j >= qi-30; j-- {
		for _, pt := range d.quotes[j].parts {
			if d.wordsIn(words, pt[0]+1, pt[1]) {
				return true
			}
		}
	}
	return false
}

// wordsIn reports the word sequence words, punctuation aside, within the
// tokens [s, e).
func (d *doc) wordsIn(words []string, s, e int) bool {
	for k := s; k < e; k++ {
		if d.word(k) != words[0] {
			continue
		}
		i, j := 1, k+1
		for i < len(words) && j < e {
			if w := d.word(j); w == "" {
				j++
				continue
			} else if w != words[i] {
				break
			}
			i++
			j++
		}
		if i == len(words) {
			return true
		}
	}
	return false
}
