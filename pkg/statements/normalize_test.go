package statements

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  ", ""},
		{"Hello, World!", "hello world"},
		{"“We view the recent developments…”", "we view the recent developments"},
		{"\"We view the recent developments...\"", "we view the recent developments"},
		{"the Kremlin’s decision", "the kremlins decision"},
		{"the Kremlin's decision", "the kremlins decision"},
		{"rights-respecting resolution", "rights respecting resolution"},
		{"rights – respecting — resolution", "rights respecting resolution"},
		{"at least 2,000 protestors", "at least 2000 protestors"},
		{"in 3.5 days.", "in 35 days"},
		{"in 2022. Then", "in 2022 then"},
		{"1,a", "1 a"},
		{"‘single’ quotes", "single quotes"},
		{"'tis", "tis"},
		{"Tokáyev SAID", "tokayev said"},
		{"Straße", "strasse"},
		{"ＦＵＬＬ width", "full width"},
		{"a [...] b (c) d; e: f", "a b c d e f"},
		{"Привет, Мир", "привет мир"},
		{"tab\tand\nnewline", "tab and newline"},
		{"bad \xff byte", "bad byte"},
	} {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := Words("“Externally provoked” attempts…")
	if want := []string{"externally", "provoked", "attempts"}; !slices.Equal(got, want) {
		t.Fatalf("Words = %q, want %q", got, want)
	}
}

// checkNormalized asserts the invariants of Normalize's output.
func checkNormalized(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Normalize(%q) = %q: invalid UTF-8", in, out)
	}
	if strings.HasPrefix(out, " ") || strings.HasSuffix(out, " ") || strings.Contains(out, "  ") {
		t.Fatalf("Normalize(%q) = %q: bad spacing", in, out)
	}
	for _, r := range out {
		if r != ' ' && !unicode.IsLetter(r) && !unicode.IsNumber(r) {
			t.Fatalf("Normalize(%q) = %q: holds %q", in, out, r)
		}
	}
	if again := Normalize(out); again != out {
		t.Fatalf("Normalize is not idempotent: %q → %q → %q", in, out, again)
	}
}

func FuzzNormalize(f *testing.F) {
	for _, s := range []string{
		"", "Hello, World!", "“We view…”", "the Kremlin’s decision", "2,000.5", "Straße ﬁ", "Tokáyev",
		"a\u0301", "\xff\xfe", "ǅ", "ᏸ", "İstanbul", "ΣΑΣ", "x'y'z", "1,,2", "'", "1.a", "٣,٤",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Normalize(s)
		checkNormalized(t, s, out)
		if got := strings.Join(Words(s), " "); got != out {
			t.Fatalf("Words(%q) joined = %q, Normalize = %q", s, got, out)
		}
	})
}
