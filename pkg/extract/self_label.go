package extract

// A label the subject gives itself: "Instead of calling himself
// conservative, Trump said ...", "Sanders calls himself a democratic
// socialist", "those who call themselves very conservative". The
// annotation marks the self-description as a statement whatever the
// subject (a share of a poll, none before a gerund), so labelCallLeft
// takes a reflexive object without an agent subject, and a frame with no
// subject the rules find is kept for it (frameAtScratch). On train, 22 of the 23 "call/calls/called/
// calling + himself/herself/themselves" phrases outside quotations and
// outside another statement carry an annotated statement; the one left
// is a name ("a man calling himself Paul Paul"), left out with a
// capitalised label, as is "itself" ("a group that calls itself X", 0 of
// 1). Inference only, with labelCall's rule acceptance and confidence.
// cv3: all tp +6 fp +0, speech tp +3 fp +0, exact tp +3, direct unchanged.
// Not reached yet: a share as the subject ("more call themselves X", "32%
// call themselves X"), whose frame is dropped before the fallback.

// selfLabel reports a reflexive object of "call" followed by a label that
// is no name: a lower-case word or a quotation.
func (d *doc) selfLabel(a *attribution) bool {
	if o := d.word(a.cue.e); o != "himself" && o != "herself" && o != "themselves" {
		return false
	}
	t := d.tokAt(a.cue.e + 1)
	return t.kind == tWord && !t.upper || d.isQuote(a.cue.e+1)
}

// subjectlessSelfLabel reports a "call" at i with a self-label and no
// subject the frame rules find: "more call themselves conservative",
// "Instead of calling himself conservative, ...". Inference only.
func (d *doc) subjectlessSelfLabel(s sentence, i int, prev []*attribution) bool {
	if d.training || len(prev) > 0 || d.inQuote(i) || d.toks[i].upper {
		return false
	}
	if w := d.word(i); w != "call" && w != "calls" && w != "called" && w != "calling" {
		return false
	}
	if p := d.word(i - 1); beForms.has(p) || p == "to" || p == "what" || p == "who" || p == "which" || p == "that" {
		return false
	}
	if o := d.word(i + 1); o != "himself" && o != "herself" && o != "themselves" {
		return false
	}
	t := d.tokAt(i + 2)
	return i+2 < s.e && (t.kind == tWord && !t.upper || d.isQuote(i+2))
}
