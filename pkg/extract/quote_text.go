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
		raw := text[spans[0].Start:spans[0].End]
		t := strings.TrimSuffix(trimQuotes(raw), ",")
		if t == "" {
			return trimQuotes(raw)
		}
		mark := closingMark(t)
		if mark == "" {
			return t
		}
		// the closing mark trimQuotes took is most often right after the
		// text in the span: the text with it, not a new string
		from := len(raw) - len(strings.TrimLeftFunc(raw, isQuoteOrSpace))
		if to := from + len(t); strings.HasPrefix(raw[to:], mark) {
			return raw[from : to+len(mark)]
		}
		return t + mark
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
	if n := len(parts); n > 0 && len(parts[n-1]) > 1 {
		parts[n-1] = strings.TrimSuffix(parts[n-1], ",")
	}
	var b strings.Builder
	b.Grow(size + len("”\""))
	opens, closes, straight := 0, 0, 0
	for i, p := range parts {
		if i > 0 && p != "." {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		opens += strings.Count(p, "“")
		closes += strings.Count(p, "”")
		straight += strings.Count(p, `"`)
	}
	if opens > closes {
		b.WriteString("”")
	}
	if straight%2 == 1 {
		b.WriteByte('"')
	}
	return b.String()
}

// closeQuotation drops the comma that led to the attribution (“We won,”
// she said → "We won") and closes a quotation whose closing mark went with
// the outer marks trimQuotes removed: called Trump “unhinged.” gives
// called Trump “unhinged.”, not called Trump “unhinged.
func closeQuotation(s string) string {
	if len(s) > 1 && s[len(s)-1] == ',' {
		s = s[:len(s)-1]
	}
	return s + closingMark(s)
}

// closingMark returns the marks that close the quotations s leaves open.
func closingMark(s string) string {
	curly := strings.Count(s, "“") > strings.Count(s, "”")
	straight := strings.Count(s, `"`)%2 == 1
	switch {
	case curly && straight:
		return "”\""
	case curly:
		return "”"
	case straight:
		return `"`
	}
	return ""
}

func isQuoteOrSpace(r rune) bool { return isQuoteRune(r) || unicode.IsSpace(r) }

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
