package extract

import "strings"

// Hard-wrapped lines: every line break starts a paragraph, but a text
// copied from an e-mail, a PDF or a wire's fixed-width feed breaks lines
// inside sentences: “We will act to protect jobs,”\nthe minister said; the
// minister\nsaid on Monday. The frame lost its content (a quotation is
// another paragraph's) or its subject. At inference a line break is no
// paragraph break when the line before ends on a comma or a quotation
// closed by a comma (no paragraph of train does), or ends inside a
// sentence (on a word, or a closing mark right after a question or
// exclamation mark) and the next line opens with a lower-case word, which
// no paragraph of news copy does. The headline (the first line) is never
// joined. Train has two such breaks, both inside a sentence ("getting them
// to participate personally\nin caucuses"); no other line of train opens
// with a lower-case word after a word or a comma. Training keeps the
// paragraphs, so the models do not move. Hand-written probes.

// joinWrappedLines renumbers the paragraphs of the tokens, joining a
// paragraph to the one before where the break wraps a line. Inference only;
// it runs before the quotation marks are paired.
func (d *doc) joinWrappedLines() {
	if d.training || len(d.toks) == 0 {
		return
	}
	shift := 0
	prev := d.toks[0].para
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		orig := t.para
		if orig != prev && d.wrappedBreak(i) {
			shift++
		}
		prev = orig
		t.para -= shift
	}
}

// wrappedBreak reports a line break before token i that wraps a sentence:
// a lower-case word after a word, a comma, or a closing mark after a
// comma, question or exclamation mark, not in the headline.
func (d *doc) wrappedBreak(i int) bool {
	t, p := d.toks[i], d.toks[i-1]
	if t.kind != tWord || p.para == 0 {
		return false
	}
	// a line that ends on a comma, or on a quotation closed by one, goes
	// on whatever the case of the next word ("“We will appeal,”\nMayer
	// said"): no paragraph of train ends so
	closing := p.kind == tQuote && p.qrole != qOpen || p.kind == tPunct && isSingleMark(p.lower) // (single marks are paired later: single_quotes.go)
	if p.kind == tPunct && p.lower == "," || closing && d.punct(i-2) == "," {
		return true
	}
	if t.upper || t.s >= len(d.text) || d.text[t.s] < 'a' || d.text[t.s] > 'z' || t.lower != d.text[t.s:t.e] {
		return false // "eBay", "iPhone": a name, not a wrapped line
	}
	if p.kind == tWord {
		return !p.abbr
	}
	b := d.punct(i - 2)
	return closing && (b == "?" || b == "!")
}

// unwrapLines replaces each line break of a statement's text, with the
// spaces around it, by one space: the text of a content that spans a
// wrapped line reads as one line.
func unwrapLines(s string) string {
	if strings.IndexByte(s, '\n') < 0 && strings.IndexByte(s, '\r') < 0 {
		return s // two vectorised byte scans: ContainsAny walks byte by byte
	}
	lines := strings.FieldsFunc(s, func(r rune) bool { return r == '\n' || r == '\r' })
	for i, l := range lines {
		lines[i] = strings.TrimSpace(l)
	}
	return strings.Join(lines, " ")
}
