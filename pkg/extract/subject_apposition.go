package extract

import "strings"

// A person who opens the sentence before a he or she is its antecedent
// (resolve_new_subject.go) also when an apposition, an age or a relative
// clause stands between the name and its verb: "“We will act,” Tom Kane
// said. Bob Ruiz, the club's manager, was less sure. He said ...",
// "Joel Hill, 39, came from Ohio.", "Ann Lee, who runs the shelter, was
// worried." Refined pass only (speaker names). Session 22, from the design
// docs' errors of pronoun speakers: train statements unchanged; on the
// design docs 15 speakers right, 0 wrong, 2 wrong before and after, in 10
// documents. The sentence may also make a paragraph of its own before the
// pronoun's (introParagraph: "Ed Rendell, a former governor, was even more
// resolute.\n\n“Absolutely not,” he said."): 24 right, 0 wrong, 1 neutral,
// in 12 documents, once a name after an article ("The Cruz campaign") and
// a sentence naming a later speaker ("..., Viguerie argues") were left out
// (3 wrong before). A person who opens the pronoun's own sentence is its
// antecedent too ("Ann Lee joined the board in May, but she said little",
// ownSubjectOK): 12 right, 0 wrong, 1 neutral, in 11 documents (without
// ownSubjectOK's checks 4 more wrong: "In Louisville, Ms. X", "Air travel
// ... he", "the Common Core", "Baier asked Rubio why he"). The subject
// may follow a short introductory phrase ("Recently, Herman Cain, ...,
// was asked", introPhraseEnd), and an earlier speaker of the subject's
// family name stands for it only with the pronoun's gender ("Lazar" is
// not his wife "Gabriela Lazar"): 13 right, 1 wrong ("In that sense,
// Sandy Hook wasn't ..."), 1 neutral, in 11 documents. A possessor's role
// apposition before the name ("Sanders's campaign manager, Jeff Weaver,
// appeared", ownerRoleName): 3 right, 0 wrong, 1 neutral, in 2 documents
// (few: it lands on its probes). Over a chain of sentences that open with
// the same pronoun (pronounChainSubject): 1 right, 0 wrong (on its probes).
// A nominal's role apposition ("The club's new manager, Bob Ruiz, was
// less sure"): no design speaker change but 2 neutral (on its probes).

// maxSubjectApposition bounds the words of such an apposition.
const maxSubjectApposition = 30

// subjectAppositionEnd returns the token after the apposition that opens
// at the comma k after a sentence's subject (the verb, if the subject
// goes on), or k when none closes before a lower-case word within the
// sentence ending at e: the closing comma must follow a lower-case word
// or a number inside, and no quotation, dash or parenthesis may stand in
// between ("Smith, Jones and Lee" is a list, not an apposition).
func (d *doc) subjectAppositionEnd(k, e int) int {
	lower := false
	for x := k + 1; x < e && x <= k+maxSubjectApposition; x++ {
		t := d.tokAt(x)
		switch t.kind {
		case tWord:
			if !t.upper {
				if x == k+1 && (t.lower == "and" || t.lower == "or" || t.lower == "but") {
					return k
				}
				lower = true
			}
			continue
		case tQuote:
			return k
		}
		if t.lower != "," {
			return k
		}
		if !lower {
			return k
		}
		n := d.tokAt(x + 1)
		if n.kind != tWord || n.upper || n.lower == "and" || n.lower == "or" || n.lower == "but" || d.inQuote(x+1) {
			return k
		}
		return x + 1
	}
	return k
}

// introParagraph reports that the sentence si opens its paragraph and the
// paragraph before is one sentence: "Ed Rendell, a former governor, was
// even more resolute.\n\n“Absolutely not,” he said." introduces the speaker
// of the quotation after it. Refined pass only.
func (r *resolver) introParagraph(si int) bool {
	d := r.d
	if !r.refined || si < 1 {
		return false
	}
	cur, prev := d.sents[si], d.sents[si-1]
	if prev.para != cur.para-1 || cur.s != d.paraS[cur.para] || prev.s != d.paraS[prev.para] {
		return false
	}
	return true
}

// nameModifier: a one-word name after an article modifies the noun after
// it ("The Cruz campaign picked up the tweet"): no person is the subject.
func (r *resolver) nameModifier(run rng) bool {
	d := r.d
	switch d.word(run.s - 1) {
	case "the", "a", "an":
		return run.e-run.s == 1
	}
	return false
}

// laterSpeakerIn reports a person run before e directly followed by a
// speech cue ("Cruz is the most able candidate, Viguerie argues."): the
// sentence is that person's statement, which the extractor did not keep.
func (r *resolver) laterSpeakerIn(runs []rng, e int) bool {
	for _, run := range runs {
		if run.s >= e {
			return false
		}
		if last := r.d.word(run.e - 1); stripPossessive(last) != last {
			continue // "responded to Lee's remarks"
		}
		if c, ok := cueOf(r.d.word(run.e)); ok && c.class != cueBelief {
			return true
		}
	}
	return false
}

// statementIn reports a statement of the history in sentence si or after.
func (r *resolver) statementIn(si int) bool { return r.lastSent >= si }

// ownSubjectOK checks a subject of the pronoun's own sentence ("Ann Lee
// joined the board in May, but she said little"): no place after a
// preposition ("In Louisville on March 1, ..."), a name the article gives
// in full (not "Air travel ... he owns"), and no other person who may be
// the pronoun's between the subject's verb at after and the pronoun at e
// ("Bret Baier asked Rubio why he decided").
func (r *resolver) ownSubjectOK(p string, run rng, sp Speaker, later []rng, after, e int) bool {
	d := r.d
	if r.weakPersonRun(run) || d.word(run.s-1) == "the" || !strings.Contains(sp.Name, " ") {
		return false
	}
	want := pronounGender(p)
	for _, x := range later {
		if x.s >= e {
			break
		}
		if x.s < after || stripPossessive(d.word(x.e-1)) != d.word(x.e-1) || !r.personRun(x) {
			continue
		}
		if want.agrees(r.runGender(x)) {
			return false
		}
	}
	return true
}

// maxIntroPhrase bounds the words of an introductory phrase.
const maxIntroPhrase = 12

// introPhraseEnd returns the token after the comma that closes a short
// introductory phrase opening the sentence ("Recently,", "On Sunday,",
// "With one foot on her board,"), or 0: the subject may follow it.
func (r *resolver) introPhraseEnd(sent sentence) int {
	d := r.d
	if !r.refined {
		return 0
	}
	for x := sent.s + 1; x < sent.e && x <= sent.s+maxIntroPhrase; x++ {
		switch t := d.tokAt(x); {
		case t.kind == tWord:
			continue
		case d.punct(x) == ",":
			return x + 1
		default:
			return 0
		}
	}
	return 0
}

// ownerRoleName returns the start of the name that a possessor's role
// apposition introduces ("Sanders's campaign manager, Jeff Weaver,
// appeared"), or 0: one to three lower-case words after the possessor,
// the last a role noun, then a comma and the next person run.
func (r *resolver) ownerRoleName(owner, next rng) int {
	d := r.d
	if !r.refined {
		return 0
	}
	x := owner.e
	for x < owner.e+3 && d.tokAt(x).kind == tWord && !d.tokAt(x).upper {
		x++
	}
	// a family noun too (session 28): "Mehta's mother, Kavita Mehta, a
	// schoolteacher, watched. She said"
	if w := d.word(x - 1); x == owner.e || !roleNouns.has(w) && !familyNouns.has(w) || d.punct(x) != "," || next.s != x+1 {
		return 0
	}
	return next.s
}

// maxPronounChain bounds the sentences of a pronoun chain.
const maxPronounChain = 2

// pronounChainSubject returns the new subject of a sentence before a
// chain of sentences that open with the same pronoun and name nobody, in
// the paragraph and after the last statement: "Joel Hill, 39, came from
// Ohio. He carried a flag. “It was worth it,” he said."
func (r *resolver) pronounChainSubject(p string, si int) (Speaker, bool) {
	d := r.d
	if !r.refined {
		return Speaker{}, false
	}
	persons := r.pronounPersons()
	for k := si - 1; k >= 1 && k >= si-maxPronounChain; k-- {
		s := d.sents[k]
		if s.para != d.sents[si].para || d.word(s.s) != p {
			return Speaker{}, false
		}
		for _, run := range persons {
			if run.s >= s.s && run.s < s.e {
				return Speaker{}, false
			}
		}
		prev := d.sents[k-1]
		if prev.para != s.para || r.statementIn(k-1) {
			return Speaker{}, false
		}
		if sp, ok := r.subjectPersonIn(p, prev, false); ok {
			return sp, true
		}
	}
	return Speaker{}, false
}
