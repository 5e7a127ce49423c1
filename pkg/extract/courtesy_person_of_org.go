package extract

import "strings"

// "said Dr. Nita Forouhi of the University of Cambridge": a courtesy
// title ("Dr.", "Prof.", "Ms.") before a capitalised run marks the run as a
// person as an expert's description does ("Analyst Sophie Klein of ..."),
// so the person before "of" and an organisation speaks (person_of_org.go),
// not the university, though the given name is no listed first name.
// Refined pass only, as personOfOrg; session 26, hand-written science
// probes.

// courtesyTitled reports whether the run s..e-1 opens with a courtesy
// title and holds a name of two or three words after it.
func (d *doc) courtesyTitled(s, e int) bool {
	return e-s >= 3 && e-s <= 4 && courtesyTitles.has(strings.TrimSuffix(d.word(s), "."))
}
