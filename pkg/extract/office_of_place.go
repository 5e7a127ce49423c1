package extract

// "The Duke of Sussex said", "The Archbishop of Canterbury said", "The
// Mayor of London said": a title of a place is the speaker's whole name in
// British usage, but the place after "of" was taken for the name
// ("Sussex", "Canterbury", "London"). A peer or prelate so named is the
// person "Duke of Sussex"; an office ("Mayor of London", "Governor of the
// Bank of England") is the office, as "the mayor" is, unless the article
// names its holder after it ("Speaker of the House Paul Ryan": officeHolder,
// not here). Refined pass only. Session 21, hand-written probes.

// peerTitles are titles of a place that name one person.
var peerTitles = set("duke", "duchess", "earl", "countess", "marquess", "baron", "baroness", "viscount",
	"archbishop", "bishop", "prince", "princess", "dean")

// officeOfPlace returns the words of a subject "(the) TITLE of (the) PLACE"
// with a capitalised title and place and no person named after the place,
// and whether the title is a peer's; ok is false otherwise.
func (r *resolver) officeOfPlace(subj rng) (rng, bool, bool) {
	d := r.d
	s := d.trimDet(subj)
	if s.e-s.s < 3 || d.word(s.s+1) != "of" || !d.toks[s.s].upper {
		return noRange, false, false
	}
	w := d.word(s.s)
	peer := peerTitles.has(w)
	if !peer && !roleNouns.has(w) && !honorifics[w] || notOffices.has(w) || orgWords.has(w) {
		return noRange, false, false
	}
	k := s.s + 2
	if d.word(k) == "the" {
		k++
	}
	if k >= s.e || s.e-k > 5 {
		return noRange, false, false
	}
	for j := k; j < s.e; j++ {
		t := d.toks[j]
		if t.kind != tWord || !t.upper && t.lower != "of" || firstNameGender(t.lower) != genderUnknown && j > k {
			return noRange, false, false // "Secretary of State John Kerry": the holder named
		}
	}
	return s, peer, true
}
