package extract

import "strings"

// Topic frames: "“We will win,” Lee said, referring to the tax bill",
// "Lee talked about how the plan failed", "the two leaders discussed the
// budget". What was talked about is the statement (the annotation marks
// these topics outside the speech verbs). The frames are built or accepted
// at inference only (attribution.ruleAccepted): the models train on the
// same candidates with or without them, so the accept model does not drift.

// topicConf is the confidence of a rule-accepted topic statement: on the
// training split most of its finds match a statement at 30%, fewer at
// stricter levels; below that, it yields to a surer overlapping statement.
const topicConf = 0.7

// topicVerbForms are finite forms of verbs whose prepositional or direct
// object is the topic of speech: "talked about X", "spoke of X", "discussed
// X". Participles and bare forms are left out ("talking about" is often the
// writer's phrase, "talk" a noun).
var topicVerbForms = set("talked", "spoke", "discussed", "referred", "talks", "speaks", "discusses", "talking",
	"speaking", "spoken")

// perfectTopicLeft reports "has/have/had spoken" after its subject ("The
// senator has spoken about Palestinian dignity"): all such phrases with
// "about" on train are annotated.
func (d *doc) perfectTopicLeft(s sentence, i int) bool {
	if d.word(i) != "spoken" {
		return false
	}
	k := i - 1
	for k > s.s && d.adverbAt(k) && !d.inQuote(k) {
		k--
	}
	if w := d.word(k); w != "has" && w != "have" && w != "had" {
		return false
	}
	p := d.word(k - 1)
	return k-1 >= s.s && p != "" && !d.inQuote(k-1) && !stanceAuxStops.has(p) && p != "to" && !determiners.has(p)
}

// topicNamedSubjectForms frame only after a name or a subject pronoun: the
// present forms are also nouns ("peace talks about ..."). ("Focused on"
// has its own narrower frame, after a pronoun or a name opening its
// clause: focused_on.go.)
var topicNamedSubjectForms = set("talks", "speaks", "discusses")

// topicParticiples continue the statement before them after a comma
// ("“...,” Lee said, talking about the crisis") or the sentence's subject
// ("Lee won by talking about jobs").
var topicParticiples = set("talking", "speaking")

// topicVerbCue returns the end of a topic verb's cue at i ("talked about",
// "spoke briefly about", "discussed"), or -1: not in the headline nor a
// quotation, its subject right before it (bodyStanceLeft), its object after
// the cue. Inference only.
func (d *doc) topicVerbCue(s sentence, i int) int {
	if d.training || s.para == 0 && s.s == d.sents[0].s || d.inQuote(i) || d.toks[i].upper || !topicVerbForms.has(d.word(i)) {
		return -1
	}
	if topicNamedSubjectForms.has(d.word(i)) {
		k := i - 1
		for k > s.s && d.adverbAt(k) && !d.inQuote(k) {
			k-- // "she frequently talks about"
		}
		if !(d.toks[k].upper && d.toks[k].kind == tWord || subjPronouns.has(d.word(k))) {
			return -1
		}
	}
	participle := topicParticiples.has(d.word(i))
	if participle && (d.punct(i-1) != "," && d.word(i-1) != "by" || d.inQuote(i-1)) {
		return -1
	}
	e := i + 1
	if d.word(i) == "referred" {
		if d.word(e) != "to" || d.inQuote(e) {
			return -1 // "referred to X as Y": the object and its label
		}
		e++
	} else if d.word(i) != "discussed" && d.word(i) != "discusses" {
		if d.adverbAt(e) && !d.inQuote(e) || d.word(e) == "out" && d.word(e+1) == "about" {
			e++ // "spoke briefly about", "spoke out about"
		}
		if k := d.aboutAfterAdjunct(e); k > 0 {
			e = k // "spoke to CNN about", "talked openly on social media about"
		}
		p := d.word(e)
		up := p == "up" && (d.word(i) == "talked" || d.word(i) == "talks") // "talked up his plans": touted them
		if p != "about" && p != "of" && !up || d.inQuote(e) {
			return -1
		}
		e++
	}
	if degreeWords.has(d.word(i-1)) || !participle && !d.bodyStanceLeft(s, i) && !(d.punct(i-1) == "," && !d.inQuote(i-1)) && !d.perfectTopicLeft(s, i) || !d.topicObject(e) {
		return -1
	}
	if d.laterSpeechCue(e, s.e) {
		// "In one email, Carter discussed how ..., the paper reported":
		// the paper's statement
		return -1
	}
	return e
}

// aboutAfterAdjunct returns the "about" that follows a short addressee or
// place adjunct at j ("to CNN", "with his aides", "on social media"), or
// -1.
func (d *doc) aboutAfterAdjunct(j int) int {
	switch d.word(j) {
	case "to", "with", "on", "at":
	default:
		return -1
	}
	for k := j + 1; k < j+7 && k < len(d.toks); k++ {
		if d.toks[k].kind != tWord || d.inQuote(k) {
			return -1
		}
		if d.word(k) == "about" {
			return k
		}
	}
	return -1
}

// degreeWords before a participle make it an adjective: "the least talked
// about change".
var degreeWords = set("least", "most", "much", "more", "less", "often", "widely", "frequently", "rarely")

// topicObject reports the topic at j: a noun phrase, a pronoun, or a
// clause of "how", "what" or "why".
func (d *doc) topicObject(j int) bool {
	switch d.word(j) {
	case "how", "what", "why", "whether":
		return !d.inQuote(j)
	}
	return d.bodyStanceObject(j)
}

// saidParticiples are speech participles whose object is what was said
// when they continue a reporting clause: "“...,” she said, mentioning the
// mayor's ties to a developer" (each such find on train is annotated; the
// frames otherwise have no content, as a bare participle object is mostly
// a modifier: gerund_object.go).
var saidParticiples = set("mentioning", "criticizing", "acknowledging", "describing")

// topicFrame reports a rule-accepted topic frame, whose content the cut
// model leaves as the rule ends it.
func (d *doc) topicFrame(a *attribution) bool {
	return !d.training && a.ruleAccepted && (topicCueTexts.has(a.cueText) || saidParticiples.has(d.word(a.cue.s)))
}

var topicCueTexts = set("referring to", "talked about", "talked up", "talks up", "talked of", "spoke about", "spoke of", "discussed", "referred to",
	"talks about", "talks of", "speaks about", "speaks of", "discusses", "talking about", "talking of",
	"speaking about", "speaking of", "spoken about", "spoken of", "focused on")

// topicContentEnd returns the end of a topic frame's content, which starts
// right after its cue, 0 for a topic verb without a content of its shape
// (no statement), or -1 for other frames. After "referring to", the
// annotation takes the rest of the sentence (the object with its relative
// clauses and appositions); after a topic verb, the object ends with its
// clause (stanceObjectEnd).
func (d *doc) topicContentEnd(a *attribution, limit int) int {
	if d.training || !a.cue.ok() || a.cue.e >= limit || d.inQuote(a.cue.e) && !d.isQuote(a.cue.e) {
		return -1
	}
	switch {
	case saidParticiples.has(d.word(a.cue.s)) && a.cue.e == a.cue.s+1 && d.punct(a.cue.s-1) == ",":
		// "“...,” she said, mentioning the mayor's ties to a developer"
		if a.partOf == nil || a.partOf.inverted || !d.bodyStanceObject(a.cue.e) {
			return -1
		}
		if e := d.trimEnd(a.cue.e, d.referentEnd(a.cue.e, limit)); e > a.cue.e {
			return e
		}
	case !topicCueTexts.has(a.cueText):
		return -1
	case a.cueText == "referring to":
		if d.word(a.cue.s) != "referring" || a.inverted || a.partOf != nil && a.partOf.inverted {
			return -1
		}
		if e := d.trimEnd(a.cue.e, d.referentEnd(a.cue.e, limit)); e > a.cue.e {
			return e
		}
	default: // the topic verbs
		if e := d.trimEnd(a.cue.e, d.topicObjectEnd(rng{a.cue.e, limit}, strings.HasPrefix(a.cueText, "discuss"))); e > a.cue.e {
			return e
		}
		return 0
	}
	return -1
}

// referentEnd ends the object of "referring to" before a non-restrictive
// aside: ", who ...", ", standing ...", or an apposition after a name
// ("Condoleezza Rice, his adviser at the time"), which the annotation
// leaves out; a list of names goes on ("herself, Mr. Bannon and Mr. Gates").
func (d *doc) referentEnd(s, limit int) int {
	for k := s + 1; k < limit-1; k++ {
		if d.punct(k) != "," || d.inQuote(k) {
			continue
		}
		nx := d.tokAt(k + 1)
		switch {
		case nx.kind != tWord:
		case relativeWords.has(nx.lower) || nx.lower == "where" || nx.lower == "when":
			return k
		case !nx.upper && len(nx.lower) > 4 && strings.HasSuffix(nx.lower, "ing") && !strings.Contains(nx.lower, "-"):
			return k
		case d.tokAt(k-1).upper && !nx.upper:
			return k
		}
	}
	return limit
}

// topicObjectEnd ends the object of a topic verb: a wh-clause at its first
// comma or colon (past a comma right after the wh-word: "how, during his
// crossover, he ..."); a noun phrase at the end of its clause
// (stanceObjectEnd), before an outlet ("on Fox News") or a second verb
// ("and made comments about ...") or, after "discussed", its partner
// ("with aides").
func (d *doc) topicObjectEnd(fwd rng, discussed bool) int {
	if whWords.has(d.word(fwd.s)) || d.gerundTopic(fwd.s) {
		for k := fwd.s + 2; k < fwd.e; k++ {
			if p := d.punct(k); (p == "," || p == ";" || p == ":" || p == "(" || d.isDash(k)) && !d.inQuote(k) {
				return k
			}
		}
		return fwd.e
	}
	e := d.stanceObjectEnd(fwd)
	for k := fwd.s + 1; k < e; k++ {
		if d.inQuote(k) {
			continue
		}
		w := d.word(k)
		if discussed && w == "with" {
			return k // "discussed the plan with aides": the partner is no topic
		}
		if w == "on" && (d.tokAt(k+1).upper || d.word(k+1) == "the" && d.tokAt(k+2).upper) || w == "but" || (w == "every" || w == "each") && (periodWords.has(d.word(k+1)) || timeWords.has(d.word(k+1))) || w == "and" && (secondVerbs.has(d.word(k+1)) || cueInfoOf(d.word(k+1)).class != 0) {
			return k
		}
	}
	return e
}

// secondVerbs are irregular past forms that open a second predicate after
// "and" (stanceObjectEnd knows the regular ones).
var secondVerbs = set("made", "gave", "took", "went", "got", "spoke", "told", "met", "left", "came", "saw", "brought")

// laterSpeechCue reports a cue outside quotations in [s, e) that makes the
// topic part of another statement: a reporting clause after a comma or a
// quotation ("..., the paper reported"), or any cue in a wh-topic ("spoke
// about how they believed ..."), whose inner statement stands alone.
func (d *doc) laterSpeechCue(s, e int) bool {
	wh := whWords.has(d.word(s))
	for k := s; k < e; k++ {
		if wh && d.punct(k) == "," && !d.inQuote(k) {
			wh = false // the wh-clause ends at its comma, as its content does (topicObjectEnd)
		}
		if d.toks[k].kind != tWord || d.inQuote(k) || d.word(k-1) == "and" || d.word(k-1) == "but" {
			continue // "talked about X and said ...": the subject's second predicate
		}
		c, ok := cueOf(d.word(k))
		if !ok {
			continue
		}
		if wh {
			return true // "spoke about how they believed ...": the inner statement
		}
		if c.class != cueSpeech {
			continue
		}
		if c.participle && d.punct(k-1) == "," && !d.inQuote(k-1) {
			continue // "spoke about the wall, saying ...": the subject goes on
		}
		for j := k - 1; j >= s && j >= k-3; j-- {
			if d.punct(j) == "," || d.isQuote(j) {
				return true // "..., the paper reported", "“...,” she said"
			}
		}
	}
	return false
}

// topicObjectForms are finite forms of speech cues whose noun-phrase object
// is what was said: "Cruz mentioned the network five times", "Sanders
// highlighted polls that show him ahead", "the report cites two studies".
// Their frames train the models as before; at inference they are
// rule-accepted (on the training split 32 of 39 such finds match a
// statement at 30%, and 4 more overlap one; the accept model rejected a
// fifth of the right ones).
var topicObjectForms = set("mentioned", "mentions", "highlighted", "highlights", "cited", "cites")

// topicObjectAccepted reports a frame of topicObjectForms after its
// subject whose content is the object right after the cue, outside the
// headline.
func (d *doc) topicObjectAccepted(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e != a.cue.s+1 || a.inverted || a.partOf != nil || !a.subj.ok() || a.subj.e > a.cue.s {
		return false
	}
	if !topicObjectForms.has(d.word(a.cue.s)) || a.sent == 0 || d.sents[a.sent].para == 0 {
		return false
	}
	fi := d.fwdRange(a)
	if fi < 0 || fi != len(a.content)-1 || a.content[fi].s != a.cue.e {
		return false
	}
	w := d.word(a.cue.e)
	return d.toks[a.cue.e].kind == tWord && w != "that" && w != "it" && !whWords.has(w) && !d.inQuote(a.cue.e) && d.agentSubject(a)
}
