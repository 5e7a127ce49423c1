package extract

// Headlines join a second verb phrase of their subject with a comma: "Lee
// defends budget, says cuts are needed", "Lee urges calm, says police will
// act". The second cue's subject finder read back over the comma and took
// the whole first clause for its subject ("Lee defends budget" said "cuts
// are needed"), and the first frame's content could run on over the comma
// ("urges [says police will act]"). The design gold annotates both verbs
// of such a headline with the one subject ("Spurns offer, blasts ...",
// "slams Trump, praises Clinton"). headlineCommaSubject, once the
// headline's contents are filled, gives a frame whose cue follows a comma
// and whose subject spans an earlier frame's cue that earlier frame's
// subject, when both cues are finite verbs in the same form ("defends ...,
// says"; "defended ..., said"), and ends the earlier frame's content at the
// comma (or, when it began after it, takes the words before the comma).
// Inference only: the candidates train as before. Train predictions: see
// the commit message. Session 21, hand-written probes.
func (d *doc) headlineCommaSubject(s sentence, frames []*attribution) {
	if d.training || s.para != 0 || len(d.sents) == 0 || s.s != d.sents[0].s || len(frames) < 2 {
		return
	}
	for j := 1; j < len(frames); j++ {
		nx := frames[j]
		comma := nx.cue.s - 1
		if nx.inverted || !nx.cue.ok() || !nx.subj.ok() || nx.partOf != nil || d.punct(comma) != "," || d.inQuote(comma) {
			continue
		}
		for i := j - 1; i >= 0; i-- {
			a := frames[i]
			if a.inverted || !a.cue.ok() || !a.subj.ok() || a.subj.s != s.s || nx.subj.s > a.subj.s || nx.subj.e <= a.cue.s || a.cue.e > comma {
				continue
			}
			if !sameFiniteForm(d.word(a.cue.s), d.word(nx.cue.s)) {
				break
			}
			nx.subj, nx.name, nx.title = a.subj, a.name, a.title
			if len(a.content) > 0 && a.content[0].s > comma && a.cue.e < comma {
				a.content = append(a.content[:0], rng{a.cue.e, comma}) // "urges calm, says ..."
			}
			for k := range a.content {
				if c := &a.content[k]; c.s < comma && c.e > comma {
					c.e = comma
				}
			}
			break
		}
	}
}

// sameFiniteForm reports two finite verbs in the same form: both in -s
// ("defends", "says") or both past ("defended", "said").
func sameFiniteForm(v, w string) bool {
	s := func(x string) bool { return len(x) > 2 && x[len(x)-1] == 's' && x[len(x)-2] != 's' }
	p := func(x string) bool { return finiteVerb(x) }
	return s(v) && s(w) || p(v) && p(w)
}
