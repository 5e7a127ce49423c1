package extract

// askedAfterAdjunct reports an "asked" whose question follows a short
// adjunct or stands mid-sentence after "when": "Asked on Monday whether
// he would run, Smith laughed", "he said no when asked whether ...". The
// question has no speaker mention, as with openingAsked. The frame is
// built at inference only and accepted by rule (attribution.ruleAccepted):
// 12 of its 16 finds on train are right (the rest are mostly questions the
// annotation left out), and adding them to the training candidates would
// shift the accept model's weights for the other statements.
func (d *doc) askedAfterAdjunct(s sentence, i int, c cueInfo) bool {
	if d.training || c.lemma != "ask" || d.word(i) != "asked" || d.inQuote(i) {
		return false
	}
	opening := i == s.s || i-1 == s.s && d.word(i-1) == "when"
	if !opening && d.word(i-1) != "when" {
		return false
	}
	j := i + 1
	if w := d.word(j); !askedAdjunctStarts.has(w) && !weekdayNames.has(w) {
		return !opening && askedQuestionWord(w) // "when asked whether ..."
	}
	// "by a reporter", "on Fox News", "during a debate", "again", "Tuesday"
	for k := j + 1; k < j+9 && k < s.e; k++ {
		w := d.word(k)
		if w == "" || d.inQuote(k) {
			return false
		}
		if askedQuestionWord(w) {
			return true
		}
	}
	return false
}

// askedQuestionWord: the words opening an asked question; "when" and
// "where" open adjuncts as often as questions.
func askedQuestionWord(w string) bool {
	return w != "when" && w != "where" && (whWords.has(w) || w == "whom")
}

var askedAdjunctStarts = set("by", "on", "during", "at", "in", "again", "later", "specifically", "directly", "recently", "repeatedly", "earlier", "last", "this")

var weekdayNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// questionEnd returns the end of an asked question starting before k: its
// first comma, semicolon, colon or dash ("when asked who leads, the
// majority – 55 percent – named ...", "asked how she defines it - the
// term used by ..."), or e.
func (d *doc) questionEnd(k, e int) int {
	for ; k < e; k++ {
		switch d.punct(k) {
		case ",", ";", ":", "-", "—", "–":
			return k
		}
	}
	return e
}
