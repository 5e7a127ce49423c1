package extract

// The reason of "blasted X for Y": "Ryan blasted the FBI on Tuesday for
// its decision not to indict her", "Halvorson blasted Shuster for
// “cavorting” with a lobbyist". The annotation takes the object with its
// reason as often as the reason alone; the reason alone matches both at
// 30% (the object is short, the reason long), while the object and reason
// ended at a parenthesis or a quotation matched neither. At inference only
// (body stances are rule-accepted, stance_body.go), the content of a
// "blasted" body stance with a reason after its object is the reason, from
// after "for" to the end of its clause. cv3: all tp +12 fp +0, direct tp
// +3 fp +0, speech unchanged.

// reasonStanceForms take their reason as the content: "blasted",
// "attacked" (body_attacked.go) and the body stance "defended" ("defended
// himself on Saturday for bailing on the bill": the object alone missed
// the annotated object with its reason; cv3 all tp +3 fp -3, speech and
// direct unchanged).
var reasonStanceForms = set("blasted", "attacked", "defended")

// blastedReason returns the reason of a "blasted X for Y" body stance
// whose forward content starts at fwd.s, and true; or false.
func (d *doc) blastedReason(a *attribution, fwd rng, limit int) (rng, bool) {
	if d.training || fwd.s != a.cue.e || !reasonStanceForms.has(d.word(a.cue.s)) || !d.bodyStance(a) {
		return noRange, false
	}
	f := d.reasonForAt(fwd.s, limit)
	if f < 0 || f+1 >= limit || d.word(f+1) == "" && !d.isQuote(f+1) {
		return noRange, false
	}
	e := f + 2
	for e < limit && (d.inQuote(e) || d.punct(e) != "," && d.punct(e) != ";" && d.punct(e) != ":" && !d.isDash(e) && d.word(e) != "who" && d.word(e) != "which") {
		if (d.word(e) == "in" || d.word(e) == "by") && e > f+2 && hasAnySuffix(d.word(e+1), "ing") && !d.inQuote(e) {
			break // "for its practices [in requiring workers to ...]": the gerund tells how
		}
		e++ // not a relative clause on the reason's noun: "for “cavorting” with a lobbyist [who ...]"
	}
	return rng{f + 1, d.subordinateClauseEnd(f+1, d.trimEnd(f+1, e))}, true
}
