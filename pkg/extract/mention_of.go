package extract

// Scarce mentions. "Trump made no mention of the wall", "the platform makes
// no specific mention of guns", "Clinton avoided all mention of her rival":
// the noun "mention" after a verb of making or avoiding and a quantifier
// frames its object as the statement, like "did not mention X" (gold
// annotates 7 of the 8 such phrases on train; "the mere mention of" and
// "booed the mention of" are no statements and have no quantifier).

// mentionMakingVerbs make or avoid a mention.
var mentionMakingVerbs = set("make", "makes", "made", "making", "carried", "carries", "carry", "carrying",
	"avoided", "avoids", "avoid", "avoiding")

// mentionQuantifiers say how little was mentioned; adjectives may follow them.
var mentionQuantifiers = set("no", "little", "any", "all", "scant", "nary")

// mentionAdjectives stand between the quantifier and "mention".
var mentionAdjectives = set("specific", "explicit", "direct", "further", "passing", "other", "real", "public")

// scarceMentionVerb returns the verb before the noun "mention" at i ("made
// no specific mention of"), or -1.
func (d *doc) scarceMentionVerb(i int) int {
	if d.word(i) != "mention" || d.word(i+1) != "of" || d.inQuote(i+2) || d.tokAt(i+2).kind != tWord {
		return -1
	}
	k := i - 1
	if mentionAdjectives.has(d.word(k)) {
		k--
	}
	if !mentionQuantifiers.has(d.word(k)) || d.inQuote(k) {
		return -1
	}
	if !mentionMakingVerbs.has(d.word(k - 1)) {
		return -1
	}
	return k - 1
}

// scarceMention reports the object at fs of a scarce mention frame: it is
// the content, ending like the object of "did not mention".
func (d *doc) scarceMention(a *attribution, fs int) bool {
	return a.cue.e-a.cue.s == 2 && fs == a.cue.e && d.word(a.cue.s) == "mention" && d.word(a.cue.s+1) == "of" && d.scarceMentionVerb(a.cue.s) >= 0
}
