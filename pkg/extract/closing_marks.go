package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An opening curly mark “ right after a word and before a space or a
// punctuation mark closes a quotation: a typo for ” (an “expedited
// review“), or the closing mark of German-style quotes („We will not go“,
// she said), which some English-language outlets use. The tokenizer reads
// every “ as opening, so the quotation ran on to the next mark. At
// inference only (four articles of the training split change, to the
// better, and the models stay as trained).

// closeMarksAfterWords turns such marks into closing ones.
func (d *doc) closeMarksAfterWords() {
	lowOpen := false // the latest opening mark was „
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tQuote || t.qrole != qOpen {
			continue
		}
		mark := d.text[t.s:t.e]
		if mark == "“" && (closesWord(d.text, t.s, t.e) || lowOpen && closesSentence(d.text, t.s, t.e)) {
			t.qrole = qClose
			lowOpen = false
			continue
		}
		lowOpen = mark == "„"
	}
}

// closesSentence reports a mark after a letter or digit and a comma or
// full stop, before a space or the end: „We will act,“ she said. Only
// after a „ (a “ after a comma may open a quotation in running text).
func closesSentence(text string, s, e int) bool {
	punct, n := utf8.DecodeLastRuneInString(text[:s])
	if !strings.ContainsRune(",.!?", punct) {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:s-n])
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return false
	}
	after, _ := utf8.DecodeRuneInString(text[e:])
	return e >= len(text) || unicode.IsSpace(after)
}

// closesWord reports a mark right after a letter or digit and before a
// space, a punctuation mark or the end.
func closesWord(text string, s, e int) bool {
	if s == 0 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(text[:s])
	if !unicode.IsLetter(before) && !unicode.IsDigit(before) {
		return false
	}
	if e >= len(text) {
		return true
	}
	after, _ := utf8.DecodeRuneInString(text[e:])
	return unicode.IsSpace(after) || strings.ContainsRune(",.;:!?)", after)
}
