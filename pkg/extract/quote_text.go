package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// quoteText is the statement's text as a reader would quote it: its content
// parts joined by spaces, each without the quotation marks around it (“We
// will not go,” → We will not go) but with the marks of a quotation inside
// it (called Trump “unhinged.”; says deal 'dead'). The comma that led to
// the attribution goes. A quotation the writer closed with a comma before
// the attribution ends its sentence there when the next part opens a new
// sentence after the attribution: “It was a long year,” Smith said. “We
// grew.” reads "It was a long year. We grew.", not "It was a long year, We
// grew." A split sentence (“We will not go,” she said, “until it is
// done.”) keeps its comma.
func quoteText(text string, spans []Span) string {
	if len(spans) == 1 {
		return closeQuotation(text[spans[0].Start:spans[0].End])
	}
	var pbuf [8]string
	parts := pbuf[:0]
	size := 0
	prevEnd := -1
	for _, s := range spans {
		part := partText(text[s.Start:s.End])
		if part == "" {
			continue
		}
		if n := len(parts); n > 0 && strings.HasSuffix(parts[n-1], ",") && opensSentence(part) && sentenceEndsBetween(text, prevEnd, s.Start) {
			parts[n-1] = parts[n-1][:len(parts[n-1])-1]
			parts = append(parts, ".") // "It was a long year[,]” Smith said. “We grew."
		}
		parts = append(parts, part)
		size += len(part) + 4
		prevEnd = s.End
	}
	var b strings.Builder
	b.Grow(size)
	for i, p := range parts {
		if i > 0 && p != "." {
			b.WriteByte(' ')
		}
		if i == len(parts)-1 {
			p = dropLeadComma(p)
		}
		b.WriteString(p)
	}
	return b.String()
}

// partText is one content part as quoteText shows it: without the marks
// around it (“We won,” → We won,), but with a closing mark that closes a
// quotation opened inside it (called Trump “unhinged.”; says deal 'dead'),
// and whole when a mark inside closes before one opens (“fair” and
// “free”, whose marks are the words').
func partText(raw string) string {
	t := strings.TrimSpace(raw)
	lead := len(t) - len(strings.TrimLeftFunc(t, isQuoteOrSpace))
	core := strings.TrimRightFunc(t[lead:], isQuoteOrSpace)
	if core == "" {
		return core
	}
	open, early := openMarks(core)
	switch {
	case early && lead > 0:
		return t
	case !open:
		return core
	case lead+len(core) < len(t):
		// with the closing marks it needs, a slice of the text: not the
		// outer ” of ‘What can I do?’”, whose opening went with lead
		end := lead + len(core)
		for _, r := range t[end:] {
			end += utf8.RuneLen(r)
			if o, _ := openMarks(t[lead:end]); !o {
				break
			}
		}
		return t[lead:end]
	}
	return core + closingMark(core) // its closing mark is outside the content
}

// openMarks reports whether s leaves a quotation open (a curly double mark,
// an odd number of straight ones or of doubled apostrophes, the ”…” of
// some papers) and whether a curly closing mark comes before any opening.
func openMarks(s string) (open, closesEarly bool) {
	// the curly marks are E2 80 9C/9D, and E2 is no other rune's inner
	// byte: the walk jumps from one E2 to the next (most statements have
	// none) instead of decoding every rune
	depth := 0
	for i := byteFrom(s, 0, 0xE2); i < len(s); i = byteFrom(s, i+1, 0xE2) {
		if i+2 < len(s) && s[i+1] == 0x80 {
			switch s[i+2] {
			case 0x9C: // “
				depth++
			case 0x9D: // ”
				if depth == 0 {
					closesEarly = true
				} else {
					depth--
				}
			}
		}
	}
	return depth > 0 || strings.Count(s, `"`)%2 == 1 || strings.Count(s, "''")%2 == 1 || singleOpen(s), closesEarly
}

// byteFrom returns the index of the first byte c in s at or after i, or
// len(s) if there is none.
func byteFrom(s string, i int, c byte) int {
	if j := strings.IndexByte(s[i:], c); j >= 0 {
		return i + j
	}
	return len(s)
}

// singleOpen reports a single mark that opens a quotation in s (after a
// space or the start, before a letter: says deal 'dead) with none closing
// after it; apostrophes inside words (don't) and elisions ('cause) are
// neither.
func singleOpen(s string) bool {
	// a walk from mark to mark, decoding runes only around them: ' is a
	// byte of its own and ‘ ’ are E2 80 98/99, which no other rune's bytes
	// hold (the rune before a mark decoded backwards is the one a walk over
	// the runes would have seen)
	open := false
	apos, e2 := byteFrom(s, 0, '\''), byteFrom(s, 0, 0xE2)
	for {
		i := min(apos, e2)
		if i >= len(s) {
			break
		}
		r := '\''
		if i == apos {
			apos = byteFrom(s, i+1, '\'')
		} else {
			e2 = byteFrom(s, i+1, 0xE2)
			if i+2 >= len(s) || s[i+1] != 0x80 || s[i+2] != 0x98 && s[i+2] != 0x99 {
				continue
			}
			r = '‘'
			if s[i+2] == 0x99 {
				r = '’'
			}
		}
		prev := ' '
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		rest := s[i+utf8.RuneLen(r):]
		next, _ := utf8.DecodeRuneInString(rest)
		switch {
		case r != '’' && unicode.IsSpace(prev) && unicode.IsLetter(next) && !elidedAt(rest):
			open = true
		case open && !unicode.IsSpace(prev) && !unicode.IsLetter(next):
			open = false
		}
	}
	return open
}

// dropLeadComma drops a comma at the end of t or before its closing mark:
// the writer's punctuation before the attribution ("We won," she said;
// called it "dead on arrival," he said).
func dropLeadComma(t string) string {
	if len(t) > 1 && t[len(t)-1] == ',' {
		return t[:len(t)-1]
	}
	if last, n := utf8.DecodeLastRuneInString(t); isQuoteRune(last) && len(t) > n+1 && t[len(t)-n-1] == ',' {
		return t[:len(t)-n-1] + t[len(t)-n:] // rare: a new string
	}
	return t
}

// closeQuotation is a one-part statement's text (see quoteText).
func closeQuotation(s string) string { return dropLeadComma(partText(s)) }

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

// elidedAt reports an elided word ("cause", "em") at the start of s.
func elidedAt(s string) bool {
	end := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(s)
	}
	return end <= 5 && elisions.has(strings.ToLower(s[:end]))
}
