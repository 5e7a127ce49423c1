package extract

// Outlets written with an exclamation mark before a capitalised noun of
// their name ("E! News", "Yahoo! Finance", "Yahoo! Sports"): the mark
// ended the sentence, so "Lee's rep confirmed to E! News that the couple
// had split" lost its content. The mark belongs to the name when it
// touches a capitalised word of at most five letters (symbolJoin checks
// the capital) and the next word on the same line, after one space, is
// one of a few nouns outlets take (bangOutletNouns): "over! News of the
// raid spread" keeps its full stop. At inference only (joinSymbolNames
// runs only then); "E! News" occurs once on train.
// Session 24, hand-written probes.

var bangOutletNouns = set("news", "online", "finance", "sports", "entertainment", "answers")

// bangOutlet reports whether the "!" at i+1 after the word i belongs to an
// outlet's name ("E! News").
func (d *doc) bangOutlet(i int) bool {
	t, p, n := d.tokAt(i), d.tokAt(i+1), d.tokAt(i+2)
	return t.kind == tWord && t.e-t.s <= 5 && p.lower == "!" && n.kind == tWord && n.upper && n.s == p.e+1 && n.para == t.para && bangOutletNouns.has(n.lower)
}
