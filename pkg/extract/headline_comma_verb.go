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
		d.smallClauseAfterSays(nx)
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

// smallClauseAfterSays reads "…, says deal 'dead'" of a headline as the
// subject-less second verb with a verbless clause, not as the deal saying
// "dead": an inverted frame whose subject is one lower-case noun phrase
// right after the cue and before the quotation that is its content (the
// headline's "Trump vows tariffs on China, says deal 'dead'" gave the
// speaker "deal"). The noun phrase joins the content and the frame is
// made plain, for headlineCommaSubject to give it the first verb's
// subject. Session 22, hand-written probes; inference only (the caller).
func (d *doc) smallClauseAfterSays(a *attribution) {
	if !a.inverted || !a.cue.ok() || !a.subj.ok() || a.subj.s != a.cue.e || len(a.content) != 1 || d.punct(a.cue.s-1) != "," {
		return
	}
	c := a.content[0]
	if c.s != a.subj.e || !d.isQuote(c.s) || d.tokAt(a.subj.s).upper || cueInfoOf(d.word(a.cue.s)).lemma != "say" {
		return
	}
	for k := a.subj.s; k < a.subj.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || t.upper {
			return
		}
	}
	a.content[0].s = a.subj.s
	a.inverted = false
	// the words before the comma, as a plain frame's subject finder reads
	// them: headlineCommaSubject gives it the first frame's subject
	a.subj, a.name, a.title = rng{d.sents[a.sent].s, a.cue.s - 1}, noRange, noRange
}
