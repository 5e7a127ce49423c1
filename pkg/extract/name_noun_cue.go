package extract

import "strings"

// nameModifiedNoun reports whether the nounish cue at i is a noun that a
// name modifies after a singular article: "in a Facebook post that …",
// "an Instagram post that …", "a Pentagon report that …". As a verb it
// would need its -s form after a singular subject ("a Facebook post" is no
// clause), so the platform or agency was read as the speaker and took the
// statement from the person who wrote the post. Session 22, hand-written
// probes; inference only. On train it changes one statement, in a
// preposition-less phrase, so the rule asks for the preposition.
func (d *doc) nameModifiedNoun(i int, w string) bool {
	if d.training || strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false
	}
	k := i - 1
	for n := 0; n < 4 && d.tokAt(k).kind == tWord && d.tokAt(k).upper && !d.inQuote(k); n++ {
		k--
	}
	if k == i-1 {
		return false
	}
	switch d.word(k) {
	case "a", "an", "another":
	default:
		return false
	}
	// after a preposition the phrase is an adjunct of another clause ("wrote
	// in a Facebook post that"); "sharing a Facebook post that appeared to
	// respond to …" is left to the model, whose gold makes the post a source
	switch d.word(k - 1) {
	case "in", "on", "via", "through", "from", "with", "by":
		return true
	}
	return false
}
