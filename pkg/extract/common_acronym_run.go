package extract

import "strings"

// Initials the news writes for things, not bodies ("its AI products",
// "GDP", "the IPO") are no organisation a later "the company" or "it"
// could mean: "Reyes wrote that the company needed to move engineers to
// its AI products. The company confirmed the cuts" went to "AI", the
// nearest capitalised run (resolve_body.go bodyAntecedent; testdata/long
// 21). Refined pass only, as bodyAntecedent is.

// commonAcronyms are lower-cased initials of common nouns.
var commonAcronyms = set("ai", "tv", "gdp", "ipo", "ceo", "cfo", "coo", "cto", "hr", "pr", "vat",
	"dna", "rna", "gps", "atm", "suv", "ev", "evs", "pc", "pcs", "usb", "vpn", "api", "faq", "diy",
	"covid", "hiv", "aids", "adhd", "icu", "er", "mri", "ivf", "lgbt", "lgbtq", "esg", "kpi", "roi")

// commonAcronymRun: a one-word run written in capitals that is a common
// noun's initials.
func (d *doc) commonAcronymRun(run rng) bool {
	if run.e-run.s != 1 {
		return false
	}
	t := d.tokAt(run.s)
	w := d.text[t.s:t.e]
	if len(w) < 2 || strings.ToUpper(w) != w && strings.ToUpper(strings.TrimSuffix(w, "s")) != strings.TrimSuffix(w, "s") {
		return false // "Ai" or "Covid" written as a name may be one
	}
	return commonAcronyms.has(stripPossessive(t.lower))
}
