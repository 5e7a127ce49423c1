package extract

import "strings"

// plainSayKept reports a statement kept at inference whatever the accept
// model says: the plainest report of news, a sentence that opens with its
// subject, goes on with "said", "says" or "told" and ends with the
// reported clause.
//
//	A spokesperson for the union said members were angry.
//	The union said on Monday that members were angry about the deal.
//
// The model learned from a corpus full of polls, where "said they were"
// and "say the economy is" are mostly voters' answers, and it weighs the
// content's opening words more than its subject: "A spokesperson for the
// union said members were angry" scored 0.50 and was dropped, the same
// sentence about "the company" 0.70. A poll's respondents open such
// sentences with a share or a group ("52 percent said", "Most voters
// say"), which this rule leaves to the model. On the design docs, 526
// statements of this shape outside that exclusion were candidates; 522
// are annotated, and the held-out CV predictions already kept all but one
// of them (annotated): the rule changes one train prediction and lands on
// its hand-written probes. The candidate still trains the model as before;
// its confidence stays the model's probability (keep_unscored.go).
func (d *doc) plainSayKept(a *attribution, q *Quote) bool {
	if d.training || a.inverted || !a.subj.ok() || !a.cue.ok() || a.cue.e-a.cue.s != 1 || !q.IsSpeech || q.Kind != KindIndirect || a.partOf != nil || a.inherits != nil {
		return false
	}
	if c, ok := cueOf(d.word(a.cue.s)); !ok || c.participle || c.lemma != "say" && c.lemma != "tell" {
		return false
	}
	s := d.sents[a.sent]
	if a.subj.s != s.s || d.inQuote(a.subj.s) {
		return false
	}
	// the cue follows the subject, an adverb or two between ("also said")
	for k := a.subj.e; k < a.cue.s; k++ {
		if w := d.word(k); !d.adverbAt(k) && w != "also" && w != "later" && w != "then" && w != "again" {
			return false
		}
	}
	if a.cue.s-a.subj.e > 2 || d.pollSubject(a.subj) {
		return false
	}
	// one forward content ending the sentence, which is no question
	fi := d.fwdRange(a)
	if fi < 0 || len(a.content) != 1 {
		return false
	}
	end := a.content[fi].e
	if p := d.punct(end); p != "." && p != "!" {
		return false
	}
	for k := s.s; k < s.e; k++ {
		if d.punct(k) == "?" {
			return false
		}
	}
	return true
}

// pollSubject reports a subject the way polls report answers: a share, a
// number or a quantifier ("52 percent", "Most voters", "Half of
// Republicans", "Two in three Americans"), or a group of respondents.
func (d *doc) pollSubject(subj rng) bool {
	if w := d.word(subj.s); pollOpeners.has(w) || (w == "a" || w == "an") && pollShares.has(d.word(subj.s+1)) {
		return true
	}
	for k := subj.s; k < subj.e; k++ {
		if w := d.word(k); isNumber(strings.TrimSuffix(w, "%")) && w != "" || w == "percent" || w == "%" || d.punct(k) == "%" {
			return true
		}
	}
	return false
}

// pollOpeners open a poll's subject: quantifiers, shares, and the groups
// polls ask ("Voters say", "Republicans said").
var pollOpeners = set("most", "many", "some", "few", "half", "all", "both", "more", "fewer", "nearly", "about",
	"almost", "only", "just", "over", "under", "roughly", "among", "those", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "voters", "respondents", "americans", "republicans",
	"democrats", "people", "independents", "adults", "women", "men", "majority", "plurality", "likely",
	"registered", "undecided", "supporters")

// pollShares follow "a" in a poll's subject ("a majority of voters").
var pollShares = set("majority", "plurality", "minority", "third", "quarter", "fifth", "half", "share", "number")
