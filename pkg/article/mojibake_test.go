package article

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRepairMojibake(t *testing.T) {
	for _, c := range []struct {
		in, want string
		n        int
	}{
		{"â€œWe will win,â€\u009d she said.", "“We will win,” she said.", 2},
		{"donâ€™t", "don’t", 1},
		{"the Ã©lite â€” and more", "the élite — and more", 2},
		{"SarukhÃƒÂ¡n said", "Sarukhán said", 3}, // decoded twice: two rounds
		{"Â\u00a0nbsp", "\u00a0nbsp", 1},
		// real text keeps its letters
		{"São Paulo", "São Paulo", 0},
		{"Â alone, Ã and à la carte", "Â alone, Ã and à la carte", 0},
		{"plain ASCII", "plain ASCII", 0},
		{"“already fine”", "“already fine”", 0},
		{"Ã", "Ã", 0},
	} {
		got, n := repairMojibake(c.in)
		if got != c.want || n != c.n {
			t.Errorf("repairMojibake(%q) = %q, %d; want %q, %d", c.in, got, n, c.want, c.n)
		}
	}
}

func FuzzRepairMojibake(f *testing.F) {
	for _, s := range []string{"â€œWeâ€\u009d", "SarukhÃƒÂ¡n", "São", "Ã", "Ã©"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		got, n := repairMojibake(s)
		if !utf8.ValidString(got) {
			t.Fatalf("repairMojibake(%q) = %q: invalid UTF-8", s, got)
		}
		if n == 0 && got != s {
			t.Fatalf("repairMojibake(%q) changed the text without a repair", s)
		}
		if len(got) > len(s) {
			t.Fatalf("repairMojibake(%q) = %q: longer", s, got)
		}
		if !strings.ContainsFunc(s, mojibakeLead) && got != s {
			t.Fatalf("repairMojibake(%q) = %q without a lead character", s, got)
		}
	})
}
