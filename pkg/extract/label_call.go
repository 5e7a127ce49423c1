package extract

import "strings"

// Labels given with "call" whose label the naming test of validForward
// misses, which looks for a quotation within six words of the cue:
//
//	"Lee called the mayor’s plan to close two schools “a disgrace.”" (a far quotation)
//	"Lee called him a reckless opportunist." (an unquoted noun label)
//	"Lee called the ruling unconstitutional." (an unquoted adjective label)
//
// The annotation marks them as statements, with the object and the label
// as content. The frames are built at inference only and accepted by rule
// (attribution.ruleAccepted): the models train on the same candidates as
// before. On train, the shapes' finds are nearly all annotated (see the
// commit message); "a group called X", "is called", "called 911" and
// "called him on Monday" are no labels and are left out.

// labelCallConf is the confidence of a rule-accepted label: most of the
// shapes' finds on train match a statement.
const labelCallConf = 0.7

// labelCall reports a label of "call" at fs (the object's start) that the
// naming test misses, and marks its frame accepted by rule.
func (d *doc) labelCall(a *attribution, c cueInfo, fs, limit int) bool {
	if d.training || c.lemma != "call" || a.inverted || fs != a.cue.e || a.cue.e-a.cue.s != 1 || d.inQuote(a.cue.s) || d.toks[a.cue.s].upper {
		return false
	}
	if !d.labelCallLeft(a) {
		return false
	}
	if d.word(fs) == "out" {
		if !d.calledOutFor(fs+1, limit) {
			return false
		}
	} else if !d.labelObjectStart(fs) || d.labelEnd(fs, limit) < 0 {
		return false
	}
	a.ruleAccepted, a.conf = true, labelCallConf
	return true
}

// labelCallLeft reports a cue whose subject calls, not one that is called:
// no passive ("is called"), no noun ("a close call", "his calls"), no
// named thing ("a group called X", "what is called X") and an agent
// subject ("Lee", "the senator", "who", the subject of ", calling X Y").
func (d *doc) labelCallLeft(a *attribution) bool {
	i := a.cue.s
	p := d.word(i - 1)
	if beForms.has(p) || determiners.has(p) || p == "what" || p == "what's" || p == "what’s" || p != stripPossessive(p) || p == "his" || p == "her" || p == "their" || p == "its" || p == "making" || p == "made" || p == "phone" {
		return false
	}
	if d.word(i-2) == "what" || a.subj.ok() && d.word(a.subj.s-1) == "what" || beForms.has(d.word(i-2)) && (d.adverbAt(i-1) || auxAdv.has(p)) {
		return false // "what they call X", "is often called X"
	}
	if a.subj.ok() && a.subj.e == i && (d.word(a.subj.s) == "a" || d.word(a.subj.s) == "an") {
		return false // "a website called X"
	}
	return d.agentSubject(a) || d.taggedName(a.subj) || d.selfLabel(a)
}

// taggedName reports a name with a party tag as the subject: "Sen. Jane
// Doe (D-Ore.)".
func (d *doc) taggedName(np rng) bool {
	if !np.ok() || d.punct(np.e-1) != ")" {
		return false
	}
	for k := np.e - 2; k > np.s && k >= np.e-8; k-- {
		if d.punct(k) == "(" {
			return d.tokAt(k - 1).upper
		}
	}
	return false
}

// calledOutFor reports the object and the reason of "called out" from j:
// "called out her rival for ignoring farmers", "calling out Lee on the
// substance of her attack".
func (d *doc) calledOutFor(j, limit int) bool {
	if !d.labelObjectStart(j) {
		return false
	}
	for k := j + 1; k < limit && k <= j+8; k++ {
		w := d.word(k)
		if w == "for" || w == "on" || w == "over" {
			return k+1 < limit && d.word(k+1) != ""
		}
		if w == "" || labelObjectStops.has(w) || labelClauseWords.has(w) {
			return false
		}
	}
	return false
}

// labelObjectStart reports a word at j that may open the object of a label:
// a pronoun, a name or a noun phrase, not a particle, a preposition, a
// time or a number ("called him back", "called on Monday", "called 911").
func (d *doc) labelObjectStart(j int) bool {
	w := d.word(j)
	if w == "" || d.inQuote(j) || badContentStart.has(w) || labelObjectStops.has(w) || timeWords.has(w) || strings.ContainsAny(w, "0123456789") {
		return false
	}
	return true
}

// labelObjectStops end an object before its label: particles,
// prepositions, verbs and clause words ("called him up", "called it off",
// "called them to testify", "called Lee, who ...").
var labelObjectStops = set("for", "on", "upon", "off", "out", "up", "back", "into", "with", "at", "after", "by",
	"during", "is", "was", "are", "were", "has", "had", "have", "said", "says", "will", "would", "again",
	"quits", "forth", "home", "over", "around", "down", "about", "last", "this", "next", "twice", "once",
	"before", "since", "while", "when", "because", "if", "but", "or", "not", "never", "just", "then", "there")

// labelClauseWords may stand in a long object before a quoted label ("the
// plan to close two schools “a disgrace”", "the idea that he lied “absurd”")
// but not before an unquoted one.
var labelClauseWords = set("to", "in", "from", "that", "who", "which", "as", "and", "whom")

// labelEnd returns the end of a label after the object that opens at fs,
// or -1: a quotation within 22 words, or an unquoted noun phrase ("a
// liar") or adjective ("unconstitutional") after a plain object of at most
// eight words. A noun label ends with its clause (limit): "a liar who
// ...".
func (d *doc) labelEnd(fs, limit int) int {
	plain := true
	for k := fs + 1; k < limit && k <= fs+22; k++ {
		if d.isQuote(k) && d.inQuote(k) && d.quotes[d.qidx[k]].first() == k {
			return d.quotedLabelEnd(k, limit) // the quoted label
		}
		if d.inQuote(k) {
			return -1
		}
		w := d.word(k)
		if w == "" || w == "and" || w == "for" || w == "because" || w == "but" {
			if plain && k-fs >= 1 && d.adjectiveLabel(k-1, fs) {
				if e := d.coordinatedAdjectiveEnd(k, fs, limit); e > 0 {
					return e // "called China provocative and expansionist" (label_call_coord.go)
				}
				return k // "called the plan unlawful, and ..."
			}
			if w == "" && d.punct(k) != "$" {
				return -1
			}
			if w == "" {
				continue // "a $2 billion plant"
			}
		}
		if labelObjectStops.has(w) && (plain || !labelVerbs.has(w)) {
			if labelObjectPreps.has(w) && k > fs && d.quotedLabelAhead(k+1, limit, fs+22) {
				plain = false // "called his remarks about a judge “racist”" (label_call_prep.go)
				continue
			}
			return -1
		}
		if labelClauseWords.has(w) {
			plain = false
			continue
		}
		if !plain || k-fs > 8 {
			continue
		}
		if (w == "a" || w == "an") && d.word(k+1) != "" && !labelNounStops.has(d.word(k+1)) {
			return limit // "called him a liar"
		}
		if w == "the" && k == fs+1 && (objPronouns.has(d.word(fs)) || reflexivePronouns.has(d.word(fs))) && d.word(k+1) != "" && !labelNounStops.has(d.word(k+1)) && !labelTheStops.has(d.word(k+1)) {
			return limit // "call it the nerd prom"
		}
	}
	// the clause ends with the label: "called the plan unlawful."
	if plain && limit-fs >= 2 && limit <= fs+9 && d.adjectiveLabel(limit-1, fs) {
		return limit
	}
	return -1
}

// quotedLabelEnd returns the end of a quoted label opening at k: after the
// quotation, or, when the quotation is a bare phrase the sentence goes on
// from, at the end of that clause: "called her record “a blueprint” for
// growth".
func (d *doc) quotedLabelEnd(k, limit int) int {
	q := d.quotes[d.qidx[k]]
	e := q.last() + 1
	if !q.closed || len(q.parts) != 1 || e >= limit {
		return min(e, limit)
	}
	if p := d.punct(q.last() - 1); p != "" {
		return e // “... a disgrace,”
	}
	if w := d.word(e); w == "" || w == "and" || w == "but" || stanceEndWords.has(w) || d.adverbAt(e) {
		return e
	}
	return d.stanceObjectEnd(rng{e, limit})
}

// labelCallEnd ends a rule-accepted label's content at the end labelEnd
// gives within the clause (limit); a noun label keeps the content's end.
func (d *doc) labelCallEnd(a *attribution, fwd rng, limit int) int {
	if d.training || !a.ruleAccepted || a.class != cueName || fwd.s != a.cue.e || d.cueInfoAt(a.cue.s).lemma != "call" {
		return fwd.e
	}
	if d.word(fwd.s) == "out" {
		return d.stanceObjectEnd(rng{fwd.s, limit}) // "called out Lee [for ...]"
	}
	if e := d.labelEnd(fwd.s, limit); e > fwd.s && e < limit {
		return e
	}
	return fwd.e
}

// labelVerbs may stand in a clause of a long object before a quoted label:
// "the idea that he had anything to hide “absurd”".
var labelVerbs = set("is", "was", "are", "were", "has", "had", "have", "will", "would", "said", "says")

// labelNounStops after "a"/"an" make no label: "called it a day", "called
// a dozen donors a week".
// labelTheStops after "called him the" make a time: "the next day".
var labelTheStops = set("next", "following", "same", "other", "previous", "first", "last", "morning", "evening", "night")

var labelNounStops = set("day", "night", "week", "month", "year", "lot", "few", "couple", "bit", "time", "dozen")

// adjectiveLabel reports an adjective at k that ends a label, after the
// object opening at fs: an adjective's suffix ("divisive", "lawful",
// "unconstitutional"), or any last word after a pronoun ("called it
// silly").
func (d *doc) adjectiveLabel(k, fs int) bool {
	w := d.word(k)
	if w == "" || d.toks[k].upper || len(w) < 4 || labelObjectStops.has(w) || timeWords.has(w) || d.adverbAt(k) {
		return false
	}
	if k == fs {
		return false
	}
	if k == fs+1 && (objPronouns.has(d.word(fs)) || reflexivePronouns.has(d.word(fs))) {
		return true
	}
	if strings.HasPrefix(w, "un") && len(w) >= 6 && w != "unless" {
		return true // "unqualified", "unfair"
	}
	for _, suf := range adjectiveSuffixes {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

var adjectiveSuffixes = []string{"ive", "ous", "ful", "al", "ic", "able", "ible", "ent", "ant", "ist", "ish", "less", "ary", "ory"}

// labelGoesOn returns the end of the clause that goes on after a naming
// quotation ending at end (within the content ending at ce), or -1: a bare
// quoted phrase the sentence continues from with its complement ("calls
// it “a mistake” because few people live there", "called him a “liar” who
// ..."), which the annotation keeps in the content. Not after "and", an
// adjunct of time, place or occasion ("called it “rigged” in a tweet") or
// a verb ("what critics call a “scheme” took a turn").
// At inference only: training sees the contents ended at the quotation.
func (d *doc) labelGoesOn(q *quotation, end, ce int) int {
	if d.training || isTerminal(d.punct(q.last()-1)) || d.punct(q.last()-1) == "," || d.punct(q.last()-1) == ";" {
		return -1
	}
	if !labelComplementStarts.has(d.word(end)) || d.word(end) == "for" && d.forDuration(end+1) {
		return -1
	}
	return d.stanceObjectEnd(rng{end - 1, ce})
}

// labelComplementStarts open the complement of a naming quotation: its
// reason, its relative clause, its comparison or its infinitive.
var labelComplementStarts = set("for", "who", "which", "whom", "that", "to", "of", "than", "because", "about",
	"as", "amid", "amidst", "from", "against", "since")

// forDuration reports a span of time after "for" at j: "for years", "for
// most of the decade", "for the last month".
func (d *doc) forDuration(j int) bool {
	w := d.word(j)
	if w == "the" || w == "a" {
		w = d.word(j + 1)
	}
	return durationWords.has(w) || periodWords.has(w) || numberWord(w) || strings.ContainsAny(w, "0123456789")
}

var durationWords = set("most", "much", "years", "months", "weeks", "days", "decades", "hours", "minutes", "while",
	"long", "now", "last", "past", "next", "first", "rest", "time", "moment", "good", "ages", "several", "some")
