package extract

// Perfect body stances: "Trump has blasted the media for ...", "Rubio and
// Cruz have assailed the deal", "Lee had derided the plan". The body
// stance frames (stance_body.go) leave out a perfect, a standing the
// annotation seldom marks for "endorsed" or "supported"; for the verbs of
// attack and praise below it marks it as the simple past. At inference
// only, like all body stances.

// perfectStanceForms take a perfect auxiliary: on the training split all
// 11 "has/have/had (adverb) blasted/lambasted/assailed/derided/chided/
// hailed/credited" phrases outside quotations are annotated ("berated",
// "dismissed" and "welcomed" are left out: 1 of their 4 is). cv3: all tp
// +15 fp +6 (the 6 inside non-speech statements), speech and direct
// unchanged.
var perfectStanceForms = set("blasted", "lambasted", "assailed", "derided", "chided", "hailed", "credited",
	"excoriated", "castigated", "rebuked", "lauded", "extolled", "bashed", "trashed", "knocked",
	"attacked") // body_attacked.go

// perfectStanceLeft reports a perfect auxiliary at k ("has", "have",
// "had") before the stance verb at i, with a word (its subject) before
// it: no negation ("has not blasted" stops at "not"), infinitive or modal
// ("would have blasted"). Inference only.
func (d *doc) perfectStanceLeft(s sentence, k, i int) bool {
	return !d.training && perfectStanceForms.has(d.word(i)) && d.perfectAuxAfterSubject(s, k)
}

// perfectAuxAfterSubject reports "has", "have" or "had" at k after a word
// of sentence s that can end its subject: not a modal or negation ("would
// have blasted", "has not"), "to", a determiner or a preposition.
func (d *doc) perfectAuxAfterSubject(s sentence, k int) bool {
	if w := d.word(k); w != "has" && w != "have" && w != "had" {
		return false
	}
	p := d.word(k - 1)
	return k-1 >= s.s && p != "" && !d.inQuote(k-1) && !stanceAuxStops.has(p) && p != "to" && !determiners.has(p) && !adjunctPreps.has(p)
}
