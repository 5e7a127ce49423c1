package extract

// Self-descriptions. "Lee, a self-described democratic socialist, ...": the
// label after "a self-described" is the person's own statement about
// themselves (gold annotates 9 of 10 after "a" or "and" on train, and none
// of the 8 after "the", where the label only names a known figure).

// selfDescribedEnds end the label: a relative clause or a predicate follows.
var selfDescribedEnds = set("who", "whom", "whose", "which", "that", "and", "but", "or", "with", "from", "in", "on",
	"at", "for", "of", "to", "by", "as", "has", "have", "had", "is", "was", "said", "says", "will", "would")

// selfDescribedFrame returns the statement of "a self-described X" at i,
// its content the label X, or nil.
func (d *doc) selfDescribedFrame(si, i int) *attribution {
	if d.toks[i].lower != "self-described" {
		return nil
	}
	switch d.word(i - 1) {
	case "a", "an", "and":
	default:
		return nil
	}
	s := d.sents[si]
	e := i + 1
	words := 0
	for e < s.e && words < 6 {
		t := d.toks[e]
		if t.kind == tWord {
			if selfDescribedEnds.has(t.lower) || finiteVerb(t.lower) {
				break
			}
			words++
		} else if !d.isQuote(e) && d.punct(e) != "-" {
			break
		}
		e++
	}
	for e > i+1 && d.isQuote(e-1) && d.tokAt(e-1).qrole != qClose {
		e-- // an opening mark after the label belongs to what follows
	}
	if words == 0 {
		return nil
	}
	return &attribution{sent: si, cue: rng{i, i + 1}, cueText: "describe", class: cueSpeech, subj: noRange, name: noRange,
		title: noRange, left: i, right: i + 1, conf: 0.6, content: []rng{{i + 1, e}}}
}

// selfDescribedKept reports a self-description, kept at inference whatever
// the accept model says (keptUnscored): the frame is precise on train (9
// of 10) but the model rejected some of its finds. Training is unchanged.
// cv3: all, speech and exact tp +5 fp +0.
func (d *doc) selfDescribedKept(a *attribution) bool {
	return !d.training && a.cueText == "describe" && a.cue.ok() && d.word(a.cue.s) == "self-described"
}
