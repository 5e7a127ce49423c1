package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteText is the statement's text as a reader would quote it: its content
// parts without their quotation marks, joined by spaces. A quotation the
// writer closed with a comma before the attribution ends its sentence
// there when the next part opens a new sentence after the attribution:
// “It was a long year,” Smith said. “We grew.” reads "It was a long year.
// We grew.", not "It was a long year, We grew." A split sentence (“We will
// not go,” she said, “until it is done.”) keeps its comma.
func quoteText(text string, spans []Span) string {
	if len(spans) == 1 {
		return closeQuotation(trimQuotes(text[spans[0].Start:spans[0].End]))
	}
	var pbuf [8]string
	parts := pbuf[:0]
	size := 0
	prevEnd := -1
	for _, s := range spans {
		part := trimQuotes(text[s.Start:s.End])
		if part == "" {
			continue
		}
		if n := len(parts); n > 0 && strings.HasSuffix(parts[n-1], ",") && opensSentence(part) && sentenceEndsBetween(text, prevEnd, s.Start) {
			parts[n-1] = parts[n-1][:len(parts[n-1])-1]
			parts = append(parts, ".")
		}
		parts = append(parts, part)
		size += len(part) + 2
		prevEnd = s.End
	}
	var b strings.Builder
	b.Grow(size + len("”"))
	for i, p := range parts {
		if i > 0 && p != "." {
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return closeQuotation(b.String())
}

// closeQuotation drops the comma that led to the attribution (“We won,”
// she said → "We won") and closes a quotation whose closing mark went with
// the outer marks trimQuotes removed: called Trump “unhinged.” gives
// called Trump “unhinged.”, not called Trump “unhinged.
func closeQuotation(s string) string {
	if len(s) > 1 && s[len(s)-1] == ',' {
		s = s[:len(s)-1]
	}
	if strings.Count(s, "“") > strings.Count(s, "”") {
		s += "”"
	}
	if strings.Count(s, `"`)%2 == 1 {
		s += `"`
	}
	return s
}

// opensSentence reports whether s starts with a capital letter or a digit.
func opensSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// sentenceEndsBetween reports whether the attribution between two parts
// (", Smith said. ") ends with a full stop, question or exclamation mark.
func sentenceEndsBetween(text string, from, to int) bool {
	if from < 0 || from > to || to > len(text) {
		return false
	}
	gap := strings.TrimRightFunc(text[from:to], func(r rune) bool { return unicode.IsSpace(r) || isQuoteRune(r) })
	return strings.HasSuffix(gap, ".") || strings.HasSuffix(gap, "!") || strings.HasSuffix(gap, "?")
}
