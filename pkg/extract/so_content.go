package extract

// "So" standing for a statement: "half said so in the earlier poll",
// "Ted Cruz apparently thinks so, too", "his rivals never thought so". The
// annotation marks the "so" as the content: of the 9 such phrases in
// train, 8 are statements, which the rules missed (a belief takes a clause)
// or the accept model rejected (a one-word content looks like noise). At
// inference the frame gets the "so" and is accepted by rule with that
// precision (rule_accepted.go); training keeps the frames as they were.

// soLemmas are the cues whose "so" stands for what was said or thought.
var soLemmas = set("say", "think", "believe", "hope", "suspect", "guess", "suggest", "indicate", "predict", "expect", "fear")

// soFollowers may follow the "so" of a statement; any other word makes it
// an adverb ("said so much", "thinks so highly of").
var soFollowers = set("too", "in", "on", "at", "publicly", "privately", "openly", "again", "now", "then",
	"either", "for", "during", "because", "and", "but", "when", "after", "before", "until", "as", "if",
	"explicitly", "directly", "himself", "herself", "themselves", "repeatedly", "last", "this", "yesterday",
	"today", "tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// soContent gives a frame whose cue a statement's "so" follows that "so"
// as its content, when the rules found none or only it.
func (d *doc) soContent(a *attribution) {
	if d.training || !a.cue.ok() || a.inverted || a.partOf != nil {
		return
	}
	j := a.cue.e
	if d.word(j) != "so" || d.inQuote(j) || !soLemmas.has(cueInfoOf(d.word(a.cue.e-1)).lemma) {
		return
	}
	switch n := d.word(j + 1); {
	case n != "" && !soFollowers.has(n):
		return
	case n == "" && j+1 < d.sents[a.sent].e && !(isTerminal(d.punct(j+1)) || d.punct(j+1) == "," || d.punct(j+1) == ";" || d.punct(j+1) == ")" || d.isQuote(j+1)):
		return
	}
	so := rng{j, j + 1}
	if len(a.content) == 0 || len(a.content) == 1 && a.content[0] == so {
		a.content = d.appendContent(a.content[:0], so)
		a.ruleAccepted, a.conf = true, 0.85
	}
}
