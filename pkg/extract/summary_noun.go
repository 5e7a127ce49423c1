package extract

// Summary nouns. "..., a point Lee also acknowledged to reporters",
// "..., an arrangement the campaign has criticized", "... - a fact later
// confirmed by the department": a noun phrase set after a comma or a dash
// sums up the clause before it, and a reporting verb right after it, its
// subject in a relative clause or its agent after "by" (a reduced
// passive), makes a statement of it. The annotation of train takes the
// noun phrase itself ("a point", "a fact") as the content; no other frame
// finds it. On train (5-fold CV, seed 0) the rule adds 11 statements, 10
// of them matching an annotated one (the other is annotated with "that"
// as its content), and replaces one wrong frame of the verb (3-seed CV:
// all tp +30 fp +0, speech tp +24 fp +0, direct unchanged). Built at
// inference only and accepted by rule (rule_accepted.go), so the models
// do not move.

// summaryNouns sum up a clause.
var summaryNouns = set("point", "fact", "claim", "practice", "arrangement", "charge", "view", "position",
	"sentiment", "assertion", "accusation", "allegation", "notion", "concern", "criticism", "complaint",
	"move", "decision", "idea", "argument", "plan", "policy", "proposal", "message", "stance", "belief",
	"promise", "pledge", "figure", "estimate", "remark", "comment", "contention", "suggestion",
	"characterization", "finding", "conclusion", "prediction", "assessment", "warning")

// summaryVerbAdverbs may stand between the subject and the verb ("has
// criticized", "also acknowledged", "first reported").
var summaryVerbAdverbs = set("has", "have", "had", "also", "later", "first", "once", "often", "since",
	"previously", "recently", "repeatedly", "never", "long", "too")

// summaryNounConf is the confidence of a summary-noun statement: its
// precision on train.
const summaryNounConf = 0.9

// summaryNounFrame returns the statement whose speech verb at i follows a
// summary noun phrase ("a point Lee acknowledged", "a practice criticized
// by Lee"), its content the noun phrase, or nil.
func (d *doc) summaryNounFrame(si, i int) *attribution {
	if d.training {
		return nil
	}
	t := d.toks[i]
	c, ok := d.cueAt(i) // cached: frameAt looks up the same word next
	if !ok || c.class != cueSpeech || c.participle || t.upper || d.inQuote(i) {
		return nil
	}
	s := d.sents[si]
	k := i - 1 // the last word before the verb and its adverbs
	for k > s.s && k > i-4 && !d.inQuote(k) && (d.adverbAt(k) || summaryVerbAdverbs.has(d.word(k))) {
		k--
	}
	// the noun: "a"/"an" + summary noun after a comma or a dash, at most
	// six words (a "that" and the subject) before the verb
	h := -1
	for x := k; x > s.s+1 && x >= k-6; x-- {
		if d.tokAt(x).kind != tWord || d.inQuote(x) {
			return nil
		}
		if summaryNouns.has(d.word(x)) && (d.word(x-1) == "a" || d.word(x-1) == "an") && (d.punct(x-2) == "," || d.isDash(x-2)) {
			h = x
			break
		}
	}
	if h < 0 {
		return nil
	}
	st := h + 1
	if w := d.word(st); w == "that" || w == "which" {
		st++
	}
	a := &attribution{sent: si, cue: rng{i, i + 1}, cueText: c.lemma, class: cueSpeech, subj: noRange, name: noRange,
		title: noRange, left: h - 1, right: i + 1, conf: summaryNounConf, ruleAccepted: true, content: []rng{{h - 1, h + 1}}}
	if st <= k {
		// a relative clause: its subject runs to the verb
		if np := d.npFwd(st, k+1); np.e != k+1 || np.s != st || d.word(st) == "it" {
			return nil
		}
		a.subj = rng{st, k + 1}
		a.name, a.title = d.splitName(a.subj)
	} else if !c.past || st > h+1 {
		return nil // a reduced passive only: "a practice criticized by"
	}
	// after the verb: the clause ends, or an adjunct or an agent follows
	j := i + 1
	w := d.word(j)
	switch {
	case j >= s.e || d.punct(j) == "," || d.punct(j) == ";" || d.punct(j) == ")" || isTerminal(d.punct(j)) || d.isDash(j):
	case w == "by" && !a.subj.ok():
		if src := d.npFwd(j+1, s.e); src.ok() {
			a.subj, a.inverted, a.right = src, true, src.e
			a.name, a.title = d.splitName(src)
		}
	case w != "" && !d.inQuote(j) && (adjunctPreps.has(w) && w != "of" && w != "for" || timeWords.has(w) || w == "this"):
	default:
		return nil
	}
	return a
}
