package extract

// "for a while", "in a little while", "all the while", "worth their
// while": after an article, an adjective of length or a possessive,
// "while" is the noun, not the conjunction, and a content does not end
// there. The cut model took every "while" for the conjunction: "said he
// would stop posting for a while" lost "while" and kept "for a", and "said
// she would be back in a while" kept "in a". Session 24, hand-written
// culture and sports probes. Inference only (applyCut): training keeps its
// cut points and fillContent its trailing connectives, so the models do
// not move. Train predictions: see the commit.

// nounWhile reports, at inference, "while" at k used as a noun.
func (d *doc) nounWhile(k int) bool {
	if d.training || d.word(k) != "while" || d.inQuote(k) {
		return false
	}
	return whileNounBefore.has(d.word(k - 1))
}

// whileNounBefore are the words before the noun "while": an article, an
// adjective of length, a possessive ("worth your while").
var whileNounBefore = set("a", "the", "little", "short", "long", "good", "great", "my", "your", "his", "her",
	"its", "our", "their")
