package extract

// sectionHeader reports a colon frame inside the article (not the headline)
// whose paragraph is one short fragment after the label: a section heading
// of a guide or round-up ("Ortiz: Win big", "Lee: A late surge"), not
// something the label's owner said. Transcript answers ("Lee: Well, it is
// bad.") carry a comma, a verb form or more words, or a one-letter or
// upper-case label ("A: Yes."); quotations keep the frame.
func (d *doc) sectionHeader(si, c int) bool {
	s := d.sents[si]
	if s.para == 0 {
		return false
	}
	if l := d.tokAt(c - 1); len(l.lower) == 1 || isAllCaps(d.text[l.s:l.e]) {
		return false // a transcript's speaker ("A: Yes.", "LEE: Never.")
	}
	pe := d.paraS[s.para+1]
	if s.e < pe && !(s.e == pe-1 && d.toks[s.e].kind == tPunct) {
		return false // more than one sentence
	}
	if d.countWords(c+1, pe) > 4 || d.hasQuoteIn(c+1, pe) {
		return false
	}
	for k := c + 1; k < pe; k++ {
		t := &d.toks[k]
		if t.kind == tPunct && (t.lower == "," || t.lower == "?" || t.lower == "!") {
			return false
		}
		if t.kind == tWord && (clauseAux.has(t.lower) || beForms.has(t.lower) || subjPronouns.has(t.lower)) {
			return false
		}
	}
	return true
}
