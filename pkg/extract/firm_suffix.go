package extract

// "Kestrel Resources said", "Nordhavn Shipping said", "Fenwick Films
// said": a firm's name ends in the word of its trade, which no person's
// name does, but two capitalised words read as a person, so "the company"
// and "it" found no organisation before them. In the refined pass (names
// only, firm_name.go) a person speaker of two to four capitalised words
// whose last word is such a word (orgSuffixes, firmTradeWords) is an
// organisation. Session 27, hand-written long articles.

// firmTradeWords end firms' names besides orgSuffixes.
var firmTradeWords = set("resources", "shipping", "energy", "mining", "minerals", "films", "audio",
	"ferries", "logistics", "petroleum", "chemicals", "semiconductor", "semiconductors", "robotics",
	"software", "electronics", "therapeutics", "biosciences", "cycling", "compute", "telecom",
	// "Orbex Dynamics said", "the landlord, Castlegate Homes" (session 28)
	"dynamics", "homes")

// firmSuffixName reports a name of words f whose last word is a firm's.
// A name opening with a known first name is a person's ("the novelist Amy
// Homes said").
func firmSuffixName(f []string) bool {
	last := f[len(f)-1]
	if !firmTradeWords.hasLower(last) && !orgSuffixes.hasLower(last) {
		return false
	}
	return !maleNames.hasLower(f[0]) && !femaleNames.hasLower(f[0])
}

// firmSuffixSpeaker reports a speaker's name of two to four capitalised
// words whose last word is a firm's.
func (r *resolver) firmSuffixSpeaker(sp Speaker) bool {
	var buf [8]string
	f, all := nameFields(buf[:], sp.Name)
	if !all || len(f) < 2 || len(f) > 4 {
		return false
	}
	for _, w := range f {
		if !nameWordShape(w) {
			return false
		}
	}
	return firmSuffixName(f)
}

// firmSuffixRun reports a capitalised run of two words or more ending in
// a firm's word: evidence of a body for "the company" (resolve_body.go).
func (d *doc) firmSuffixRun(run rng) bool {
	if run.e-run.s < 2 {
		return false
	}
	last := stripPossessive(d.word(run.e - 1))
	return firmTradeWords.has(last) || orgSuffixes.has(last)
}
