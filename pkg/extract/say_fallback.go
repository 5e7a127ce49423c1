package extract

// A last resort for a finite "said"/"says"/"say" before a clause or a
// quotation (another speech verb before "that" or a quotation) whose
// subject none of the subject rules reads: a long or unusual subject
// ("majorities in all five say they want ...", "The officials whose laws
// were struck down say the change ...", "numerous veterans interviewed at
// rallies, including Mr. Lee, said they ..."). The clause after the verb is
// the statement; the subject runs from the start of its clause to the
// verb.

// sayFallbackModals are auxiliaries that make "say" hypothetical or
// habitual rather than a report: "one could say", "you might say".
var sayFallbackModals = set("would", "will", "could", "can", "may", "might", "should", "must", "wouldn't", "won't", "couldn't", "can't", "cannot", "shouldn't")

// sayFallbackStops open a clause: the subject starts after them.
var sayFallbackStops = set("but", "and", "so", "while", "because", "when", "although", "though", "if", "as", "since", "whereas")

// lastResortSayFrame fills a (cue at i, verb group starting after k) with a
// subject from the start of the clause, or returns nil.
func (d *doc) lastResortSayFrame(s sentence, k, i int, a *attribution, c cueInfo) *attribution {
	w := d.word(i)
	// a quotation right after the verb or its comma: "said, “...”"
	q := i + 1
	if d.punct(q) == "," {
		q++
	}
	quoteNext := d.isQuote(q) && d.inQuote(q) && d.quotes[d.qidx[q]].first() == q
	say := c.lemma == "say" && (w == "said" || w == "says" || w == "say")
	// other speech verbs only before "that" or a quotation, in a form that
	// is no noun ("claims that" may be the noun's clause; "states that" a
	// relative)
	other := !say && c.class == cueSpeech && clauseVerbs.has(c.lemma) && !nounish.has(w) && !c.participle && (d.word(i+1) == "that" || quoteNext)
	if !say && !other || a.cue != (rng{i, i + 1}) || d.inQuote(i) || k < s.s {
		return nil
	}
	// "a message that said, “...”", "Jo Lee, who tweeted, “...”": a
	// relative pronoun subject before a quotation
	if kw := d.word(k); quoteNext && k == i-1 && (kw == "that" || kw == "who") && d.word(k-1) != "" && !d.inQuote(k-1) && d.word(k-1) != "so" {
		a.subj, a.name, a.relative = rng{k, k + 1}, rng{k, k + 1}, true
		a.left = k
		a.conf = 0.6
		return a
	}
	for x := min(k+1, i-3); x < i; x++ {
		if sayFallbackModals.has(d.word(x)) || x > k && beForms.has(d.word(x)) {
			return nil
		}
	}
	kw := d.word(k)
	if kw == "" && d.punct(k) != "," && d.punct(k) != ")" || sayFallbackModals.has(kw) || objPronouns.has(kw) || kw == "to" || kw == "let" || whWords.has(kw) || kw == "that" || sayFallbackStops.has(kw) || d.inQuote(k) {
		return nil
	}
	// a clause after the verb: "that ...", or a bare clause
	if nx := d.word(i + 1); !quoteNext && (nx != "that" && !d.looksClause(i+1, s.e) || d.inQuote(i+1)) {
		return nil
	}
	scan, e := k, k+1
	if d.punct(k) == ")" {
		// "Sen. Lee (a Democrat so young he ...) says": the subject is before the aside
		o := k - 1
		for o > s.s && o > k-40 && d.punct(o) != "(" {
			o--
		}
		if d.punct(o) != "(" {
			return nil
		}
		scan, e = o-1, o
	} else if d.punct(k) == "," {
		e = k // "veterans interviewed ..., including Mr. Lee, said"
	}
	st := s.s
	for x := scan; x > s.s; x-- {
		if d.inQuote(x) || d.isQuote(x) {
			return nil
		}
		p := d.punct(x - 1)
		if p == ";" || p == ":" || sayFallbackStops.has(d.word(x-1)) {
			st = x
			break
		}
	}
	for st <= k && (discourse.has(d.word(st)) || d.punct(st) == ",") {
		st++
	}
	if e-st < 1 || k+1-st > 40 || d.punct(k) != ")" && k+1-st < 2 {
		return nil
	}
	a.subj = rng{st, e}
	a.name, a.title = d.splitName(d.npFwd(st, e))
	a.left = st
	a.conf = 0.6
	return a
}
