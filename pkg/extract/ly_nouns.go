package extract

// Nouns ending in "-ly" ("rally", "assembly", "supply") were read as
// adverbs (isAdverb), which ended a noun phrase before them: "Ortiz told a
// rally in Ohio that rates could rise" kept the addressee in the content
// ("a rally in Ohio that rates could rise"), and in "Rates could rise,
// Ortiz told a rally in Ohio." the addressee became the content. At
// inference the noun phrase scans (npFwd, npBack) take these words as
// nouns; in training they keep the old reading, so the models do not move
// (isAdverb feeds their features). One train document changes, cv3v
// unchanged: a fix for hand-written probes of the "X told Y ..."
// forms. "tally" stays an adverb here: "according to a CNN tally" made
// "CNN tally" a speaker and cost an exact match.

// lyNouns are frequent nouns of news with the adverbs' ending.
var lyNouns = set("rally", "assembly", "supply", "reply", "monopoly", "anomaly", "homily", "bully", "folly")

// lyNoun reports a noun read as an adverb by isAdverb, at inference.
func (d *doc) lyNoun(t token) bool {
	return !d.training && lyNouns.has(t.lower)
}
