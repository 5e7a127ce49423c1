package statements

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/unicode/norm"
)

// Normalize returns the words of s as they are compared: case folded,
// accents removed, typographic quotes, apostrophes and dashes treated like
// their plain forms, punctuation and ellipses dropped, one space between
// words. An apostrophe inside a word is dropped ("Kremlin’s" → "kremlins"),
// as is a thousands or decimal separator inside a number ("2,000" → "2000");
// a dash separates words ("rights-respecting" → "rights respecting").
// Invalid UTF-8 bytes are ignored.
func Normalize(s string) string {
	var b strings.Builder
	eachWord(s, nil, func(w []byte) {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.Write(w)
	})
	return b.String()
}

// Words returns the normalised words of s (see Normalize).
func Words(s string) []string {
	var out []string
	eachWord(s, nil, func(w []byte) { out = append(out, string(w)) })
	return out
}

var folders = sync.Pool{New: func() any { c := cases.Fold(); return &c }}

// fold case-folds and decomposes s, dropping combining marks, so that
// "Tokáyev", "TOKAYEV" and "tokayev" compare equal. Only called for
// non-ASCII input.
func fold(s string) string {
	c := folders.Get().(*cases.Caser)
	defer folders.Put(c)
	// Decompose first so that compatibility forms (ϲ, ﬁ, full width) fold
	// like their plain letters, and again after folding.
	s = norm.NFKD.String(strings.ToValidUTF8(s, " "))
	s = norm.NFKD.String(c.String(s))
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, s)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isApostrophe(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u2018', '\u02bc', '\u2032', '`', '\u00b4':
		return true
	}
	return false
}

// eachWord calls fn with each normalised word of s in order. The slice
// passed to fn is only valid during the call; buf is scratch space that may
// be nil.
func eachWord(s string, buf []byte, fn func(w []byte)) {
	if !isASCII(s) {
		s = fold(s)
	}
	word := buf[:0]
	// pendingJoin: the previous rune was an apostrophe inside a word or a
	// separator inside a number; it is dropped if the word goes on.
	pendingJoin := false
	lastDigit := false
	flush := func() {
		if len(word) > 0 {
			fn(word)
			word = word[:0]
		}
		pendingJoin = false
		lastDigit = false
	}
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9'):
			if pendingJoin && lastDigit && !(r >= '0' && r <= '9') {
				// "2,a": the separator ended the number.
				fn(word)
				word = word[:0]
			}
			pendingJoin = false
			word = append(word, byte(r))
			lastDigit = r >= '0' && r <= '9'
		case r >= 'A' && r <= 'Z':
			if pendingJoin && lastDigit {
				fn(word)
				word = word[:0]
			}
			pendingJoin = false
			word = append(word, byte(r+'a'-'A'))
			lastDigit = false
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsNumber(r)):
			if pendingJoin && lastDigit {
				fn(word)
				word = word[:0]
			}
			pendingJoin = false
			word = utf8.AppendRune(word, unicode.ToLower(r))
			lastDigit = false
		case r >= utf8.RuneSelf && unicode.Is(unicode.Mn, r):
			// Combining marks are removed by fold; ignore any left.
		case isApostrophe(r) && len(word) > 0 && !pendingJoin && !lastDigit:
			pendingJoin = true
		case (r == ',' || r == '.') && lastDigit && !pendingJoin:
			pendingJoin = true
		default:
			flush()
		}
	}
	flush()
}

// stopwords are words too common to identify a statement on their own: a
// shingle made only of them is not indexed when its text has others.
var stopwords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a about after against all also am an and any are as at be because been
		before being between both but by can could did do does doing down during each few for from further
		had has have having he her here hers herself him himself his how i if in into is it its itself just
		me more most my myself no nor not now of off on once only or other our ours ourselves out over own
		said same says she should so some such than that the their theirs them themselves then there these
		they this those through to too under until up very was we were what when where which while who whom
		why will with would you your yours yourself yourselves s t don dont wont cant isnt its us let lets`) {
		m[w] = true
	}
	return m
}()
