package extract

import "strings"

// "“It is a costly model,” said Will Doyle, a professor ...", "actor Will
// Smith told ...": the given name is the modal "will" to the word lists
// (clauseAux, auxAdv, npStop), so an inverted frame lost its subject and
// with it the whole statement, and a subject stopped at the name. A
// capitalised "Will" inside a sentence before a capitalised surname that no
// third capitalised word follows (a title-case headline's "Trump Will Win
// Iowa") is a given name: its lower-case form keeps the capital, as
// markSurnameMay does for "May". At sentence start only a frame right after
// the full name marks it ("Will Doyle said ...", "Will Doyle, a professor,
// said ..." in a paragraph without a question mark), since "Will Trump
// win?" asks. The family name ("George Will said") stays unmarked: a later
// lone "Will wrote" finds the full name through the same lower-case form.
// At inference only (newDocFor), so the models do not move. Session 28,
// hand-written probes.
func (d *doc) markGivenNameWill() {
	if !strings.Contains(d.text, "Will") {
		return // most articles: a scan of the text is cheaper than of the tokens
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || !t.upper || t.lower != "will" || d.text[t.s:t.e] != "Will" {
			continue
		}
		if d.givenNameWill(i) {
			t.lower = "Will"
		}
	}
}

// givenNameWill reports "Will" at i as the given name of a full name.
func (d *doc) givenNameWill(i int) bool {
	t, n, after := d.tokAt(i), d.tokAt(i+1), d.tokAt(i+2)
	if n.kind != tWord || !n.upper || n.para != t.para || isAllCaps(d.text[n.s:n.e]) || n.abbr {
		return false
	}
	if after.kind == tWord && after.upper && after.para == t.para {
		return false // "Trump Will Win Iowa": a title-case headline
	}
	p := d.tokAt(i - 1)
	if i > 0 && p.para == t.para && !isTerminal(p.lower) && p.kind != tQuote {
		// inside a sentence: after a lower-case word ("said Will Doyle"), a
		// comma or a dash, or an honorific ("Rep. Will Hurd")
		return p.kind == tWord && (!p.upper || honorifics[strings.TrimSuffix(p.lower, ".")]) ||
			p.kind == tPunct && (p.lower == "," || p.lower == "(" || p.lower == "—" || p.lower == "–" || p.lower == "--")
	}
	// opening a sentence: "Will Doyle said", "Will Doyle, a professor, said"
	if after.kind == tWord && after.para == t.para && sentenceOpeningCues.has(after.lower) {
		return true
	}
	return after.kind == tPunct && after.lower == "," && !d.paraHasQuestion(i)
}

// sentenceOpeningCues are the frames that follow a name opening a sentence
// ("Will Doyle said"); a question's "Will Trump win" has a bare verb there.
var sentenceOpeningCues = set("said", "says", "told", "tells", "wrote", "writes", "added", "adds", "noted", "argued", "explained", "announced", "insisted", "warned")

// paraHasQuestion reports a question mark in the paragraph of token i. It
// runs before the paragraph starts are counted (countTokens), and for a
// rare token only.
func (d *doc) paraHasQuestion(i int) bool {
	para := d.toks[i].para
	for k := i; k >= 0 && d.toks[k].para == para; k-- {
		if d.toks[k].kind == tPunct && d.toks[k].lower == "?" {
			return true
		}
	}
	for k := i + 1; k < len(d.toks) && d.toks[k].para == para; k++ {
		if d.toks[k].kind == tPunct && d.toks[k].lower == "?" {
			return true
		}
	}
	return false
}
