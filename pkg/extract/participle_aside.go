package extract

import "strings"

// A participle after a subject's comma opens an aside, like a relative
// clause or a gerund ("The report, published by the IMF on Tuesday,
// said": the report, as "The company, which makes chips, said" is the
// company). Wire and business copy describe a document or a body this way.
// Session 21, hand-written probes; speaker names only (withoutAside).

// participleAside reports a past participle opening an aside at k: a
// lower-case word in -ed, or an irregular one, followed by a word (not a
// verb ending the subject: "The report, published, said" is too rare to
// matter, and "Smith, 45, said" has no participle).
func (d *doc) participleAside(k int) bool {
	t := d.tokAt(k)
	if t.kind != tWord || t.upper || d.tokAt(k+1).kind != tWord {
		return false
	}
	w := t.lower
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || irregularParticiples.has(w)
}

var irregularParticiples = set("written", "seen", "made", "given", "taken", "held", "led", "sent", "built",
	"known", "shown", "drawn", "done", "brought", "bought", "found", "kept", "paid", "spoken", "chosen")
