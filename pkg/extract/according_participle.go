package extract

// A participle apposition after an opening "According to X,": "According
// to the lawsuit, filed Tuesday in federal court, the company knew of the
// defect", "According to the report, released Monday, emissions rose".
// Courts, science and business news describe the document so; the
// content then took the apposition in ("filed Tuesday in federal court,
// the company knew ...") and the accept model dropped the statement. At
// inference the frame takes the apposition in, so its content starts
// after it; training keeps the old frame, so the models do not move. The training split has no such apposition (hand-written
// probes).

// appositionParticiples describe a document after its name.
var appositionParticiples = set("filed", "released", "published", "obtained", "issued", "dated", "seen", "reviewed", "unsealed", "posted", "conducted", "submitted", "sent", "compiled", "made")

// accordingParticipleEnd returns the closing comma of a participle
// apposition after the source of an opening "According to X," (a.right
// is the source's end), when a subject follows it; else -1. The frame
// then ends at that comma, so that its content and the frames after it
// start past the apposition. Inference only.
func (d *doc) accordingParticipleEnd(a *attribution, s sentence) int {
	c := a.right
	opens := a.left == s.s || a.left == s.s+1 && discourse.has(d.word(s.s))
	if d.training || !opens || d.punct(c) != "," || d.inQuote(c) || !appositionParticiples.has(d.word(c+1)) || d.inQuote(c+1) {
		return -1
	}
	for k := c + 2; k < s.e && k < c+14; k++ {
		if d.inQuote(k) || d.toks[k].kind != tWord && d.punct(k) != "," && d.punct(k) != "." {
			return -1
		}
		if d.punct(k) != "," {
			continue
		}
		n := d.tokAt(k + 1)
		if k+2 >= s.e || n.kind != tWord || d.inQuote(k+1) || adjunctPreps.has(n.lower) || n.lower == "and" || n.lower == "but" || clauseAux.has(n.lower) {
			return -1
		}
		return k // a subject follows: "..., the company knew"
	}
	return -1
}

// backInsideFrame reports a backward content ending at be inside an
// opening "according to" frame with a participle apposition, whose end is
// lo: "According to the lawsuit, filed Tuesday, the company knew of ..."
// gave "knew" the content "According to the lawsuit, filed Tuesday", which
// then dropped the "according to" statement as nested in it. A frame's own
// words are no content. (Without the apposition the short content "According
// to the lawsuit" loses on the accept model; for any frame before, the
// change moved 28 design documents, many exact matches lost.) Inference
// only.
func (d *doc) backInsideFrame(lo, be int) bool {
	if d.training || be > lo || d.punct(lo) != "," || d.inQuote(lo) {
		return false
	}
	s := d.sents[d.sentOf[lo]]
	st := s.s
	if discourse.has(d.word(st)) {
		st++
	}
	if d.word(st) != "according" || d.word(st+1) != "to" {
		return false
	}
	for c := st + 2; c < lo; c++ {
		if d.punct(c) == "," {
			a := attribution{cueText: "according to", left: st, right: c}
			return d.accordingParticipleEnd(&a, s) == lo
		}
	}
	return false
}
