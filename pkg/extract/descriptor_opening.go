package extract

import "strings"

// A capitalised description opening the sentence before a name stays out
// of the name: "Chipmaker Nvidia said" is Nvidia, "Grandmother-of-five Jean
// Hill, 72, said" is Jean Hill. nameAfterTitle dropped a description only
// before a known first name, and neither a company nor "Jean" (a given name
// of both genders, not listed) has one. Two shapes are read, each before
// capitalised words only:
//   - a company's trade ("Chipmaker", "Automaker", "Retailer", "Lender")
//     before one or two words ("Chipmaker Nvidia", "Drugmaker Eli Lilly");
//   - a family description with "-of-" ("Grandmother-of-five",
//     "Mum-of-two") before a name of two words.
// Session 22, hand-written business and local-news probes; refined pass
// only (nameAfterTitle's result is). No train prediction changes.

// descriptorOpening returns the name after a description opening run, or
// run.
func (d *doc) descriptorOpening(run rng) rng {
	n := run.e - run.s
	if n < 2 || n > 3 {
		return run
	}
	for k := run.s + 1; k < run.e; k++ {
		if !d.tokAt(k).upper {
			return run
		}
	}
	w := d.word(run.s)
	switch {
	case tradeDescriptor(w):
		return rng{run.s + 1, run.e}
	case n == 3 && strings.Contains(w, "-of-") && localDescriptor(w):
		return rng{run.s + 1, run.e}
	}
	return run
}

// tradeDescriptor reports a company's trade written before its name.
func tradeDescriptor(w string) bool {
	if len(w) > len("maker") && strings.HasSuffix(w, "maker") && !strings.Contains(w, "-") {
		return w != "filmmaker" && w != "lawmaker" && w != "policymaker" && w != "peacemaker" && w != "kingmaker" && w != "dressmaker"
	}
	return tradeDescriptors.has(w)
}

var tradeDescriptors = set("retailer", "lender", "insurer", "reinsurer", "miner", "brewer", "conglomerate",
	"supermarket", "airline", "startup", "start-up", "automaker", "carmaker", "chipmaker", "drugmaker")
