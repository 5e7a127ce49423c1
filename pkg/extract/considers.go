package extract

import "strings"

// Considerations: "He considers Mrs. Lee untrustworthy", "While Lee
// considered drug makers her enemies, ...", "Ana Ruiz considered selling
// her car", "as she considers how to answer Cole". What the subject
// considers is its judgment or its option, which the annotation marks from
// the object to the end of its clause. "Consider" is a cue, but the accept
// model rejects most of its active finds: at inference only, the active
// finite form after its subject, as its sentence's first frame (inside
// another statement, "said she considered X", it is that statement's
// content), is accepted by rule; the frame the models train on is
// unchanged.

// considersConf is the confidence of a rule-accepted consideration: on the
// training split all 8 active "considers/considered" + object phrases
// after a subject outside quotations and outside another statement are
// annotated, and all 11 finds of the rule match a statement at 30% (a
// participle after an appositive, "considered one of", and a court's
// "considered the matter" are left out: 3 unannotated finds). cv3: all tp
// +33 fp +0, speech, direct and exact unchanged. The base form and "deem"
// after a subject ("most allies consider X a help", "Obama deems X a
// reasonable trade-off") add 14 of 18 annotated phrases on train; left
// out are modals and infinitives, "now deemed" and "they're deemed"
// participles, a relative's "it deemed", and "consider themselves" (a
// poll's self-description, 1 of 2 annotated); the content ends before
// "because". cv3: all tp +15 fp +0 more, speech, direct and exact
// unchanged.
const considersConf = 0.7

// considersCue reports an active "considers" or "considered" at i after
// its subject, followed by its object (no preposition: "a statute Lee
// considered in the case"), outside quotations and questions. Passives
// ("is widely considered a liberal") and fronted relative objects ("what
// he considers unfair") are left out. Inference only.
func (d *doc) considersCue(s sentence, i int) bool {
	if w := d.word(i); d.training || !considersForms.has(w) || d.inQuote(i) || i == s.s || d.toks[i].upper || d.punct(s.e-1) == "?" {
		return false
	}
	p := d.word(i - 1)
	if p == "" || p == "to" || p == "not" || p == "never" || beForms.has(p) || p == "being" || determiners.has(p) || p == "the" || sayFallbackModals.has(p) || p == "and" || p == "but" || p == "or" || p == "also" && i-1 == s.s || p == "now" || p == "re" || p == "'re" || p == "’re" || strings.HasSuffix(p, "'re") || strings.HasSuffix(p, "’re") || p == "it" {
		return false // "to consider", "would consider", "But consider X", "emails now deemed classified", "they're deemed safe", "some it deemed X": no subject before
	}
	if pp := d.word(i - 2); beForms.has(pp) || pp == "being" || pp == "what" || pp == "which" || pp == "that" || pp == "whom" {
		return false // "was widely considered", "what he considers X": no object after the verb
	}
	for k := i - 1; k > s.s && k >= i-5; k-- {
		if d.punct(k) != "" {
			if d.punct(k) == "," && (d.word(k+1) == "a" || d.word(k+1) == "an") {
				return false // "Breyer, a Clinton appointee considered a liberal": a participle
			}
			break
		}
	}
	o := d.tokAt(i + 1)
	if o.kind != tWord || d.inQuote(i+1) || i+2 >= s.e || considersBadObject.has(o.lower) {
		return false
	}
	if o.lower == "themselves" {
		return false // "voters who consider themselves very liberal": a poll's self-description (1 of 2 annotated on train)
	}
	if o.lower == "one" && d.word(i+2) == "of" || o.lower == "the" && considersDeliberation.has(d.word(i+2)) {
		return false // "considered one of the best": a participle; "considered the matter": a deliberation, no judgment
	}
	return true
}

// considersDeliberation are the objects a court or a board considers:
// the act of deliberating, not a judgment.
var considersDeliberation = set("matter", "case", "issue", "question", "request", "motion", "appeal", "petition")

// considersBadObject cannot open the object of "considers": an adjunct or
// a clause follows instead.
var considersBadObject = set("in", "on", "at", "for", "by", "with", "to", "as", "of", "from", "about", "during", "after", "before",
	"and", "or", "but", "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
	"said", "says", "there", "so", "because", "it", "that", "this", "last", "then", "again")

// considersContentEnd returns the end of a consideration's content, which
// starts after the verb, or -1 for other frames: the clause up to an
// aside or a subordinate clause; 0 without a subject.
func (d *doc) considersContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "considers" || !a.cue.ok() {
		return -1
	}
	if !a.subj.ok() && !a.relative || a.inverted || a.cue.e >= limit {
		return 0
	}
	e := d.clauseAsideEnd(a.cue.e, limit, a.relative || a.subj.ok() && relativeWords.has(d.word(a.subj.e-1)))
	for k := a.cue.e + 2; k < e; k++ {
		if d.inQuote(k) {
			continue
		}
		if w, nx := d.word(k), d.word(k+1); w == "because" || (w == "last" || w == "next") && considersTimeNouns.has(nx) || w == "and" && !d.tokAt(k+1).upper && len(nx) > 4 && nx[len(nx)-2:] == "ed" {
			e = k // "considered a run [last year]", "considered X as classified [and redacted ...]"
			break
		}
	}
	return d.subordinateClauseEnd(a.cue.e, d.beforeNestedReport(a.cue.e, e))
}

// considersTimeNouns after "last" or "next" end a consideration's object:
// the time of the act, not part of what is considered.
var considersTimeNouns = set("year", "week", "month", "night", "fall", "spring", "summer", "winter", "time")

// considersForms are the finite forms of "consider" and "deem" ("Obama
// deems certain releases a reasonable trade-off").
var considersForms = set("considers", "considered", "consider", "deem", "deems", "deemed")
