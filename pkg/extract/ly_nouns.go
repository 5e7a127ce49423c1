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

// Adjectives ending in "-ly" ("quarterly", "daily", "elderly") opening a
// content were skipped as adverbs between the cue and the content: "Apple
// said quarterly profit rose 12 percent" gave "profit rose 12 percent".
// Business, health and disaster news open contents with them ("said weekly
// cases fell", "said elderly residents were evacuated", "said deadly
// storms ..."). At inference one of these before a lower-case word stays
// in the content ("said daily that ..." still skips it); the US political
// corpus has no such content start (hand-written probes).
var lyAdjectives = set("quarterly", "monthly", "weekly", "daily", "yearly", "hourly", "nightly", "elderly", "deadly", "costly", "friendly", "lonely", "unlikely")

// lyAdjectiveOpens reports an "-ly" adjective at j opening a noun phrase
// ("quarterly profit"), at inference. "Further" is one too, skipped as a
// time word: "warned of further flooding" kept "flooding" alone, too short
// a content to keep.
func (d *doc) lyAdjectiveOpens(j int) bool {
	if d.training || !lyAdjectives.has(d.word(j)) && d.word(j) != "further" || d.inQuote(j) {
		return false
	}
	n := d.word(j + 1)
	return n != "" && !d.tokAt(j+1).upper && n != "that" && !subjPronouns.has(n) && !determiners.has(n) && !adjunctPreps.has(n) && n != "and" && n != "by" && !clauseAux.has(n) && !finiteVerb(n) && !d.adverbAt(j+1) && !timeWords.has(n)
}

// lyNounOpens reports an "-ly" noun at j opening a content after its cue
// ("Huang said supply would improve", "said assembly elections would be
// held"): skipped as an adverb, the content was "would improve", too short
// to keep. At inference; session 22, hand-written probes (train has no
// such content start: no prediction changes).
func (d *doc) lyNounOpens(j int) bool {
	if d.training || !lyNouns.has(d.word(j)) || d.inQuote(j) {
		return false
	}
	n := d.word(j + 1)
	return n != "" && !d.tokAt(j+1).upper && n != "that" && !subjPronouns.has(n) && !determiners.has(n) && n != "and" && n != "by"
}
