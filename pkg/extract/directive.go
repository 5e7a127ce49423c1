package extract

// directiveInfinitive reports the content at j after the addressee of a
// telling, warning or advising cue: the infinitive of "told reporters not
// to worry", "warned the states to stop", or the topic of "reminded voters
// of his record". It is the content, not an adjunct.
func (d *doc) directiveInfinitive(a *attribution, j int) bool {
	if !a.cue.ok() || j <= a.cue.e || d.inQuote(j) {
		return false
	}
	switch cueInfoOf(d.word(a.cue.s)).lemma {
	case "remind":
		return d.remindedTopic(a, j)
	case "tell", "warn", "advise":
	default:
		return false
	}
	k := j
	if d.word(k) == "not" {
		k++
	}
	return d.medialInfinitive(k) && d.objectEnd(a.cue.e) == j
}

// pronounSubjectClause reports a subject pronoun at j with a finite verb
// after it: "warned they could sell", "warned it could make matters worse".
// After a cue that may take an addressee the pronoun opens the content.
func (d *doc) pronounSubjectClause(j int) bool {
	w := d.word(j)
	if w == "you" || w == "her" || !subjPronouns.has(w) || d.inQuote(j) {
		return false
	}
	x := d.word(j + 1)
	return clauseAux.has(x) || finiteVerb(x)
}

// similarityAddressees make "remind" a likeness, not a statement: "it
// reminds me of the old days".
var similarityAddressees = set("me", "us", "you")

// remindedTopic reports the topic at j after the addressee of "remind":
// "reminded voters of his record", "reminded the staff about the rules".
func (d *doc) remindedTopic(a *attribution, j int) bool {
	w := d.word(j)
	if w != "of" && w != "about" || d.objectEnd(a.cue.e) != j || similarityAddressees.has(d.word(a.cue.e)) {
		return false
	}
	t := d.tokAt(j + 1)
	return t.kind == tWord && !d.inQuote(j+1)
}

// warnedTopic reports the preposition at j after the addressee of "warn"
// that opens its topic: "warned China against provocations", "warned us
// about the risks". Like "warned of X", the content is the topic.
func (d *doc) warnedTopic(a *attribution, j int) bool {
	if !a.cue.ok() || j <= a.cue.e || d.inQuote(j) || cueInfoOf(d.word(a.cue.s)).lemma != "warn" {
		return false
	}
	w := d.word(j)
	if w != "against" && w != "about" && w != "of" || d.objectEnd(a.cue.e) != j {
		return false
	}
	t := d.tokAt(j + 1)
	return t.kind == tWord && !d.inQuote(j+1)
}
