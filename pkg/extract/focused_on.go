package extract

// A finite "focused on" after its subject names the topic of the
// subject's speech or campaign: "Instead, she focused on Trump", "Clinton
// also focused on the need to ...", "He focused on his years in the
// House". topic_frames.go left "focused on" out: after a noun it is mostly
// a participle ("a group focused on", "a forum at the College focused
// on"). After a subject pronoun, or a capitalised word that opens its
// clause (at the sentence start or after a comma), 7 of the 8 phrases
// outside quotations on train carry an annotated statement; the one left
// out follows "when" ("when she focused mainly on organizing"), so a
// subordinator before the subject is left out too. The frame is built and
// accepted by rule at inference only (attribution.ruleAccepted); its
// content ends as a topic verb's (topicContentEnd).

// focusedForms are the finite forms of the cue.
var focusedForms = set("focused", "focuses")

// focusedOnCue returns the end of the cue "focused on" at i after its
// subject, or -1.
func (d *doc) focusedOnCue(s sentence, i int) int {
	if d.training || !focusedForms.has(d.word(i)) || d.inQuote(i) || d.toks[i].upper {
		return -1
	}
	e := i + 1
	if d.adverbAt(e) {
		e++ // "focused intensively on"
	}
	if d.word(e) != "on" || d.inQuote(e) || !d.topicObject(e+1) {
		return -1
	}
	k := i - 1
	for k > s.s && !d.inQuote(k) && (d.adverbAt(k) || d.word(k) == "also" || d.word(k) == "instead" || d.word(k) == "then") {
		k--
	}
	if k < s.s || d.inQuote(k) {
		return -1
	}
	t := d.tokAt(k)
	if t.kind != tWord || t.lower == "it" || t.lower == "you" {
		return -1
	}
	before := d.tokAt(k - 1)
	if k == s.s {
		before = token{}
	}
	if subjPronouns.has(t.lower) {
		if focusSubordinators.has(before.lower) {
			return -1 // "when she focused mainly on organizing"
		}
		return e + 1
	}
	if !t.upper || determiners.has(t.lower) || stripPossessive(t.lower) != t.lower {
		return -1
	}
	if k == s.s || d.punct(k-1) == "," && !d.inQuote(k-1) {
		return e + 1
	}
	return -1
}

// focusSubordinators open a clause that sets a time or a reason.
var focusSubordinators = set("when", "while", "as", "because", "if", "after", "before", "since", "until", "whenever")
