package extract

import (
	"slices"
	"strings"
)

// "“It was a great feeling,” Bukayo Saka said. Mauricio Pochettino was
// less happy. “We gave away two soft goals,” he said.": a he or she goes
// to the nearest earlier speaker (personPronoun), but a person who opens
// the sentence right before the pronoun's, after that speaker's last
// statement, is the new topic the pronoun takes up. Refined pass only.
// Session 22, hand-written probes.

// newSubjectPerson returns the person a sentence right before the
// pronoun at pos opens (in its paragraph, after the last statement), when
// the gender agrees.
func (r *resolver) newSubjectPerson(p string, pos int) (Speaker, bool) {
	d := r.d
	si := d.sentOf[pos]
	if cur := d.sents[si]; r.refined && pos > cur.s && !r.statementIn(si) {
		// "Ann Lee joined the board in May, but she said little": the
		// subject of the pronoun's own sentence (subject_apposition.go)
		if sp, ok := r.subjectPersonIn(p, sentence{s: cur.s, e: pos, para: cur.para}, true); ok {
			return sp, true
		}
	}
	if si == 0 {
		return Speaker{}, false
	}
	prev := d.sents[si-1]
	if prev.para != d.sents[si].para && !r.introParagraph(si) {
		return Speaker{}, false
	}
	if r.statementIn(si - 1) {
		return Speaker{}, false // the sentence before holds a statement
	}
	if sp, ok := r.subjectPersonIn(p, prev, false); ok {
		return sp, true
	}
	if sp, ok := r.amongSubjectPerson(p, prev); ok {
		return sp, true // "Among those rescued was Sean Doyle, ..." (among_subject.go)
	}
	return r.pronounChainSubject(p, si)
}

// subjectPersonIn returns the person who opens the sentence prev as its
// subject, when the gender agrees with p; own: prev is the pronoun's own
// sentence up to the pronoun (subject_apposition.go's ownSubjectOK).
func (r *resolver) subjectPersonIn(p string, prev sentence, own bool) (Speaker, bool) {
	d := r.d
	// the subject: a capitalised run within the first words of the
	// sentence, after capitalised words, determiners or role words only
	// ("Chelsea boss Mauricio Pochettino", not "Days after Tsege's
	// arrest"), followed by a lower-case word; a possessor ("Carson's
	// endorsement") only when the sentence names no other person
	persons := r.pronounPersons()
	intro := r.introPhraseEnd(prev) // "Recently, Herman Cain, ... was asked" (subject_apposition.go)
	named := -1                     // the name after "Lee's campaign manager,"
	// the persons are in text order: start at the sentence's first
	start, _ := slices.BinarySearchFunc(persons, prev.s, func(x rng, s int) int { return x.s - s })
	for i := start; i < len(persons) && persons[i].s < prev.e; i++ {
		run := persons[i]
		if named == run.s {
			after := run.e + 1
			if d.punct(run.e) != "," || d.tokAt(after).kind != tWord || d.tokAt(after).upper {
				return Speaker{}, false
			}
			return r.subjectSpeaker(p, run, persons[i+1:], after, prev.e, own)
		}
		if run.s < intro {
			if r.weakPersonRun(run) {
				continue // "In Louisville on March 1, Ms. X was shocked"
			}
			intro = 0 // "Mr. Autor, like most economists, is ...": the subject itself
		}
		first := prev.s
		if intro > prev.s {
			first = intro
		}
		if i+1 < len(persons) && persons[i+1].s < prev.e && stripPossessive(d.word(run.e-1)) != d.word(run.e-1) {
			if n := r.ownerRoleName(run, persons[i+1]); n > 0 && run.s == first {
				named = n // "Sanders's campaign manager, Jeff Weaver, appeared" (subject_apposition.go)
				continue
			}
			return Speaker{}, false // "Outside Carrier's plant, a worker named Antonio Arroyo": the possessor is no subject
		}
		if n := d.tokAt(run.e); n.kind == tWord && !n.upper && (roleNouns.has(n.lower) || positionNouns.has(n.lower) || localDescriptors.has(n.lower)) {
			continue // "WikiLeaks founder Julian Assange": the body of a person
		}
		after := run.e
		if r.refined && d.groupApposition(after) {
			return Speaker{}, false // "Manchester United, the league leaders, lost" (group_apposition.go)
		}
		if d.punct(after) == "," && r.refined {
			after = d.subjectAppositionEnd(after, prev.e) // "Ed Rendell, a former governor, was less sure" (subject_apposition.go)
			if after == run.e && run.s == intro && roleNouns.has(d.word(intro-2)) {
				after = run.e + 1 // "The club's new manager, Bob Ruiz, was less sure": the name closes the apposition
			}
		}
		if run.s-first > 4 || d.tokAt(after).kind != tWord || d.tokAt(after).upper {
			return Speaker{}, false
		}
		for k := first; k < run.s; k++ {
			if t := d.tokAt(k); t.kind != tWord || !t.upper && !determiners.has(t.lower) && !roleNouns.has(t.lower) && !positionNouns.has(t.lower) && !localDescriptors.has(t.lower) {
				return Speaker{}, false
			}
		}
		if r.refined && (r.nameModifier(run) || r.laterSpeakerIn(persons[i+1:], prev.e)) {
			return Speaker{}, false // "The Lee campaign said", "Lee is right, Ruiz argues" (subject_apposition.go)
		}
		return r.subjectSpeaker(p, run, persons[i+1:], after, prev.e, own)
	}
	return Speaker{}, false
}

// subjectSpeaker returns the person of the subject run, whose verb is at
// after, when the pronoun p can refer to it (the checks of
// subjectPersonIn after the subject's shape).
func (r *resolver) subjectSpeaker(p string, run rng, later []rng, after, e int, own bool) (Speaker, bool) {
	d := r.d
	sp := r.runSpeaker(run)
	if !r.personRun(run) || !r.personSpeaker(sp) {
		return Speaker{}, false
	}
	if own && !r.ownSubjectOK(p, run, sp, later, after, e) {
		return Speaker{}, false
	}
	g := r.runGender(run)
	if g == genderUnknown {
		g = nameGender(sp.Name, sp.Title)
	}
	if !pronounGender(p).agrees(g) {
		return Speaker{}, false
	}
	// "Harry Harris Jr. said ... Admiral Harris makes no apologies":
	// the speaker of that name already
	last := stripPossessive(d.word(run.e - 1))
	for j := len(r.history) - 1; j >= 0; j-- {
		if h := r.history[j].speaker; h.Kind == SpeakerPerson && h.ID != sp.ID && len(h.Members) <= 1 && !strings.Contains(h.Name, " and ") && nameHasWord(h.Name, last) && !r.otherGivenName(run, h) && (!r.refined || pronounGender(p).agrees(nameGender(h.Name, h.Title))) {
			return h, true
		}
	}
	return sp, true
}

// nameHasWord reports a word of name equal to w (lower case).
func nameHasWord(name, w string) bool {
	for f := range strings.FieldsSeq(name) {
		if strings.EqualFold(strings.TrimSuffix(f, "."), w) {
			return true
		}
	}
	return false
}

// otherGivenName reports a run that writes a given name the speaker's name
// lacks ("Ivanka Trump" after "Donald Trump" spoke) or a gender the
// speaker's name contradicts: another person of that family name. Refined
// pass only (subject_apposition.go's cases).
func (r *resolver) otherGivenName(run rng, h Speaker) bool {
	if !r.refined {
		return false
	}
	d := r.d
	core := d.stripRoles(run)
	if core.e-core.s >= 2 && !nameHasWord(h.Name, d.word(core.s)) {
		return true
	}
	return !r.runGender(run).agrees(nameGender(h.Name, h.Title))
}
