package extract

import (
	"unicode"
	"unicode/utf8"
)

// British-style quotation marks. Much English news (The Guardian, The
// Times, the Economist) quotes with single marks: ‘We will not go,’ she
// said. The tokenizer takes a single mark for an apostrophe, which it is in
// American text (and inside double quotation marks). A document whose
// double quotation marks all stand inside single-quoted spans, if it has
// any (‘He said “no” to me,’ she said), quotes with single marks:
// promoteSingleQuotes pairs them there, so that every rule sees them as
// quotations, and takes the double marks inside for plain punctuation.
//
// The pairing is cautious, since the same marks are apostrophes too:
//   - an opening mark follows a space, the paragraph start or an opening
//     bracket or dash, and a word or mark follows it (not the elided
//     "’90s" or "rock ’n’ roll", which have no closing mark of their own);
//   - a closing mark follows a word or punctuation and precedes a space,
//     punctuation or the paragraph end;
//   - a plural possessive inside a quotation ("‘The students’ votes
//     count,’ she said") is no closing mark when a later one can close;
//   - an opening mark left unclosed counts only if it opens its paragraph
//     or a sentence of it (single_quote_paragraphs.go) and the next
//     paragraph opens a quotation again: a quotation going on over several
//     paragraphs (findQuotations joins the parts).
//
// Inference only (newDocFor): the models were trained without it. In the
// US corpus it pairs single marks in 5 of the 840 training articles (one
// statement changes: an indirect one becomes direct) and in none of the 84
// dev articles.
func (d *doc) promoteSingleQuotes() {
	singles, doubles := false, false
	for i := range d.toks {
		switch t := &d.toks[i]; {
		case t.kind == tQuote:
			doubles = true
		case t.kind == tPunct && isSingleMark(t.lower):
			singles = true
		}
	}
	if !singles {
		return
	}
	pairs := d.bufs.singlePairs[:0]
	defer func() { d.bufs.singlePairs = pairs }()
	for ps := 0; ps < len(d.toks); {
		pe := ps
		for pe < len(d.toks) && d.toks[pe].para == d.toks[ps].para {
			pe++
		}
		pairs = d.singlePairs(ps, pe, pairs)
		ps = pe
	}
	if doubles {
		if !d.doublesInside(pairs) {
			// double marks of their own: single ones are apostrophes or
			// nested, but in an American headline (headline_quotes.go)
			d.promoteHeadlineQuotes(pairs)
			d.promoteOutsideDoubles(pairs) // mixed_quotes.go
			d.closeMismatchedSingles()     // mismatched_close.go
			return
		}
		// ‘He said “no”,’ she said: the quotation inside a quotation is
		// part of its words, as single marks are inside double ones
		for i := range d.toks {
			if t := &d.toks[i]; t.kind == tQuote {
				t.kind, t.qrole, t.lower = tPunct, qAmbig, d.text[t.s:t.e]
			}
		}
	}
	for _, p := range pairs {
		d.promote(p.open, qOpen)
		if p.close >= 0 {
			d.promote(p.close, qClose)
		}
	}
}

// singlePair is a quotation in single marks: its opening and closing mark
// (close -1 when it goes on in the next paragraph) and its last token.
type singlePair struct{ open, close, end int }

// isSingleMark reports a single quotation mark or apostrophe token.
func isSingleMark(s string) bool { return s == "'" || s == "‘" || s == "’" }

// singlePairs appends the quotations in single marks of the paragraph
// [ps, pe) to pairs (see promoteSingleQuotes).
func (d *doc) singlePairs(ps, pe int, pairs []singlePair) []singlePair {
	open, outer := -1, -1 // outer: the mark open before an elision's "'n'"
	for i := ps; i < pe; i++ {
		t := &d.toks[i]
		if t.kind != tPunct || !isSingleMark(t.lower) {
			continue
		}
		switch {
		case d.elidedN(i) || d.elidedWord(i):
			// "rock 'n' roll": an elision, whatever its marks; a quotation
			// open before it stays open ("‘Rock ’n’ roll is dead,’ he said")
			if open == i-2 {
				open = outer
			}
		case open >= 0 && i > open+1 && d.singleCloses(i) && !d.possessiveMark(i, pe):
			pairs = append(pairs, singlePair{open, i, i})
			open = -1
		case d.singleOpens(i):
			outer = open
			open = i // an earlier unclosed one was an elision ("’Tis")
		}
	}
	if (open == ps || d.singleOpensSentence(open)) && open < pe-1 && pe < len(d.toks) && d.singleOpens(pe) {
		pairs = append(pairs, singlePair{open, -1, pe - 1}) // the quotation goes on in the next paragraph
	}
	return pairs
}

// elisions are words whose first letters a single mark stands for:
// "'cause", "'em", "'til", "'90s". Such a mark opened a quotation, and one
// open before it moved to it: ‘They never give up ’cause they love it,’
// she said kept only "cause they love it". Session 22, hand-written probes.
var elisions = set("cause", "cos", "coz", "em", "til", "till", "bout", "round", "tis", "twas", "ol", "nuff", "scuse")

// elidedWord reports a single mark glued to the elided word after it, or
// to a decade or year ("'90s", "'24").
func (d *doc) elidedWord(i int) bool {
	t, n := d.toks[i], d.tokAt(i+1)
	if n.kind != tWord || n.s != t.e || !d.singleOpens(i) {
		return false
	}
	if w := n.lower; elisions.has(w) {
		return true
	} else if len(w) == 2 && isDigit(w[0]) && isDigit(w[1]) || len(w) == 3 && isDigit(w[0]) && isDigit(w[1]) && w[2] == 's' {
		return true
	}
	return false
}

// elidedN reports the second mark of the elided "and" of "rock 'n' roll",
// in any marks ("’n’", "‘n’"): a single mark, "n", this mark.
func (d *doc) elidedN(i int) bool {
	if d.word(i-1) != "n" || !isSingleMark(d.punct(i-2)) {
		return false
	}
	t, m := d.toks[i-1], d.toks[i-2]
	return m.e == t.s && t.e == d.toks[i].s // no spaces inside
}

// doublesInside reports that every double quotation mark lies inside a
// quotation in single marks: the British nesting.
func (d *doc) doublesInside(pairs []singlePair) bool {
	k := 0
	for i := range d.toks {
		if d.toks[i].kind != tQuote {
			continue
		}
		for k < len(pairs) && pairs[k].end < i {
			k++
		}
		if k == len(pairs) || pairs[k].open > i {
			return false
		}
	}
	return true
}

func (d *doc) promote(i int, role int8) {
	t := &d.toks[i]
	t.kind, t.qrole, t.lower = tQuote, role, ""
}

// singleOpens reports a single mark at i placed as an opening quotation mark.
func (d *doc) singleOpens(i int) bool {
	t := d.toks[i]
	if t.kind != tPunct || !isSingleMark(t.lower) || t.lower == "’" || t.e >= len(d.text) {
		return false
	}
	if t.s > 0 {
		before, _ := utf8.DecodeLastRuneInString(d.text[:t.s])
		if !unicode.IsSpace(before) && !isOpeningContext(before) {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(d.text[t.e:])
	return !unicode.IsSpace(after)
}

func isOpeningContext(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', '/', ':':
		return true
	}
	return false
}

// singleCloses reports a single mark at i placed as a closing quotation mark.
func (d *doc) singleCloses(i int) bool {
	t := d.toks[i]
	if t.lower == "‘" || !d.placedClosing(i) {
		return false
	}
	if t.e >= len(d.text) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(d.text[t.e:])
	// a colon after a word's mark closes too: "‘We will win’: Zelensky"
	// (headline_quote_colon.go); only before a word does it open one
	return unicode.IsSpace(after) || (!isOpeningContext(after) || after == ':') && after != '\''
}

// possessiveMark reports a closing-placed mark at i that reads as a plural
// possessive ("the students’ votes"): after an "s", before a word, with
// another closing-placed mark later in the paragraph [.., pe).
func (d *doc) possessiveMark(i, pe int) bool {
	prev := d.word(i - 1)
	if prev == "" || prev[len(prev)-1] != 's' {
		return false
	}
	if d.word(i+1) == "" {
		return d.markThenClosing(i) // "the teachers’,’ she said"
	}
	for k := i + 1; k < pe; k++ {
		if t := d.toks[k]; t.kind == tPunct && isSingleMark(t.lower) && d.singleCloses(k) {
			return true
		}
	}
	return false
}

// markThenClosing reports a mark at i followed, without spaces, by a comma
// or a sentence's end and a closing single mark: "‘We speak for the
// teachers’,’ she said". The first is a plural possessive's, the second
// closes the quotation; before, the first closed it and the second was
// stray, so the frame lost its content. Hand-written probes (session 23).
func (d *doc) markThenClosing(i int) bool {
	if p := d.punct(i + 1); p != "," && !isTerminal(p) {
		return false
	}
	p, m := d.tokAt(i+1), d.tokAt(i+2)
	return m.kind == tPunct && isSingleMark(m.lower) && d.toks[i].e == p.s && p.e == m.s && d.singleCloses(i+2)
}
