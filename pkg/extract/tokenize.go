package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

type tkind uint8

const (
	tWord  tkind = iota
	tPunct       // any other single character
	tQuote       // a double quotation mark: " “ ” « » „ '' `` (or a single one, single_quotes.go)
)

// Roles of quotation marks.
const (
	qAmbig int8 = 0
	qOpen  int8 = 1
	qClose int8 = -1
)

type token struct {
	s, e  int // byte offsets
	para  int // paragraph index
	lower string
	kind  tkind
	upper bool // starts with an upper-case letter
	qrole int8 // for tQuote
	abbr  bool // word carries an abbreviation period
}

// tokenize splits text into words, punctuation and quotation marks. Every
// newline starts a new paragraph.
func tokenize(text string, toks []token) []token { return tokenizeMarks(text, toks, true) }

// tokenizeMarks is tokenize; skipMarks skips the directional marks like
// spaces (directional_marks.go).
func tokenizeMarks(text string, toks []token, skipMarks bool) []token {
	// lower-case forms: an ASCII word without capitals is its own; a
	// capitalised ASCII word (or one with typographic apostrophes) is
	// lowered into an arena shared by the document's words (never written
	// again once a string points into it); other words are lowered one by one
	var arena []byte
	para := 0
	newPara := false
	i := 0
	for i < len(text) {
		// the common case: spaces, plain punctuation and lower-case ASCII
		// words, in a loop without calls, so that the compiler keeps its
		// state in registers (the general loop below spills it on every
		// character); anything else goes the general way
	fast:
		for ; i < len(text); i++ {
			c := text[i]
			if c >= utf8.RuneSelf {
				break
			}
			switch asciiClass[c] {
			case cSpace:
				continue
			case cBreak:
				if len(toks) > 0 {
					newPara = true
				}
				continue
			case cPunct:
				if len(toks) == cap(toks) || c == '&' && !(i+1 < len(text) && text[i+1] == ' ') {
					break fast // an HTML entity may be a quotation mark (html_quote_entity.go)
				}
				if newPara {
					para++
					newPara = false
				}
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.s, t.e, t.para, t.lower = i, i+1, para, text[i:i+1]
				t.kind, t.upper, t.qrole, t.abbr = tPunct, false, qAmbig, false
				continue
			case cWord:
				j, flags := asciiRun(text, i)
				if flags&wCapital != 0 || len(toks) == cap(toks) || j < len(text) && (text[j] >= utf8.RuneSelf || wordJoiner[text[j]] && !(text[j] == ',' && !isDigit(text[j-1])) && !(j-i > 5 && finalDot(text, j))) {
					break fast // (a word of more than five letters is no abbreviation)
				}
				if newPara {
					para++
					newPara = false
				}
				toks = toks[:len(toks)+1]
				t := &toks[len(toks)-1]
				t.s, t.e, t.para, t.lower = i, j, para, text[i:j]
				t.kind, t.upper, t.qrole, t.abbr = tWord, false, qAmbig, false
				i = j - 1
				continue
			}
			break // a quotation mark or an apostrophe
		}
		if i >= len(text) {
			break
		}
		r, n := rune(text[i]), 1
		if r < utf8.RuneSelf {
			// ASCII without the Unicode tables; quotation marks and
			// apostrophes take the general way below
			switch asciiClass[r] {
			case cSpace:
				i++
				continue
			case cBreak:
				if len(toks) > 0 {
					newPara = true
				}
				i++
				continue
			case cWord:
				if newPara {
					para++
					newPara = false
				}
				// most words are a run of ASCII letters and digits that ends
				// at a space or a punctuation mark that cannot join a word:
				// taken here, without a call (the tokenizer's hot path)
				j, flags := asciiRun(text, i)
				end, abbr := j, false
				if j < len(text) && finalDot(text, j) {
					// "said." or "Sen.": the abbreviation test of scanWord
					if abbr = dotEndsAbbreviation(text, i, j, false, rune(text[j-1])); abbr {
						end = j + 1
					}
				} else if j < len(text) && (text[j] >= utf8.RuneSelf || wordJoiner[text[j]] && !(text[j] == ',' && !isDigit(text[j-1]))) {
					toks, i = appendWord(toks, &arena, text, i, para, 'A' <= r && r <= 'Z')
					continue
				}
				lower := text[i:end]
				if flags&wCapital != 0 {
					lower = lowerASCII(&arena, lower, len(text))
				}
				toks = grow1(toks)
				t := &toks[len(toks)-1]
				t.s, t.e, t.para, t.lower = i, end, para, lower
				t.kind, t.upper, t.qrole, t.abbr = tWord, 'A' <= r && r <= 'Z', qAmbig, abbr
				i = end
				continue
			case cPunct:
				if r == '&' {
					break // an HTML entity may be a quotation mark (html_quote_entity.go)
				}
				if newPara {
					para++
					newPara = false
				}
				toks = grow1(toks)
				t := &toks[len(toks)-1]
				t.s, t.e, t.para, t.lower = i, i+1, para, text[i:i+1]
				t.kind, t.upper, t.qrole, t.abbr = tPunct, false, qAmbig, false
				i++
				continue
			}
		} else {
			r, n = utf8.DecodeRuneInString(text[i:])
			if r == '\u2029' {
				if len(toks) > 0 {
					newPara = true
				}
				i += n
				continue
			}
			if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' || skipMarks && invisibleFormat(r) || r == utf8.RuneError && n == 1 {
				i += n
				continue
			}
		}
		if newPara {
			para++
			newPara = false
		}
		start := i
		switch {
		case isWordRune(r):
			toks, i = appendWord(toks, &arena, text, i, para, unicode.IsUpper(r))
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»' || r == '„' || r == '‟':
			toks = append(toks, token{s: start, e: i + n, para: para, kind: tQuote, qrole: quoteRole(text, start, i+n, r)})
			i += n
		case r == '″' && doublePrimeMark(text, i):
			toks = append(toks, token{s: start, e: i + n, para: para, kind: tQuote, qrole: quoteRole(text, start, i+n, '"')}) // html_quote_entity.go
			i += n
		case r == '&' && len(text)-i >= 5 && text[i+1] != ' ':
			if m, role := htmlQuoteEntity(text[i:]); m > 0 {
				if role == 0 {
					role = quoteRole(text, start, i+m, '"')
				}
				toks = append(toks, token{s: start, e: i + m, para: para, kind: tQuote, qrole: role}) // html_quote_entity.go
				i += m
			} else {
				toks = append(toks, token{s: start, e: i + n, para: para, kind: tPunct, lower: text[i : i+n]})
				i += n
			}
		case (r == '\'' || r == '`' || r == '’' || r == '‘') && i+n < len(text):
			r2, n2 := utf8.DecodeRuneInString(text[i+n:])
			if r == '\'' && r2 == '\'' && i > 0 && i+2 < len(text) && text[i+2] == '\'' && text[i-1] != ' ' && text[i-1] != '\n' {
				// "'case,\'\'\' he said": a closing single mark, then the closing double
				toks = append(toks, token{s: start, e: i + n, para: para, kind: tPunct, lower: text[i : i+n]})
				i += n
			} else if (r == '\'' && r2 == '\'') || (r == '`' && r2 == '`') || (r == '‘' && r2 == '‘') || (r == '’' && r2 == '’') {
				role := qAmbig
				if r == '`' || r == '‘' {
					role = qOpen
				} else {
					role = quoteRole(text, start, i+n+n2, '"')
				}
				toks = append(toks, token{s: start, e: i + n + n2, para: para, kind: tQuote, qrole: role})
				i += n + n2
			} else {
				toks = append(toks, token{s: start, e: i + n, para: para, kind: tPunct, lower: text[i : i+n]})
				i += n
			}
		default:
			toks = append(toks, token{s: start, e: i + n, para: para, kind: tPunct, lower: text[i : i+n]})
			i += n
		}
	}
	return toks
}

// appendWord appends the word token starting at i and returns the tokens and
// the word's end. upper tells whether its first letter is a capital.
func appendWord(toks []token, arena *[]byte, text string, i, para int, upper bool) ([]token, int) {
	// most words are a run of ASCII letters and digits that ends at a space
	// or a punctuation mark that cannot join a word: no need for scanWord
	j, flags := asciiRun(text, i)
	end, abbr, curly, ascii, capitals := j, false, false, true, flags&wCapital != 0
	if j < len(text) && (text[j] >= utf8.RuneSelf || wordJoiner[text[j]] && !(text[j] == ',' && !isDigit(text[j-1]))) {
		end, abbr, curly, ascii, capitals = scanWord(text, i)
	}
	w := text[i:end]
	var lower string
	switch {
	case !ascii && !(curly && asciiButApostrophes(w)):
		lower = lowerWord(w)
	case !capitals && !curly:
		lower = w
	default:
		// ASCII letters and typographic apostrophes: lowered and folded
		// byte by byte, as lowerWord would
		a := *arena
		if cap(a)-len(a) < len(w) {
			a = make([]byte, 0, max(len(text)/5, len(w)))
		}
		at := len(a)
		for k := 0; k < len(w); k++ {
			c := w[k]
			switch {
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			case c >= utf8.RuneSelf: // the first byte of ’
				c = '\''
				k += 2
			}
			a = append(a, c)
		}
		lower = unsafe.String(&a[at], len(a)-at)
		*arena = a
	}
	toks = grow1(toks)
	t := &toks[len(toks)-1]
	t.s, t.e, t.para, t.lower = i, end, para, lower
	t.kind, t.upper, t.qrole, t.abbr = tWord, upper, qAmbig, abbr
	return toks, end
}

// lowerASCII returns the ASCII word w in lower case, written to the arena
// (see tokenize); textLen sizes a new arena block.
func lowerASCII(arena *[]byte, w string, textLen int) string {
	a := *arena
	if cap(a)-len(a) < len(w) {
		a = make([]byte, 0, max(textLen/5, len(w)))
	}
	at := len(a)
	for k := 0; k < len(w); k++ {
		c := w[k]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		a = append(a, c)
	}
	*arena = a
	return unsafe.String(&a[at], len(a)-at)
}

// grow1 extends toks by one token, whose fields the caller sets one by one:
// appending a token value copies it whole, with a bulk write barrier while
// the collector runs.
func grow1(toks []token) []token {
	if len(toks) < cap(toks) {
		return toks[:len(toks)+1]
	}
	return append(toks, token{})
}

// Classes of ASCII characters for the tokenizer's main loop.
const (
	cPunct uint8 = iota // a punctuation token of its own
	cSpace              // skipped
	cBreak              // a paragraph break
	cWord               // starts a word
	cQuote              // a quotation mark or an apostrophe: see tokenize
)

var asciiClass = func() (t [utf8.RuneSelf]uint8) {
	for c := range t {
		switch {
		case c == '\n' || c == '\r':
			t[c] = cBreak
		case unicode.IsSpace(rune(c)):
			t[c] = cSpace
		case asciiWord[c]:
			t[c] = cWord
		case c == '"' || c == '\'' || c == '`':
			t[c] = cQuote
		}
	}
	return t
}()

// asciiButApostrophes reports whether w holds only ASCII and typographic
// apostrophes (’).
func asciiButApostrophes(w string) bool {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= utf8.RuneSelf {
			if !strings.HasPrefix(w[k:], "’") {
				return false
			}
			k += len("’") - 1
		}
	}
	return true
}

// lowerWord returns w in lower case, without allocating when it already is,
// with typographic apostrophes folded to ASCII.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || ('A' <= c && c <= 'Z') {
			return strings.ReplaceAll(strings.ToLower(w), "’", "'")
		}
	}
	return w
}

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	// C1 controls occur only inside mis-decoded letters ("JesÃ\u0083Âos"),
	// and U+FFFD stands for a byte that was not UTF-8, nearly always a
	// Latin-1 letter ("Ren\uFFFD Dubois"): they belong to the word
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || 0x80 <= r && r <= 0x9f || r == utf8.RuneError
}

// scanWord returns the end of the word starting at i, whether it ends in
// an abbreviation period that was taken into the word, whether it holds a
// typographic apostrophe, whether it is all ASCII and whether it holds an
// ASCII capital (so the caller lower-cases without a second pass).
func scanWord(text string, i int) (end int, abbr, curly, ascii, upper bool) {
	start := i
	ascii = true
	seg := i // start of the part after the last hyphen: "R-S.C."
	prev := rune(0)
	dots := false
	var flags uint8 // the wordFlags of the ASCII letters and digits
	for {
		// a run of ASCII letters and digits: most words are no more
		j, f := asciiRun(text, i)
		flags |= f
		if j > i {
			prev, i = rune(text[j-1]), j
		}
		if i >= len(text) {
			break
		}
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			if r, n = utf8.DecodeRuneInString(text[i:]); isWordRune(r) {
				ascii = false
				prev = r
				i += n
				continue
			}
		}
		if i+n >= len(text) || r < utf8.RuneSelf && !wordJoiner[r] {
			break // most words end here, at a space or a plain punctuation mark
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		switch {
		case (r == '\'' || r == '’') && unicode.IsLetter(prev) && unicode.IsLetter(next):
			curly = curly || r == '’'
		case (r == '-' || r == '‑') && isWordRune(prev) && isWordRune(next):
			seg = i + n
		case r >= 0xA1 && r <= 0xBF && r != 0xAB && r != 0xBB && prev >= 0xC0 && prev <= 0xFF && (isWordRune(next) || next >= 0xA1 && next <= 0xBF):
			// mis-decoded UTF-8 ("FranÃ§ois"): Latin-1 symbols inside a word
		case r == '.' && unicode.IsDigit(prev) && unicode.IsDigit(next):
		case r == ',' && unicode.IsDigit(prev) && unicode.IsDigit(next) && i+n+3 <= len(text) && allDigits(text[i+n:i+n+3]):
		case r == '.' && unicode.IsLetter(prev) && unicode.IsLetter(next) && (i-start == utf8.RuneLen(prev) || i-seg == utf8.RuneLen(prev) && unicode.IsUpper(prev) || dots) && followedByDot(text, i+n):
			dots = true
		default:
			goto done
		}
		ascii = ascii && r < utf8.RuneSelf
		prev = r
		i += n
	}
done:
	upper = flags&wCapital != 0
	if i < len(text) && text[i] == '.' && dotEndsAbbreviation(text, start, i, dots, prev) {
		return i + 1, true, curly, ascii, upper
	}
	return i, false, curly, ascii, upper
}

// dotEndsAbbreviation reports whether the '.' at i belongs to the word
// text[start:i], whose last letter is prev: an initial ("J."), a known
// abbreviation ("Sen.", but "no." only before a number) or a dotted one
// (dots: "U.S.").
func dotEndsAbbreviation(text string, start, i int, dots bool, prev rune) bool {
	w := text[start:i]
	return dots || (utf8.RuneCountInString(w) == 1 && unicode.IsUpper(prev)) || len(w) <= 5 && isAbbreviation(w) && !(len(w) == 2 && strings.EqualFold(w, "no") && !numberFollows(text, i+1))
}

// finalDot reports a '.' at j that no letter or digit follows ("said."):
// it joins no word (as in "U.S" or "3.5"), so a word before it ends there or
// takes it as an abbreviation's (see dotEndsAbbreviation), and scanWord has
// nothing else to find.
func finalDot(text string, j int) bool {
	return text[j] == '.' && (j+1 == len(text) || text[j+1] < utf8.RuneSelf && !asciiWord[text[j+1]])
}

// asciiRun returns the end of the run of ASCII letters and digits that
// starts at i and the union of their wordFlags.
func asciiRun(text string, i int) (end int, flags uint8) {
	for i < len(text) {
		f := wordFlags[text[i]]
		if f == 0 {
			break
		}
		flags |= f
		i++
	}
	return i, flags
}

// wordFlags marks the ASCII letters and digits (wLetter) and the capitals
// (wCapital too), by byte: the other bytes are 0.
const (
	wLetter uint8 = 1 << iota
	wCapital
)

var wordFlags = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		if asciiWord[c] {
			t[c] = wLetter
			if 'A' <= c && c <= 'Z' {
				t[c] |= wCapital
			}
		}
	}
	return t
}()

// wordJoiner marks the ASCII characters that may continue a word: "don't",
// "R-S.C.", "3.5", "1,000", "U.S.".
var wordJoiner = [utf8.RuneSelf]bool{'\'': true, '-': true, '.': true, ',': true}

// isAbbreviation reports whether the word w in lower case is a known
// abbreviation, without allocating (wordSet.hasLower).
func isAbbreviation(w string) bool { return abbreviations.hasLower(w) }

// numberFollows reports whether a digit follows position i after spaces
// ("No. 5", not "said no.").
func numberFollows(text string, i int) bool {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i < len(text) && text[i] >= '0' && text[i] <= '9'
}

// followedByDot reports whether the single letter at i is followed by '.'
// ("U.S.": at "S").
func followedByDot(text string, i int) bool {
	_, n := utf8.DecodeRuneInString(text[i:])
	return i+n < len(text) && text[i+n] == '.'
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// quoteRole guesses whether a quotation mark opens or closes from its
// neighbours.
func quoteRole(text string, s, e int, r rune) int8 {
	switch r {
	case '“':
		if misusedClosing(text, s, e) {
			return qClose // "“It's unusual,“ said Noble": a typo for ”
		}
		return qOpen
	case '«', '„', '‟':
		return qOpen
	case '”', '»':
		return qClose
	}
	before, after := ' ', ' '
	if s > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:s])
	}
	if e < len(text) {
		after, _ = utf8.DecodeRuneInString(text[e:])
	}
	openish := unicode.IsSpace(before) || strings.ContainsRune("([{—–-/", before)
	closeish := unicode.IsSpace(after) || unicode.IsPunct(after) && !strings.ContainsRune("([{", after)
	switch {
	case openish && !closeish:
		return qOpen
	case closeish && !openish:
		return qClose
	}
	return qAmbig
}

// misusedClosing reports an opening mark typed where a closing one belongs:
// right after a comma or a sentence end and before a space or the end.
func misusedClosing(text string, s, e int) bool {
	if s == 0 || !strings.ContainsRune(",.?!", rune(text[s-1])) {
		return false
	}
	return e >= len(text) || text[e] == ' ' || text[e] == '\n'
}
