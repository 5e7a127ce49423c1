package extract

import (
	"strings"
	"testing"
)

// TestAppendNormKey: the key is normWords joined, whatever the input.
func TestAppendNormKey(t *testing.T) {
	for _, s := range []string{"", "  ", "Russia's Foreign Ministry", "U.S. State Dept.", "O’Brien's", "Łódź  city", "a.b.c", "'s", "Ned\u00a0Price",
		strings.Repeat("word ", 40)} {
		want := strings.Join(normWords(s), "\x00")
		if got := string(appendNormKey(nil, s, 0)); got != want {
			t.Errorf("appendNormKey(%q) = %q, want %q", s, got, want)
		}
	}
}
