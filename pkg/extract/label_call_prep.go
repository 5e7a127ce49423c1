package extract

// A quoted label after an object that holds a preposition: "Ryan called
// Lee's remarks about a judge “racist”", "Trump called those advocating
// for more troops “fools”", "he called the statements and actions on
// Sunday “childish.”". labelEnd stops an object at a preposition (a
// particle or an adjunct: "called him on Monday", "called for"); before a
// quoted label within its reach it is part of the object. On train, of
// the 16 "call" phrases with a preposition inside the object before a
// quotation outside quotations, the 10 left after labelCallLeft's and
// labelObjectStart's tests (a named thing, a noun "call", "what he
// called", "called a donor to ask") all carry an annotated statement (8
// with the object and the label as content, 2 the label only). Inference
// only, with labelCall's rule acceptance and confidence.

// labelObjectPreps may stand inside the object of a quoted label.
var labelObjectPreps = set("on", "with", "at", "by", "about", "over", "during", "after", "for", "around", "into")

// quotedLabelAhead reports a quotation opening between j and max (and
// before limit) after words only: no punctuation, no verb, no clause word
// other than a preposition of labelObjectPreps or labelClauseWords.
func (d *doc) quotedLabelAhead(j, limit, max int) bool {
	for k := j; k < limit && k <= max; k++ {
		if d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].first() == k {
			return k > j
		}
		w := d.word(k)
		if w == "" && d.punct(k) != "$" || d.inQuote(k) {
			return false
		}
		if labelObjectStops.has(w) && !labelObjectPreps.has(w) || labelVerbs.has(w) || w == "that" || w == "who" || w == "which" {
			return false
		}
	}
	return false
}
