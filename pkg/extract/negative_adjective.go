package extract

import "strings"

// negativeAdjective reports a word that reads as an adjective by a negative
// prefix ("insecure", "indirect", "immoral", "dishonest", "nonpartisan")
// after a comma between two adjectives of one noun phrase ("Clinton's
// illicit, insecure email server"); adjectiveComma's suffixes miss it.
// Gerunds and adverbs with such a start ("including", "instead",
// "nonetheless") are left out. In the annotation of train, of the commas
// after a determiner, a word and before such an adjective (gerunds and
// adverbs left out), 6 lie inside a content and none ends one.
// Inference only, through adjectiveComma. cv3: all and speech tp +3 fp
// -3, exact tp +3 fp -3, direct unchanged.
func negativeAdjective(w string) bool {
	if len(w) < 7 || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ly") || negativeStops.has(w) {
		return false
	}
	for _, p := range []string{"in", "im", "il", "ir", "dis", "non"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

var negativeStops = set("instead", "nonetheless", "insofar", "inasmuch")
