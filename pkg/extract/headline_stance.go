package extract

// A headline states its subject's stance with verbs that in body text
// report deeds as often as words: "Glenn Beck Blasts Drudge", "AFL-CIO
// Endorses Clinton", "Biden rips Trump over tax plan". Right after the
// short subject that opens the headline they can only report what that
// side said or declared, and the annotation marks them. They are no cues
// anywhere else. These frames are rule-accepted: the accept model does not
// score them and they are no training candidates (see headlineStanceFrame).

// headlineAttackVerbs criticise or praise in words: speech acts.
var headlineAttackVerbs = set(
	"blasts", "blasted", "rips", "ripped", "trashes", "trashed", "chides", "chided",
	"rebukes", "rebuked", "bashes", "bashed", "knocks", "knocked", "lambasts", "lambasted",
	"skewers", "skewered", "derides", "derided", "scolds", "scolded", "berates", "berated",
	"hails", "hailed", "applauds", "applauded", "lauds", "lauded", "whacks", "whacked",
	"hits", "dismisses", "dismissed", "insults", "insulted", "assails", "assailed",
	"swipes", "swiped", "jabs", "jabbed", "lashes", "lashed", "fires", "fired")

// headlineStanceParticles follow some stance verbs as part of the cue:
// required ("swipes at", "lashes out at", "fires back at") or, for verbs
// that stand alone too, optional ("hits back at").
var headlineStanceParticles = map[string][]string{
	"swipes": {"at"}, "swiped": {"at"}, "jabs": {"at"}, "jabbed": {"at"},
	"lashes": {"out", "at"}, "lashed": {"out", "at"}, "fires": {"back", "at"}, "fired": {"back", "at"},
	"hits": {"back", "at"}, "blasts": {"back", "at"}, "blasted": {"back", "at"},
	"pushes": {"for"}, "pushed": {"for"}, "push": {"for"}, "presses": {"for"}, "pressed": {"for"}, "press": {"for"},
}

// headlineStanceCueEnd returns the end of the cue of a stance verb at i:
// after its particles, or 0 when required particles are missing.
func (d *doc) headlineStanceCueEnd(i int) int {
	w := d.word(i)
	ps, ok := headlineStanceParticles[w]
	if !ok {
		return i + 1
	}
	for n, p := range ps {
		if d.word(i+1+n) != p || d.inQuote(i+1+n) {
			if w == "hits" || w == "blasts" || w == "blasted" {
				return i + 1
			}
			return 0
		}
	}
	return i + 1 + len(ps)
}

// headlineSideVerbs take a side: stances, not speech (like "support").
var headlineSideVerbs = set(
	"endorses", "endorsed", "backs", "backed", "champions", "championed", "embraces", "embraced",
	"pushes", "pushed", "presses", "pressed")

// headlineStanceBase are the base forms, after a plural subject:
// "Republicans blast Obama", "Terrorism experts rebuke Trump proposal".
var headlineStanceBase = set(
	"blast", "rip", "trash", "chide", "rebuke", "bash", "knock", "lambast", "skewer", "deride",
	"scold", "berate", "applaud", "laud", "whack", "dismiss", "insult", "endorse", "champion", "embrace",
	"push", "press")

// headlineStanceVerb reports a headline-only stance verb.
func headlineStanceVerb(w string) bool { return headlineStanceWords.has(w) }

// headlineStanceWords: the three lists above in one set, looked up once.
var headlineStanceWords = unionSet(headlineAttackVerbs, headlineSideVerbs, headlineStanceBase)

// headlineStanceFrame fills a's cue for a stance verb at i that follows the
// headline's opening subject; false for any other place.
func (d *doc) headlineStanceFrame(s sentence, i int, a *attribution) bool {
	w := d.word(i)
	if d.training {
		// rule-accepted, never scored: kept out of the models' training,
		// whose accept model would learn from the headline's objects to
		// take body-text objects
		return false
	}
	if !d.headlineStanceSubject(s, i) || d.inQuote(i+1) && !d.isQuote(i+1) || d.word(i+1) == "by" || w == "hits" && d.word(i+1) == "home" {
		return false // "Speech Skewered By X": a passive; "hits home"
	}
	e := d.headlineStanceCueEnd(i)
	if e == 0 || e >= s.e {
		return false
	}
	a.cue, a.class = rng{i, e}, cueSpeech
	if headlineSideVerbs.has(w) || w == "endorse" || w == "champion" || w == "embrace" || w == "push" || w == "press" {
		a.class = cueBelief
	}
	a.cueText = headlineStanceLemma(w)
	if e > i+1 {
		a.cueText += " " + d.word(e-1) // "swipe at"
	}
	return true
}

// headlineStanceSubject reports a stance verb at i in the article's first
// sentence right after its opening subject: a short name
// (headlineNameVerb) or a short noun phrase that starts with a capital
// ("Super PAC ad hits Trump", "DNC chair dismisses X"). A base form needs a
// plural subject.
func (d *doc) headlineStanceSubject(s sentence, i int) bool {
	if s.para != 0 || s.s != d.sents[0].s || i+1 >= s.e || d.inQuote(i) {
		return false
	}
	if next := d.word(i + 1); next == "" && !d.isQuote(i+1) || cueInfoOf(next).class != 0 {
		return false
	}
	k := i - 1
	if k > s.s && headlineAdverbs.has(d.word(k)) {
		k--
	}
	last := d.word(k)
	n := 0
	for k >= s.s && d.toks[k].kind == tWord && !d.inQuote(k) && n < 6 {
		if x := d.word(k); headlineNameStops.has(x) || auxAdv.has(x) || relativeWords.has(x) || x == "that" || cueInfoOf(x).class != 0 {
			return false // "Trump tweet that blasts Clinton"
		}
		k--
		n++
	}
	if n == 0 || n > 5 || !d.tokAt(k+1).upper || !(k < s.s || d.punct(k) == ":" || d.punct(k) == ",") {
		return false
	}
	if headlineStanceBase.has(d.word(i)) {
		return len(last) > 3 && last[len(last)-1] == 's' && last[len(last)-2] != 's' && last[len(last)-2] != '\''
	}
	return true
}

// headlineStanceLemma strips the verb's ending: "blasts", "blasted" ->
// "blast" (a feature name, so the exact stem need not be a word).
func headlineStanceLemma(w string) string {
	switch {
	case len(w) > 4 && (w[len(w)-2:] == "ed"):
		return w[:len(w)-2]
	case len(w) > 4 && (w[len(w)-3:] == "hes" || w[len(w)-3:] == "ses"):
		return w[:len(w)-2]
	case w[len(w)-1] == 's':
		return w[:len(w)-1]
	}
	return w
}

// headlineStanceEnd ends the object of a headline stance verb before a
// comma, semicolon or dash, an adjunct of place, occasion or time
// ("whacks Clinton [in Christmas ad]", "Embraced X [When He ...]"), a
// cause after "over" (the annotation keeps it or not: the object alone
// still matches) and a second verb ("Backs Trump [And
// Denounces Clinton]").
func (d *doc) headlineStanceEnd(a *attribution, fwd rng) int {
	if a.inverted || fwd.s != a.cue.e {
		return fwd.e
	}
	if l := d.cueInfoAt(a.cue.s).lemma; !headlineStanceVerb(d.word(a.cue.s)) && !((stanceCues.has(l) || objectCues.has(l)) && d.headlineAccepted(a)) {
		return fwd.e // "Defends Trump [Amid ...]" as well
	}
	for k := fwd.s + 1; k < fwd.e; k++ {
		if d.inQuote(k) {
			continue
		}
		if p := d.punct(k); p == "," || p == ";" || d.isDash(k) {
			return k
		}
		switch w := d.word(k); w {
		case "in", "at", "with", "over", "amid", "despite", "instead", "when", "while", "because", "if":
			return k
		case "as":
			if subjPronouns.has(d.word(k + 1)) {
				return k // "assails elites [as he accepts ...]"
			}
		case "and", "but":
			if _, cue := cueOf(d.word(k + 1)); cue || headlineStanceVerb(d.word(k+1)) {
				return k
			}
		}
	}
	return fwd.e
}

// headlineStance reports a statement framed by a headline stance verb or
// its second verb.
func (d *doc) headlineStance(a *attribution) bool {
	if !a.cue.ok() || a.inverted {
		return false
	}
	if s := d.sents[a.sent]; d.headlineSecondVerb(s, a.cue.s) >= 0 {
		return true
	}
	_, cue := d.cueAt(a.cue.s)
	return !cue && headlineStanceVerb(d.word(a.cue.s))
}

// headlineSecondVerb returns the stance verb of a headline frame that a
// verb at i continues after "and" ("Marine Le Pen Backs Trump And
// Denounces Clinton"), or -1. The verb at i is a cue or a stance verb in
// the same form.
func (d *doc) headlineSecondVerb(s sentence, i int) int {
	if d.punct(i-1) == "," {
		return d.headlineCommaFirstVerb(s, i) // "Fed holds rates steady, signals ..." (headline_comma.go)
	}
	if d.training || d.word(i-1) != "and" || d.inQuote(i) || i+1 >= s.e || s.para != 0 || s.s != d.sents[0].s {
		return -1
	}
	w := d.word(i)
	if c, cue := cueOf(w); !(cue && !c.participle && c.class != cueBelief || headlineStanceVerb(w)) {
		return -1
	}
	for j := i - 2; j > s.s && j > i-6; j-- {
		if d.inQuote(j) || d.toks[j].kind != tWord {
			return -1 // one object between the verbs
		}
		if v := d.word(j); headlineStanceVerb(v) {
			if _, cue := cueOf(v); cue || (v[len(v)-1] == 's') != (w[len(w)-1] == 's') || !d.headlineStanceSubject(s, j) {
				return -1
			}
			return j
		}
	}
	return -1
}

// headlineSecondFrame frames the second verb of a headline stance frame
// with the first verb's subject.
func (d *doc) headlineSecondFrame(s sentence, i int, a *attribution) *attribution {
	j := d.headlineSecondVerb(s, i)
	e := j
	if e-1 > s.s && headlineAdverbs.has(d.word(e-1)) {
		e--
	}
	st := e - 1
	for st-1 >= s.s && d.tokAt(st-1).kind == tWord && !d.inQuote(st-1) {
		st--
	}
	w := d.word(i)
	a.cue, a.class, a.cueText = rng{i, i + 1}, cueSpeech, headlineStanceLemma(w)
	if c, cue := cueOf(w); cue {
		a.class, a.cueText = c.class, c.lemma
	} else if headlineSideVerbs.has(w) || headlineStanceBase.has(w) && cueInfoOf(d.word(j)).class == 0 && headlineSideVerbs.has(d.word(j)+"s") {
		a.class = cueBelief
	}
	a.subj = rng{st, e}
	a.name, a.title = d.splitName(a.subj)
	a.left, a.right = i, a.cue.e
	return a
}

// headlineAccepted reports a rule-accepted headline statement, which the
// accept model does not score: a headline stance frame, or a cue right
// after the headline's opening name (headlineNameVerb: "Columbia defends
// Exxon articles"), which is as sure; its candidate still trains the
// models.
func (d *doc) headlineAccepted(a *attribution) bool {
	if d.headlineStance(a) {
		return true
	}
	if !a.cue.ok() || a.inverted || a.partOf != nil || d.training {
		return false
	}
	c, cue := d.cueAt(a.cue.s)
	return cue && d.headlineNameVerb(d.sents[a.sent], a.cue.s, c)
}
