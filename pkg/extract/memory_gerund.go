package extract

import "strings"

// "“Get everyone out,” she remembers shouting." / "Smith recalled telling
// the officer that ...": a verb of memory before the gerund of a speech
// verb reports what the subject said then. The subject walk before the cue
// stopped at "remembers" (no auxiliary), so the quotation had no frame
// and "She remembers shouting: “…”" the mention "She remembers". At
// inference the memory verb is skipped like an auxiliary; training keeps
// the old frames, so the models do not move. Hand-written probes.

// memoryVerbs introduce a remembered statement.
var memoryVerbs = set("remembers", "remembered", "recalls", "recalled", "remember", "recall")

// memoryBeforeGerund reports a memory verb at k right before the gerund
// of a speech cue at i ("remembers feeling that ..." stays: a belief the
// accept model keeps as it was). Inference only.
func (d *doc) memoryBeforeGerund(k, i int) bool {
	if d.training || k != i-1 || !memoryVerbs.has(d.word(k)) {
		return false
	}
	w := d.word(i)
	c, ok := cueOf(w)
	return ok && (c.class == cueSpeech || c.class == cueTell) && strings.HasSuffix(w, "ing") && !d.inQuote(i)
}
