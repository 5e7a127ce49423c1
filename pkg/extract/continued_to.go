package extract

// "continued to" with another verb and its object: "Trump continued to
// portray immigrants as criminals", "Sanders has continued to push for a
// single-payer system". The annotation takes "continued to V" as the cue
// (continue is a reporting verb) and the object as the statement two times
// in three; the present "continues to" mostly narrates ("continues to
// trail Clinton") and stays out. A speech verb after "continued to" has
// its own frame (continuationStart).

// continuedToObject returns the end of the cue "continued to V [prep]"
// at i when an object follows, or 0.
func (d *doc) continuedToObject(i int) int {
	if d.word(i) != "continued" || d.word(i+1) != "to" || d.inQuote(i+2) {
		return 0
	}
	v := d.word(i + 2)
	if v == "" || d.tokAt(i+2).upper || len(v) < 3 {
		return 0
	}
	if _, ok := cueOf(v); ok || clauseAux.has(v) || beForms.has(v) || v == "be" || v == "have" || v == "do" || v == "make" || v == "get" {
		return 0
	}
	e := i + 3
	if continuedPreps.has(d.word(e)) {
		e++ // "continued to push for"
	}
	if d.inQuote(e) {
		return 0
	}
	if w := d.word(e); w == "that" || determiners.has(w) || w != "" && d.toks[e].upper {
		return e
	}
	return 0
}

var continuedPreps = set("for", "on", "against", "about")
