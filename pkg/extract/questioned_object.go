package extract

// Questioned objects: "Sanders questioned Mr. Trump's veracity", "GOP
// leaders have questioned his sincerity". The object is the subject's
// stance (a doubt), which the annotation marks. "Questioned" is an asking
// cue whose content must be a quotation or an indirect question
// ("questioned whether ..."), so these frames had no content: they are
// built at inference only and accepted by rule, and only as their
// sentence's first frame ("said he questioned her judgment" belongs to
// the statement before).

// questionedObjectConf is the confidence of a rule-accepted questioned
// object: on the training split 15 of the 16 active "questioned" + noun
// phrase finds outside quotations carry an annotated cue (the other one
// is a relative clause without its object, "records that Lee questioned
// are ...", which the rule leaves out).
const questionedObjectConf = 0.75

// questionedObjectCue reports an active "questioned" at i after its
// subject, outside quotations and questions, with a noun-phrase object
// that is no person questioned about something ("questioned Pence about
// the plan": an interview).
func (d *doc) questionedObjectCue(s sentence, i int) bool {
	if d.training || d.word(i) != "questioned" || d.inQuote(i) || i == s.s || d.punct(s.e-1) == "?" {
		return false
	}
	if p := d.word(i - 1); p == "" && !(d.punct(i-1) == "," && d.nameAppositionBefore(s, i-1)) || beForms.has(p) || determiners.has(p) || p == "the" || p == "when" || p == "being" || p == "been" || p == "that" {
		return false // "was questioned", "when questioned about", "records that Lee questioned"
	}
	j := i + 1
	if !d.bodyStanceObject(j) || d.word(j) == "that" || d.word(j) == "this" && d.word(j+1) == "" {
		return false
	}
	np := d.npFwd(j, s.e)
	if !np.ok() || np.s != j {
		if objPronouns.has(d.word(j)) {
			np = rng{j, j + 1}
		} else {
			return false
		}
	}
	if d.word(np.e) == "about" {
		return false // "questioned Pence about that position"
	}
	if objPronouns.has(d.word(j)) && np.e == j+1 {
		return false // "questioned him": a person asked
	}
	if np.e < s.e && d.mainVerb(np.e) {
		return false // "records that Lee questioned are stored"
	}
	return true
}

// questionedObjectContentEnd returns the end of a questioned object's
// content, which starts right after "questioned", 0 for a frame without
// its subject before it, or -1 for other frames.
func (d *doc) questionedObjectContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "questioned" || !a.cue.ok() {
		return -1
	}
	if !a.subjectLeads(limit) {
		return 0
	}
	e := d.stanceObjectEnd(rng{a.cue.e, limit})
	for e+1 < limit && d.punct(e) == "," && !d.inQuote(e) && possessiveDeterminers.has(d.word(e+1)) {
		e = d.stanceObjectEnd(rng{e + 1, limit}) // a list: "questioned his tactics, his judgment and his decency"
	}
	return d.trimEnd(a.cue.e, e)
}
