package extract

import "strings"

// A capitalised plural is a group, not a person a he or she can take up:
// an abbreviation's plural ("MPs", "CEOs", "NGOs", "MEPs") or a capitalised
// word in -s after "the" ("the Lords", "the Commons", "the Clintons").
// British and business news write them mid-sentence with a capital, so
// that "The prime minister told MPs: ... He said" gave "He" to "MPs".
// Session 21, hand-written probes; no train prediction changed.

// pluralNameRun reports that the one-word capitalised run names a group.
func (d *doc) pluralNameRun(run rng) bool {
	if run.e-run.s != 1 {
		return false
	}
	t := d.tokAt(run.s)
	if t.kind != tWord {
		return false
	}
	w := d.text[t.s:t.e]
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'"), "’")
	if acronymPlural(w) {
		return true
	}
	// "the Lords." but not "the Sanders campaign": a family name as a
	// modifier is followed by its noun
	if d.tokAt(run.e).kind == tWord && !pluralNameFollowers.has(d.word(run.e)) {
		return false
	}
	return d.word(run.s-1) == "the" && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s")
}

var pluralNameFollowers = set("and", "or", "in", "on", "at", "to", "that", "for", "of", "with", "about", "on", "after", "before", "as")

// acronymPlural: two or more capitals and a final lower-case s ("MPs",
// "CEOs"), not a name such as "Rogers".
func acronymPlural(w string) bool {
	body, ok := strings.CutSuffix(w, "s")
	if !ok || len(body) < 2 {
		return false
	}
	for i := 0; i < len(body); i++ {
		if c := body[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
