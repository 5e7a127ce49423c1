package extract

import "testing"

// frameSetsOf(w).in(k) must be frameSets[k].has(w) for every word.
func TestFrameSetsOf(t *testing.T) {
	words := []string{"", "said", "the", "zzz"}
	for _, s := range frameSets {
		for w := range s.m {
			words = append(words, w)
		}
	}
	for _, w := range words {
		b := frameSetsOf(w)
		for k, s := range frameSets {
			if b.in(k) != s.has(w) {
				t.Errorf("frameSetsOf(%q).in(%d) = %v, has = %v", w, k, b.in(k), s.has(w))
			}
		}
	}
}
