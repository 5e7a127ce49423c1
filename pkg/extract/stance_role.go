package extract

import "strings"

// A stance named by a role noun in the predicate: "Clinton is an outspoken
// supporter of Roe v. Wade", "Kasich has been a pointed critic of his
// style", "Grijalva was an early backer of Sanders". The role's object is
// the subject's stance, which the annotation marks (nominal cues with an
// object). On train all 11 such phrases outside quotations, with a be-form
// and an article before the noun (or a plural right after the be-form:
// "were supporters of") and no report or "that" earlier in the sentence,
// carry an annotated statement; inside a report ("Cruz has said
// he is a strong supporter of ...", "as evidence that he is a staunch
// supporter of ...") they do not, and an apposition (", a supporter of
// Trump,") is annotated only 2 times in 6, so both are left out. The
// frame is built and accepted by rule at inference only
// (attribution.ruleAccepted); its content is the object noun phrase.

// stanceRoleConf is the confidence of a rule-accepted stance role.
const stanceRoleConf = 0.7

// stanceRoleNouns name a role of support or opposition.
var stanceRoleNouns = set("supporter", "supporters", "backer", "backers", "critic", "critics", "opponent", "opponents",
	"proponent", "proponents", "champion", "champions", "advocate", "advocates", "defender", "defenders")

// stanceRoleVerb returns the be-form of "is (a/an) (adjectives) supporter
// of" whose noun is at i, or -1.
func (d *doc) stanceRoleVerb(s sentence, i int) int {
	if d.training || !stanceRoleNouns.has(d.word(i)) || d.word(i+1) != "of" || d.inQuote(i) || d.inQuote(i+2) || d.tokAt(i+2).kind != tWord {
		return -1
	}
	k := i - 1
	for j := 0; j < 2 && k > s.s && d.tokAt(k).kind == tWord && !d.tokAt(k).upper && !d.inQuote(k) && !beForms.has(d.word(k)) && d.word(k) != "a" && d.word(k) != "an"; j++ {
		k-- // adjectives: "an outspoken", "a longtime"
	}
	if w := d.word(k); w == "a" || w == "an" {
		k--
	} else if !strings.HasSuffix(d.word(i), "s") || k != i-1 {
		return -1 // a plural without article right after the verb: "were supporters of"; not "are major financial backers of" (an inverted subject)
	}
	switch d.word(k) {
	case "is", "was", "are", "were", "been", "'s", "’s":
	default:
		return -1
	}
	if d.reportedBefore(s, k, false) {
		return -1 // inside a report: "has said he is a strong supporter of"
	}
	return k
}

// reportedBefore reports a be-form at k that opens no clause of its own:
// at the sentence start or in a quotation, or after a "that" or a cue word
// outside quotations ("has said he is a supporter of"), or, with
// questions, after "whether" or "if" ("asked if he was confident that").
func (d *doc) reportedBefore(s sentence, k int, questions bool) bool {
	if k <= s.s || d.inQuote(k) {
		return true
	}
	for x := s.s; x < k; x++ {
		if d.inQuote(x) {
			continue
		}
		if w := d.word(x); w == "that" || questions && (w == "whether" || w == "if") || cueInfoOf(w).class != 0 {
			return true
		}
	}
	return false
}

// stanceRoleContentEnd returns the end of a stance role's object, or -1
// for other frames.
func (d *doc) stanceRoleContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "stance role" && a.cueText != "first endorser" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	return d.stanceObjectEnd(rng{a.cue.e, limit})
}
