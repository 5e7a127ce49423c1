package extract

import (
	"unicode"
	"unicode/utf8"
)

// British-style quotation marks. Much English news (The Guardian, The
// Times, the Economist) quotes with single marks: ‘We will not go,’ she
// said. The tokenizer takes a single mark for an apostrophe, which it is in
// American text (and inside double quotation marks in any text). A document
// that holds no double quotation mark at all writes its quotations with
// single marks, if it writes any: promoteSingleQuotes pairs them there, so
// that every rule sees them as quotations.
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
//     and the next paragraph opens a quotation again: a quotation going on
//     over several paragraphs (findQuotations joins the parts).
//
// Inference only (newDocFor): the models were trained without it. Of the 840 training
// articles, 4 have no double quotation mark and a single mark that pairs.
func (d *doc) promoteSingleQuotes() {
	any := false
	for i := range d.toks {
		switch t := &d.toks[i]; {
		case t.kind == tQuote:
			return // double marks: single ones are apostrophes or nested
		case t.kind == tPunct && isSingleMark(t.lower):
			any = true
		}
	}
	if !any {
		return
	}
	for ps := 0; ps < len(d.toks); {
		pe := ps
		for pe < len(d.toks) && d.toks[pe].para == d.toks[ps].para {
			pe++
		}
		d.pairSingleMarks(ps, pe)
		ps = pe
	}
}

// isSingleMark reports a single quotation mark or apostrophe token.
func isSingleMark(s string) bool { return s == "'" || s == "‘" || s == "’" }

// pairSingleMarks promotes the single marks of the paragraph [ps, pe) that
// pair into quotations (see promoteSingleQuotes).
func (d *doc) pairSingleMarks(ps, pe int) {
	open := -1
	for i := ps; i < pe; i++ {
		t := &d.toks[i]
		if t.kind != tPunct || !isSingleMark(t.lower) {
			continue
		}
		switch {
		case open >= 0 && i > open+1 && d.singleCloses(i) && !d.possessiveMark(i, pe):
			d.promote(open, qOpen)
			d.promote(i, qClose)
			open = -1
		case d.singleOpens(i):
			open = i // an earlier unclosed one was an elision ("’Tis")
		}
	}
	if open == ps && open < pe-1 && pe < len(d.toks) && d.singleOpens(pe) {
		d.promote(open, qOpen) // the quotation goes on in the next paragraph
	}
}

func (d *doc) promote(i int, role int8) {
	t := &d.toks[i]
	t.kind, t.qrole, t.lower = tQuote, role, ""
}

// singleOpens reports a single mark at i placed as an opening quotation mark.
func (d *doc) singleOpens(i int) bool {
	t := d.toks[i]
	if t.lower == "’" || t.e >= len(d.text) {
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
	if t.lower == "‘" || t.s == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(d.text[:t.s])
	if unicode.IsSpace(before) {
		return false
	}
	if t.e >= len(d.text) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(d.text[t.e:])
	return unicode.IsSpace(after) || unicode.IsPunct(after) && !isOpeningContext(after) && after != '\''
}

// possessiveMark reports a closing-placed mark at i that reads as a plural
// possessive ("the students’ votes"): after an "s", before a word, with
// another closing-placed mark later in the paragraph [.., pe).
func (d *doc) possessiveMark(i, pe int) bool {
	prev := d.word(i - 1)
	if prev == "" || prev[len(prev)-1] != 's' || d.word(i+1) == "" {
		return false
	}
	for k := i + 1; k < pe; k++ {
		if t := d.toks[k]; t.kind == tPunct && isSingleMark(t.lower) && d.singleCloses(k) {
			return true
		}
	}
	return false
}
