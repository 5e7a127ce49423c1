package extract

import "strings"

// The label of a stance object stays in the content: "defended Lee as a
// mainstream candidate", "refers to the islands as Chinese bases",
// "defended the comments as within the bounds of debate". beliefObjectEnd
// ended the object of support/oppose/defend/refer before "as". In the
// annotation of train, of the contents of these cues that meet "as" (not
// before a pronoun, "if", "well", "soon", "long", "much", "part" or
// "of"), 16 run on through it and 1 ends before it ("opposed it [as a
// candidate, ...]"). Inference only: training keeps the old ends, so the
// models do not move.

// stanceAsEnd returns, at inference, the end of an "as" phrase at k after
// a stance object: up to the next punctuation mark outside quotation marks
// or e, at most eight words, with no verb of its own ("as Congress
// grappled with ..." is a clause); or -1.
func (d *doc) stanceAsEnd(k, e int) int {
	if d.training || d.word(k) != "as" || d.inQuote(k) || stanceAsNot.has(d.word(k+1)) || k+1 >= e {
		return -1
	}
	words := 0
	for j := k + 1; j < e; j++ {
		t := d.tokAt(j)
		if t.kind == tQuote || d.inQuote(j) {
			continue
		}
		if t.kind != tWord {
			return j
		}
		w := t.lower
		if clauseAux.has(w) || finiteVerb(w) && !strings.Contains(w, "-") && !(j == k+1 || d.word(j-1) == "being") {
			return -1
		}
		if words++; words > 8 {
			return -1
		}
	}
	return e
}

// stanceAsNot open no label after "as": a clause ("as he left"), a
// condition or a fixed phrase ("as well", "as soon as", "as part of").
var stanceAsNot = set("he", "she", "they", "it", "we", "i", "you", "if", "well", "soon", "long", "much", "part", "of", "though", "to", "for")
