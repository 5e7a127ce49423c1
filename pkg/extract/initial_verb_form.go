package extract

import "strings"

// A word in -ed, -ing or -ly that opens a sentence is capitalised by its
// place, not as a name: the headline "Understated Perez raises political
// profile" made "Understated Perez" the full name of every later "Perez"
// (20 statements of one train article), and "Entrusting Donald Trump with
// ..." a person "Entrusting Donald Trump". Such a word is left out of the
// name when a known first name follows it, or when it opens a headline
// before one more capitalised word; not when it is a known first name
// itself ("Alfred Hitchcock") or opens a company's name ("United
// Technologies", "Boeing Co", "Allied Signal"). Session 23, train speaker
// names.

// initialVerbForm reports such a word at k, opening the run [k, e).
func (d *doc) initialVerbForm(k, e int) bool {
	w := d.word(k)
	if len(w) < 6 || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ly") {
		return false // the spelling first: most runs open with none of these
	}
	if firstNameGender(w) != genderUnknown || companyLeadWords.has(w) {
		return false
	}
	return firstNameGender(d.word(k+1)) != genderUnknown || d.toks[k].para == 0 && e-k == 2 && !orgWords.has(d.word(k+1))
}

// companyLeadWords open companies' names.
var companyLeadWords = set("united", "allied", "advanced", "applied", "integrated", "consolidated",
	"associated", "unified", "limited", "amalgamated", "federated", "affiliated")
