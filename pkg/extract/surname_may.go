package extract

import "strings"

// "Theresa May told the BBC ...", "Mrs May said": the family name is the
// modal "may" to the word lists (auxAdv, npStop), so the subject stopped
// before it ("Theresa", "Mrs") and "May" read as the month elsewhere. A
// capitalised "May" after a given name or an honorific, followed by no
// other capitalised word (a title-case headline's "Hillary May Be
// Indicted"), is a name: its lower-case form keeps the capital, which
// matches no function word, month or cue. At inference only (newDocFor),
// so the models do not move; train has no such name (no statement
// changed). Session 21, hand-written probes.
//
// Once the article has written the name so, a lone "May" opening a
// sentence before a lower-case word ("May added that ...") is the name
// too, not a modal ("May we ...") nor the month ("May 5").
func (d *doc) markSurnameMay() {
	if !strings.Contains(d.text, "May") {
		return // most articles: a scan of the text is cheaper than of the tokens
	}
	found := false
	for i := 1; i < len(d.toks); i++ {
		t := &d.toks[i]
		if t.kind != tWord || !t.upper || t.lower != "may" {
			continue
		}
		p := &d.toks[i-1]
		if p.kind != tWord || !p.upper || p.para != t.para {
			continue
		}
		if n := d.tokAt(i + 1); n.kind == tWord && n.upper {
			continue
		}
		if w := strings.TrimSuffix(p.lower, "."); firstNameGender(w) != genderUnknown || w == "mrs" || w == "ms" || w == "mr" || w == "miss" || w == "dame" {
			t.lower = "May"
			found = true
		}
	}
	if !found {
		return
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || !t.upper || t.lower != "may" {
			continue
		}
		n := d.tokAt(i + 1)
		if p := d.tokAt(i - 1); !(i == 0 || p.para != t.para || p.kind == tQuote || isTerminal(p.lower)) {
			continue // "in May": the month
		}
		if n.kind == tWord && !n.upper && !subjPronouns.has(n.lower) && (n.lower[0] < '0' || n.lower[0] > '9') {
			t.lower = "May"
		}
	}
}
