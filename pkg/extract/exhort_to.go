package extract

// Exhortations: "Beck encouraged Americans to join him in a fast", "the
// campaign had encouraged Pagliano to testify", "Cruz challenged Trump to
// release the tapes". What the subject pressed someone to do is its
// statement, which the annotation marks with the addressee ("Americans to
// join him in a fast"). These verbs are no cues: the frames are built at
// inference only and accepted by rule, and only as their sentence's first
// frame ("she said she encouraged them to ..." is the saying's content),
// with an agent subject ("it encouraged people to drive less" is a cause,
// not a statement) and an object followed by "to" and a verb.

// exhortToConf is the confidence of a rule-accepted exhortation: on the
// training split 12 of the 13 past "encouraged/challenged/implored/begged/
// dared" + object + "to" finds outside quotations carry an annotated cue
// (the other one's subject is "it", which the rule leaves out). cv3: all tp
// +18 fp +0, speech and direct unchanged.
const exhortToConf = 0.75

var exhortForms = set("encouraged", "challenged", "implored", "begged", "dared")

// exhortToCue reports an active exhortation at i after its subject,
// outside quotations and questions, followed by its addressee (a noun
// phrase or an object pronoun) and "to" with a verb. Inference only.
func (d *doc) exhortToCue(s sentence, i int) bool {
	if d.training || !exhortForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	if p := d.word(i - 1); p == "" && !(d.punct(i-1) == "," && d.nameAppositionBefore(s, i-1)) || beForms.has(p) || determiners.has(p) ||
		p == "the" || p == "being" || p == "been" || p == "that" || p == "it" || p == "this" || p == "which" || p == "not" || p == "never" {
		return false // "was encouraged by", "the challenged law", "it encouraged people to ..."
	}
	j := i + 1
	w := d.word(j)
	if w == "" || d.inQuote(j) || w == "by" || subjPronouns.has(w) && !objPronouns.has(w) {
		return false
	}
	e := j + 1 // "encouraged her to", "challenged her rival to"
	if np := d.npFwd(j, s.e); np.ok() && np.s == j {
		e = np.e
	} else if !objPronouns.has(w) {
		return false
	}
	if d.word(e) != "to" || d.inQuote(e) || e+1 >= s.e {
		return false
	}
	v := d.word(e + 1)
	return v != "" && !determiners.has(v) && v != "the" && !possessiveDeterminers.has(v) && !d.tokAt(e+1).upper
}

// exhortToContentEnd returns the end of an exhortation's content, which
// starts right after the verb, 0 for a frame without its subject before
// it, or -1 for other frames: the clause up to an aside or a subordinate
// clause.
func (d *doc) exhortToContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "exhort" || !a.cue.ok() {
		return -1
	}
	if !a.subjectLeads(limit) || !d.agentSubject(a) {
		return 0
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	opened := d.openedBySubordinate(d.sents[a.sent], a.cue.s) // "When Lee encouraged them to X, the police ..."
	e = d.endAtClauseComma(a.cue.e, e, opened)
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}

// openedBySubordinate reports a sentence opening with a subordinate
// clause ("When ...", "As ...", "But if ...") that runs to i without a
// comma: the clause ends at its first comma.
func (d *doc) openedBySubordinate(s sentence, i int) bool {
	o := s.s
	if w := d.word(o); w == "but" || w == "and" || w == "yet" || w == "so" {
		o++ // "But if she seemed to X, they ..."
	}
	if w := d.word(o); !clauseOpeners.has(w) && w != "if" && w != "unless" {
		return false
	}
	for k := o + 1; k < i; k++ {
		if d.punct(k) == "," || d.inQuote(k) {
			return false
		}
	}
	return true
}
