package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Typography of European copy translated or quoted in English news:
//   - single guillemets ‹We will not leave,› said the minister (Swiss and
//     French copy) and low-high single marks ‚We will not leave‘, said the
//     minister (German copy): the tokenizer read both as punctuation, so the
//     quotation was no quotation. They are quotation marks in a paragraph
//     with no double marks; beside double ones they are a quotation inside
//     a quotation and stay part of its words («He said ‹no›», she said).
//   - reversed guillemets »We stay«, the minister said (German, Danish):
//     the tokenizer reads « as opening and » as closing. A paragraph whose
//     first guillemet » is placed as an opening mark (at the start or after
//     a space, before a letter) reads them the other way round.
// The training split holds none of these marks (0 of ‹ › « » ‚), so no
// train prediction changes; at inference only all the same.

// readGuillemets fixes the quotation marks of such paragraphs.
func (d *doc) readGuillemets() {
	if d.training || !hasGuillemet(d.text) {
		return
	}
	for i := 0; i < len(d.toks); i++ {
		if t := d.toks[i]; t.e-t.s >= 2 && (d.text[t.s] == 0xc2 || d.text[t.s] == 0xe2) && guillemetKind(d.text[t.s:t.e]) != 0 {
			ps := d.toks[i].para
			for ; i < len(d.toks) && d.toks[i].para == ps; i++ {
			}
			d.readGuillemetsIn(ps)
			i--
		}
	}
}

// hasGuillemet reports whether text holds one of the marks that
// readGuillemetsIn acts on (a "‘" alone changes nothing): a few vectorised
// scans of the text instead of a walk over every token of every article.
func hasGuillemet(text string) bool {
	for _, m := range [...]string{"«", "»", "‹", "›", "‚"} {
		if strings.Contains(text, m) {
			return true
		}
	}
	return false
}

// guillemetKind: 1 for « and », 2 for ‹ › and ‚, 3 for ‘, else 0.
func guillemetKind(s string) int {
	switch s {
	case "«", "»":
		return 1
	case "‹", "›", "‚":
		return 2
	case "‘":
		return 3
	}
	return 0
}

// readGuillemetsIn handles the paragraph p.
func (d *doc) readGuillemetsIn(p int) {
	ps := 0
	for ps < len(d.toks) && d.toks[ps].para < p {
		ps++
	}
	pe := ps
	doubles, reversed, singles, first := false, false, false, true
	for ; pe < len(d.toks) && d.toks[pe].para == p; pe++ {
		t := d.toks[pe]
		w := d.text[t.s:t.e]
		switch {
		case t.kind == tQuote:
			doubles = true
			if first && (w == "«" || w == "»") {
				reversed = w == "»" && d.placedOpening(pe)
				first = false
			}
		case t.kind == tPunct && guillemetKind(w) == 2:
			singles = true
		}
	}
	if reversed {
		for i := ps; i < pe; i++ {
			if t := &d.toks[i]; t.kind == tQuote {
				switch d.text[t.s:t.e] {
				case "»":
					t.qrole = qOpen
				case "«":
					t.qrole = qClose
				}
			}
		}
	}
	if doubles || !singles {
		return
	}
	// single marks: ‹ and ‚ open, › and ‘ close; »-style ›…‹ reversed
	rev := false
	for i := ps; i < pe; i++ {
		if t := d.toks[i]; t.kind == tPunct && guillemetKind(d.text[t.s:t.e]) == 2 {
			rev = d.text[t.s:t.e] == "›" && d.placedOpening(i)
			break
		}
	}
	for i := ps; i < pe; i++ {
		t := d.toks[i]
		if t.kind != tPunct {
			continue
		}
		switch w := d.text[t.s:t.e]; {
		case w == "‹" && !rev || w == "›" && rev || w == "‚":
			d.promote(i, qOpen)
		case w == "›" && !rev || w == "‹" && rev || w == "‘" && d.placedClosing(i):
			d.promote(i, qClose)
		}
	}
}

// placedOpening reports a mark at i after a space, an opening bracket or
// the start of the text and before a letter or digit.
func (d *doc) placedOpening(i int) bool {
	t := d.toks[i]
	if t.s > 0 {
		before, _ := utf8.DecodeLastRuneInString(d.text[:t.s])
		if !unicode.IsSpace(before) && !isOpeningContext(before) {
			return false
		}
	}
	after, _ := utf8.DecodeRuneInString(d.text[t.e:])
	return unicode.IsLetter(after) || unicode.IsDigit(after)
}

// placedClosing reports a mark at i after a letter, digit or punctuation
// mark and before a space, a punctuation mark or the end.
func (d *doc) placedClosing(i int) bool {
	t := d.toks[i]
	if t.s == 0 {
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
	return unicode.IsSpace(after) || unicode.IsPunct(after)
}
