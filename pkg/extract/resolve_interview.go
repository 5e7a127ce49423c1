package extract

// An interview's "A:" turns are the interviewee's: the person the article
// introduces before its transcript ("Vice President Joe Biden spent
// Thursday in St. Paul ... Q: ... A: ..."), that is the first name there
// that the resolver takes for a person, or, naming no one, the role that
// opens its first sentence ("The president spoke to the paper."). Without
// either, the speaker stays unknown rather than "A". Names only, in the
// refined pass (r.refinedOnly): the accept model's speaker kinds stay
// those it was trained with. The annotation of train rarely marks an "A:"
// turn (the frames inside the answers instead), so few statements change
// speaker: 29 on train (their "I think" frames follow through the
// pronoun), none on dev.

// answerLabel reports an "A:" turn's label frame in the article's body.
func (d *doc) answerLabel(a *attribution) bool {
	return d.labelFrame(a) && d.toks[a.cue.s].para > 0 && d.qaLabel(a.cue.s, "a")
}

// interviewee returns the speaker of the "A:" turn a, if the article
// introduces one before its first Q or A turn.
func (r *resolver) interviewee(a *attribution) (Speaker, bool) {
	d := r.d
	first := d.toks[a.cue.s].para
	for p := 1; p < first; p++ {
		if c := d.speakerLabel(p); c >= 0 && (d.qaLabel(c, "q") || d.qaLabel(c, "a")) {
			first = p
			break
		}
	}
	for _, run := range r.persons {
		if d.toks[run.s].para >= first {
			break
		}
		if d.inQuote(run.s) || run.e-run.s == 1 && len(d.word(run.s)) == 1 {
			continue // "Q&A with ..."
		}
		if sp := r.introduced(run); sp.Kind == SpeakerPerson {
			return sp, true
		}
	}
	// no name: a role opening the introduction's first sentence ("The
	// president spoke to the paper.")
	p := min(1, first-1)
	if p < 0 || d.word(d.paraS[p]) != "the" {
		return Speaker{}, false
	}
	k := d.paraS[p] + 1
	if !roleNouns.has(d.word(k)) || d.tokAt(k+1).kind != tWord || d.tokAt(k+1).upper {
		return Speaker{}, false
	}
	return r.introduced(rng{k - 1, k + 1}), true
}

// introduced resolves the mention subj as the subject of a statement.
func (r *resolver) introduced(subj rng) Speaker {
	d := r.d
	b := attribution{sent: d.sentOf[subj.s], subj: subj, name: subj, title: noRange, left: subj.s, right: subj.e, cue: noRange}
	return r.resolve(&b)
}
