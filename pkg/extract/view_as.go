package extract

import "strings"

// Perception stances: "Many voters see Lee as the stronger candidate",
// "Ortiz views the deal as a trap", "Some regard her as the right
// choice". The annotation marks the object with its "as" phrase as the
// subject's belief ("Lee as the stronger candidate"). The frames are built
// at inference only and accepted by rule (attribution.ruleAccepted): the
// models train on the same candidates with or without them, so the accept
// model does not drift.

// viewAsForms are the finite forms of the perception verbs that take an
// object and an "as" phrase. Infinitives, passives and nouns are left out
// by viewAsCue ("to see him as", "was viewed as", "their views as"). "Saw"
// is left out: it tells what someone witnessed as often as what they
// believed, and on train half its finds of this shape are unannotated.
//
// "Named", "identified", "framed" and "characterized" X as Y label in the
// same shape: on train all 14 such finds of their active forms (object not
// reflexive) are annotated. cv3 with them: all tp +30 fp +0, speech and
// direct unchanged. "Portrayed" and "depicted" too: 6 of the 7 phrases on
// train are annotated (the other one follows "and" after a non-agent, no
// frame here); cv3 all tp +18 fp +0. "Lists/listed/ranks X as Y": all 6 on
// train annotated; cv3 all tp +12 fp +0. "Quoted X as saying Y": all 4 on
// train annotated (with the quoted one, or the words alone); cv3 all tp
// +12 fp +0, direct tp +3. "Cast/casts X as Y" ("Cruz has cast him as
// weak on immigration", "Trump cast himself as a change agent"), a
// 13 of the 14 finite phrases after a subject outside quotations on train
// are annotated; "cast a vote/ballot/doubt/shadow ... as" and the casting
// of an actor are no label (castNoLabel). A reflexive object is left out
// like the labels' ("cast herself as a champion of ...": its one
// unannotated find costs the speech slice), and the content ends with the
// object's clause (stanceObjectEnd: "cast the Clintons as part of the
// establishment [during the primaries]"). cv3: all tp +21 fp +0, speech,
// direct and exact unchanged.
var viewAsForms = set("see", "sees", "view", "views", "viewed", "regard", "regards", "regarded", "named", "identified", "framed", "characterized", "portrayed", "portrays", "depicted", "depicts", "lists", "listed", "ranks", "quoted", "quotes", "cast", "casts")

// castNoLabel in the object of "cast" make it no label: "cast their votes
// for X as ...", "cast doubt on it as ...".
var castNoLabel = set("vote", "votes", "ballot", "ballots", "doubt", "doubts", "shadow", "shadows", "spell", "aside", "lot", "lots", "net", "eye", "eyes", "glance", "light", "pall", "role", "roles", "actor",
	"actress", "actors", "actresses")

var labelAsForms = set("named", "identified", "framed", "characterized", "portrayed", "portrays", "depicted", "depicts", "lists", "listed", "ranks", "quoted", "quotes")

// viewAsConf is the confidence of a rule-accepted perception stance: on
// the training split all 46 of its finds (41 with "as", 5 with an
// evaluative object) match a statement at 30%, fewer at stricter levels;
// the number stays below the surest rules'.
const viewAsConf = 0.75

// viewAsCue reports a perception verb at i, at inference, outside
// quotations and after its subject, followed by a short object (no
// punctuation, no clause) and "as" with its predicate: "sees [Lee] as a
// uniter", not "saw the truck as they left".
func (d *doc) viewAsCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || d.toks[i].upper || i == s.s {
		return false
	}
	switch p := d.word(i - 1); {
	case pronounQuantifiers.has(p) && (i-1 == s.s || d.tokAt(i-2).kind != tWord):
		// "Some view the plan as a takeover": the quantifier is the subject
	case p == "to" || sayFallbackModals.has(p) || beForms.has(p) || determiners.has(p) || nounDeterminers.has(p) || adjunctPreps.has(p) || p == "of":
		return false // "to see him as", "was viewed as", "their views as"
	}
	if d.word(i-1) == "which" || d.punct(s.e-1) == "?" {
		return false // "a class which sees itself as ...", "Do they see X as Y?": the writer's
	}
	o := i + 1
	if o >= s.e {
		return false // the text ends at the verb
	}
	if t := d.toks[o]; t.kind != tWord || d.inQuote(o) || viewAsBadObject.has(t.lower) || strings.HasPrefix(d.word(i), "cast") && castNoLabel.has(t.lower) {
		return false
	}
	if weekdayNames.has(d.word(o)) || timeWords.has(d.word(o)) {
		return false // "Fiorina, who he named Wednesday as his running mate": the object stands before
	}
	if (labelAsForms.has(d.word(i)) || strings.HasPrefix(d.word(i), "cast")) && reflexives.has(d.word(o)) {
		return false // "the protesters identified themselves as members of ...": a self-description
	}
	if t := d.toks[o]; (d.word(i) == "view" || d.word(i) == "views") && !t.upper && !determiners.has(t.lower) && !objPronouns.has(t.lower) && !reflexives.has(t.lower) {
		return false // the noun: "the offensive views include ..."
	}
	for k := o + 1; k < s.e && k <= o+8; k++ {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote(k) {
			return false
		}
		if t.lower != "as" {
			if subjPronouns.has(t.lower) && t.lower != "it" || viewAsClauseWords.has(t.lower) || strings.HasPrefix(d.word(i), "cast") && castNoLabel.has(t.lower) {
				return false // a clause, not an object
			}
			continue
		}
		if k+1 >= s.e {
			return false
		}
		if nx := d.tokAt(k + 1); nx.kind != tWord && !d.isQuote(k+1) || subjPronouns.has(nx.lower) || viewAsBadPredicate.has(nx.lower) {
			return false // "as they left", "as well"
		}
		return true
	}
	return false
}

// viewAsBadObject cannot open (or, but for a few prepositions, sit in) the
// object of a perception verb: a clause or an adjunct follows instead.
var viewAsBadObject = set("that", "what", "how", "why", "whether", "if", "when", "where", "who", "which",
	"to", "as", "in", "on", "at", "for", "of", "from", "by", "with", "and", "or", "but", "no", "nothing",
	"is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
	"said", "says", "there", "so", "because", "fit")

// viewAsClauseWords inside the object make it a clause.
var viewAsClauseWords = set("that", "what", "how", "why", "whether", "if", "when", "where", "who", "which",
	"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "said", "says",
	"because", "so", "there", "not")

// viewAsBadPredicate after "as" make it a conjunction or a degree word.
var viewAsBadPredicate = set("well", "much", "many", "long", "soon", "far", "if", "though", "of", "to", "for", "usual")

// viewAsFrame reports a rule-accepted perception stance frame, whose content
// the cut model leaves as the rule ends it.
func (d *doc) viewAsFrame(a *attribution) bool {
	return !d.training && a.ruleAccepted && (a.cueText == "see as" || a.cueText == "estimate at")
}

// viewAsContentEnd returns the end of a perception stance's content, which
// starts right after its cue, 0 for a frame without a subject (no
// statement), or -1 for other frames. The content ends with the "as"
// phrase's clause: before a semicolon, a dash, a parenthesis, or a comma
// opening an aside (", with ...", ", arguing ...", ", which ...").
func (d *doc) viewAsContentEnd(a *attribution, limit int) int {
	if !d.viewAsFrame(a) || !a.cue.ok() {
		return -1
	}
	if !a.subj.ok() && !a.relative || a.inverted || a.cue.e >= limit {
		return 0
	}
	if a.subj.ok() && d.word(a.subj.s) == "who" && d.punct(a.subj.s-1) != "," {
		return 0 // a restrictive relative describes its noun: "governors who see him as the best choice" (1 of 2 annotated on train)
	}
	for k := max(a.subj.s-3, d.sents[a.sent].s); a.subj.ok() && k < a.subj.s; k++ {
		if c := cueInfoOf(d.word(k)).class; (c == cueSpeech || c == cueTell) && !d.inQuote(k) {
			return 0 // the content of another report: "has told aides he sees X as Y"
		}
	}
	if a.cueText == "estimate at" {
		limit = d.estimateAtEnd(a.cue.e, limit)
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	if strings.HasPrefix(d.word(a.cue.s), "cast") && e > a.cue.e {
		e = d.stanceObjectEnd(rng{a.cue.e, e}) // "cast X as Y [during the primaries]"
	}
	return e
}

// clauseAsideEnd ends a content that starts at s before a semicolon, a colon, a
// dash, a parenthesis, or a comma opening an aside (", with ...", ",
// arguing ...", ", which ..."); after a relative subject, at the first
// comma ("Ortiz, who sees X as Y, left").
func (d *doc) clauseAsideEnd(s, limit int, relative bool) int {
	for k := s + 1; k < limit; k++ {
		if d.inQuote(k) {
			continue
		}
		p := d.punct(k)
		if p == ";" || p == ":" || p == "(" || d.isDash(k) || p == "," && relative {
			return d.trimEnd(s, k)
		}
		if p == "," {
			nx := d.tokAt(k + 1)
			if nx.kind == tWord && !nx.upper && (viewAsAsideWords.has(nx.lower) || len(nx.lower) > 4 && nx.lower[len(nx.lower)-3:] == "ing") {
				return d.trimEnd(s, k)
			}
		}
	}
	return d.trimEnd(s, limit)
}

// viewAsAsideWords open the writer's aside after a comma.
var viewAsAsideWords = set("with", "which", "who", "while", "whereas", "but", "and", "according", "after", "when", "as", "although", "though", "because", "since")

// reflexives may be a perception verb's object: "Germany views itself as".
var reflexives = set("itself", "himself", "herself", "themselves", "myself", "ourselves", "yourself")

// pronounQuantifiers stand alone as a subject at the start of a clause:
// "Some see ...", "Many view ...".
var pronounQuantifiers = set("some", "many", "most", "all", "both", "few", "several", "others")

// seeProspectCue reports "see" or "sees" at i followed by an evaluative
// noun within its first words: "rivals see an opening in the state",
// "investors see a one-in-five chance that ...". The noun phrase and what
// follows is the content (viewAsContentEnd). The caller takes it only as
// the sentence's first frame: inside another statement ("said it sees no
// reason to ...") it belongs to that statement.
func (d *doc) seeProspectCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || d.toks[i].upper && i != s.s || i == s.s {
		return false
	}
	if w := d.word(i); w != "see" && w != "sees" {
		return false
	}
	if p := d.word(i - 1); p == "to" || sayFallbackModals.has(p) || beForms.has(p) || determiners.has(p) && !pronounQuantifiers.has(p) || adjunctPreps.has(p) || p == "of" || p == "not" || strings.HasSuffix(p, "n't") {
		return false
	}
	if d.punct(s.e-1) == "?" {
		return false
	}
	for k := i + 1; k < s.e && k <= i+5; k++ {
		t := d.toks[k]
		if t.kind != tWord || d.inQuote(k) {
			return false
		}
		if prospectNouns.has(t.lower) {
			return true
		}
	}
	return false
}

// prospectNouns are the evaluative objects of "see": what someone sees
// ahead is their judgement.
var prospectNouns = set("chance", "chances", "opening", "parallels", "prospect", "prospects", "opportunity", "opportunities", "danger", "dangers")
