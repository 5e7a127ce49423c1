package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// The fast paths of the speed work must give what the plain code gave.
var speedSamples = []string{
	"", " ", "Ned Price", "the U.S. State Department's spokesman", "O'Brien’s", "’Tis", "..Jo,",
	"Mr. José Álvarez-Núñez", "İstanbul mayor", "a\tb\nc\vd\fe\rf", "Ana  Ortiz ", "x\xe2\x80", "\xe2\x80\x99",
	"The Kazakh government's", "’’", "'s", "dept. of state", "Prime Minister\u00a0Lee", "ÉLYSÉE palace",
}

// normWordsPlain is normWords as it was written before its fast path.
func normWordsPlain(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			w := string(cur)
			w = strings.TrimSuffix(w, "'s")
			w = strings.TrimSuffix(w, "'")
			if w != "" {
				words = append(words, w)
			}
			cur = cur[:0]
		}
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			cur = append(cur, unicode.ToLower(r))
		case r == '.':
		case r == '\'' || r == '’':
			if len(cur) > 0 {
				cur = append(cur, '\'')
			}
		default:
			flush()
		}
	}
	flush()
	return words
}

func TestNormWordsFastPath(t *testing.T) {
	for _, s := range speedSamples {
		if got, want := normWords(s), normWordsPlain(s); !slices.Equal(got, want) {
			t.Errorf("normWords(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestTrimNamePunct(t *testing.T) {
	for _, s := range append(speedSamples, ".,'’Lee’,.", "’", "'", ".’.") {
		if got, want := trimNamePunct(s), strings.Trim(s, ".,'’"); got != want {
			t.Errorf("trimNamePunct(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestContainsWordFastPath(t *testing.T) {
	plain := func(s, w string) bool {
		for f := range strings.FieldsSeq(s) {
			if strings.EqualFold(strings.Trim(f, ".,'’"), w) {
				return true
			}
		}
		return false
	}
	for _, s := range speedSamples {
		for _, w := range []string{"", "price", "spokesman", "lee", "jo", "f", "mayor", "palace", "’tis"} {
			if got, want := containsWord(s, w), plain(s, w); got != want {
				t.Errorf("containsWord(%q, %q) = %v, want %v", s, w, got, want)
			}
		}
	}
}

func TestSpeakerIDFastPath(t *testing.T) {
	for name, want := range map[string]string{
		"Ned Price": "ned-price", "O'Brien": "obrien", "U.S. State Department": "us-state-department",
		"José Álvarez-Núñez": "jose-alvarez-nunez", "  Jo  Kim 2nd ": "jo-kim-2nd",
	} {
		if got := SpeakerID(name); got != want {
			t.Errorf("SpeakerID(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestTokenizeFastPaths checks the tokenizer's inline word paths against
// appendWord, the general way, word by word.
func TestTokenizeFastPaths(t *testing.T) {
	text := "He said. Sen. Lee met J. Doe at 5 p.m. on No. 5 Road, said no. " +
		"The U.S. economy grew 3.5% to 1,000 jobs, officials reported.\nMr. O'Brien’s aides " +
		"declined.” Ana (Ortiz). Washington. ABC. x. Ave. Stone-Smith said, “yes.” End."
	toks := tokenize(text, nil)
	for _, tok := range toks {
		if tok.kind != tWord {
			continue
		}
		var arena []byte
		ref, _ := appendWord(nil, &arena, text, tok.s, tok.para, tok.upper)
		r := ref[0]
		if r.e != tok.e || r.lower != tok.lower || r.abbr != tok.abbr || r.upper != tok.upper {
			t.Errorf("word at %d %q: got (%d %q abbr %v), appendWord gives (%d %q abbr %v)",
				tok.s, text[tok.s:tok.e], tok.e, tok.lower, tok.abbr, r.e, r.lower, r.abbr)
		}
	}
}

// maybeCountry and countryOfTokens drop the dots of a word on the stack; the
// plain way allocates the word without them.
func TestCountryDotsFastPath(t *testing.T) {
	a := DefaultAliases()
	plainMaybe := func(w string) bool {
		w = strings.ReplaceAll(stripPossessive(w), ".", "")
		return a.ctryFilter.has(w) && a.ctryFirstWords.has(w)
	}
	words := []string{"u.s.", "u.s.'s", "u.k.", "u.a.e.", "us", "france", "france's", "s.", ".", "..",
		"u.s.a.", "n.z.", "mr.", "x.y.z.w.v.u.t.s.r.q.p.o.n.m.l.k.j.i.h.g.", "u.s", "uk."}
	found := 0
	for _, w := range words {
		if got, want := a.maybeCountry(w), plainMaybe(w); got != want {
			t.Errorf("maybeCountry(%q) = %v, want %v", w, got, want)
		}
		gi, gok := a.countryOfTokens([]token{{lower: w}})
		wi, wok := a.countryKey[strings.ReplaceAll(stripPossessive(w), ".", "")]
		if gi != wi || gok != wok {
			t.Errorf("countryOfTokens(%q) = %d %v, want %d %v", w, gi, gok, wi, wok)
		}
		if gok {
			found++
		}
	}
	if found == 0 {
		t.Error("no country found among the samples")
	}
}

// appendContent must give a content the capacity append gives it, so that
// later appends share or copy the backing array as they did.
func TestAppendContentCapacity(t *testing.T) {
	d := newDoc("He said it was fine.")
	defer d.release()
	for n := 1; n <= 4; n++ {
		r := make([]rng, n)
		for i := range r {
			r[i] = rng{i, i + 1}
		}
		got, want := d.appendContent(nil, r...), append([]rng(nil), r...)
		if !slices.Equal(got, want) || cap(got) != cap(want) {
			t.Errorf("appendContent of %d ranges: %v cap %d, append gives %v cap %d", n, got, cap(got), want, cap(want))
		}
		if more := d.appendContent(got, rng{9, 10}); more[len(more)-1] != (rng{9, 10}) || len(more) != n+1 {
			t.Errorf("appendContent to %v: %v", got, more)
		}
	}
	if d.appendContent(nil) != nil {
		t.Error("appendContent of nothing to nil is not nil")
	}
}

// cueAt caches cueOf(d.word(k)) per token.
func TestCueAtCache(t *testing.T) {
	d := newDoc("Officials said, “We agreed,” and he told reporters the plan was announced. Sen. Lee denied it.")
	defer d.release()
	for pass := 0; pass < 2; pass++ {
		for k := -2; k < len(d.toks)+2; k++ {
			gc, gok := d.cueAt(k)
			wc, wok := cueOf(d.word(k))
			if gc != wc || gok != wok || d.cueInfoAt(k) != cueInfoOf(d.word(k)) {
				t.Errorf("pass %d, token %d %q: cueAt gives %v %v, cueOf %v %v", pass, k, d.word(k), gc, gok, wc, wok)
			}
		}
	}
}

// classCode must follow classNames.
func TestClassCode(t *testing.T) {
	for i, n := range classNames {
		if got := classCode(n); got != uint8(i+2) {
			t.Errorf("classCode(%q) = %d, want %d", n, got, i+2)
		}
	}
	for _, f := range []string{"", "w", "said", ",", "QUOTE"} {
		if got := classCode(f); got != 0 {
			t.Errorf("classCode(%q) = %d, want 0", f, got)
		}
	}
}
