package extract

import "strings"

// modifiedStateNoun reports "state" at i as a noun after a singular
// determiner and a modifier ("a swing state, said", "the fifth state that"):
// the verb "state" takes a plural subject ("the officials state", "the
// Saudis state").
func (d *doc) modifiedStateNoun(i int) bool {
	if i < 2 || d.inQuote(i) || d.tokAt(i-1).kind != tWord || d.tokAt(i-1).upper {
		return false
	}
	if strings.HasSuffix(d.tokAt(i-1).lower, "s") {
		return false
	}
	switch d.word(i - 2) {
	case "a", "an", "the", "another", "every", "each", "this", "one", "that":
		return true
	}
	return false
}
