package extract

import "strings"

// ingName reports a capitalised word in -ing inside a sentence that is a
// name, not a participle: "Reed said Beijing opposes the move", "said
// Reading has the best record". The participle check of a forward content
// ("said, referring to ...", attrib.go) read "Beijing" as a participle and
// dropped the speaker's whole statement. A participle written mid-sentence
// is lower case; a name in -ing followed by a lower-case word (its verb) is
// the content's subject. Not in a title-case headline, where every word is
// capitalised. Inference only: training keeps the old frames, so the
// models do not move.
func (d *doc) ingName(j int) bool {
	t := d.tokAt(j)
	if d.training || t.kind != tWord || !t.upper || len(t.lower) < 6 || !strings.HasSuffix(t.lower, "ing") || d.inQuote(j) {
		return false
	}
	n := j + 1
	if d.isQuote(n) {
		n++ // said Beijing “firmly opposes” the move
	}
	if nx := d.tokAt(n); nx.kind != tWord || nx.upper {
		return false
	}
	if d.tokAt(j-1).kind != tWord { // after a comma, a colon or a mark a participle may open a clause
		return false
	}
	s := d.sents[d.sentOf[j]]
	return j > s.s && !d.titleCase(s)
}
