package extract

// "Blackwell pointed to Cruz's record, noting that he had ...", "Flea
// shared the news on social media, writing “Feels great ...”", "The singer
// confirmed the news in an Instagram Story, writing that she was ...": a
// participle of saying after a comma, with a that-clause or a quotation
// right after it (or after the addressee of "telling"), reports what the
// main clause's subject said. On train 77 of the 82 such participles
// ("saying", "adding", "noting", "writing", "telling X") carry an
// annotated statement, and the accept model kept every candidate of the
// shape; after a main verb with an object and a medium ("confirmed the
// news in an Instagram Story, writing that ...", entertainment copy) it
// dropped them. Kept at inference whatever the model says
// (keep_unscored.go), so the models do not move; the confidence stays the
// model's. Session 25, hand-written entertainment probes; no train or dev
// prediction changes.

// commaParticipleKept reports such a participle's statement.
func (d *doc) commaParticipleKept(a *attribution, q *Quote) bool {
	if d.training || a.inverted || !a.cue.ok() || a.cue.e-a.cue.s != 1 || d.inQuote(a.cue.s) {
		return false
	}
	if d.punct(a.cue.s-1) != "," || len(q.Content) == 0 {
		return false
	}
	w := d.word(a.cue.s)
	if !commaParticiples.has(w) {
		return false
	}
	fi := d.fwdRange(a)
	if fi < 0 {
		return false
	}
	start := a.content[fi].s
	if w == "telling" {
		return start > a.cue.e && start <= a.cue.e+4 && (d.word(start) == "that" || d.isQuote(start) || d.word(start-1) == "that")
	}
	return start == a.cue.e && (d.word(start) == "that" || d.isQuote(start)) ||
		start == a.cue.e+1 && d.word(a.cue.e) == "that"
}

// commaParticiples are the participles of saying read so.
var commaParticiples = set("saying", "adding", "noting", "writing", "telling")
