package extract

// Wh-clauses after "tell" and "describe": "tells them why their stock is
// a good buy", "is telling how he helped save the hotel", "then describes
// what happens on the video". Like "explained why ...", the clause is the
// statement; "ask" keeps its own questions (cueAsk).

var whReportWords = set("how", "why", "what", "where", "when", "who")

// whReportContent reports a wh-clause content fs of a "tell" or
// "describe" cue.
func (d *doc) whReportContent(a *attribution, c cueInfo, fs, limit int) bool {
	if a.inverted || c.lemma != "tell" && c.lemma != "describe" || !whReportWords.has(d.word(fs)) || d.inQuote(fs) {
		return false
	}
	if fs != a.cue.e && (c.lemma == "describe" || !objPronouns.has(d.word(fs-1)) || d.word(fs) == "who") {
		return false // "described him as ...", "told the mayors who gathered": a relative clause
	}
	return fs+1 < limit && d.tokAt(fs+1).kind == tWord && !d.inQuote(fs+1)
}
