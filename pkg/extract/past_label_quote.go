package extract

// "The manager labelled the performance “unacceptable”", "Lee dubbed the
// plan “a disgrace”": the past forms of "label" and "dub" are nounish
// (a "labeled" can, a "dubbed" film), so validForward took them as cues
// only before a quotation, "that" or a colon right after the verb; a
// label after the object, which "call" reads within six words, gave no
// frame at all. At inference, a past "labeled", "labelled" or "dubbed"
// after its subject, with a quotation within six words of the object's
// start, is a naming cue as "called" is; not a quotation after "the",
// a name in scare quotes ("Critics dubbed the plan the ‘poll tax’"). Session 24, hand-written sports
// and court probes; training keeps its candidates, so the models do not
// move. Train predictions: see the commit.

// pastLabelQuote reports, at inference, such a label of a's cue.
func (d *doc) pastLabelQuote(a *attribution, fs, limit int) bool {
	if d.training || a.inverted || a.class != cueName || a.cue.e-a.cue.s != 1 || !a.subj.ok() || a.subj.e != a.cue.s || fs != a.cue.e {
		return false
	}
	switch d.word(a.cue.s) {
	case "labeled", "labelled", "dubbed":
	default:
		return false
	}
	if d.inQuote(a.cue.s) || d.toks[a.cue.s].upper {
		return false
	}
	for k := fs + 1; k < limit && k < fs+6; k++ {
		if d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].first() == k {
			return d.word(k-1) != "the" // "dubbed the plan the ‘poll tax’": a name in scare quotes
		}
		if d.toks[k].kind != tWord && d.punct(k) != "'s" {
			return false
		}
	}
	return false
}
