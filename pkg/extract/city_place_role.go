package extract

// "Senator Edwin Sifuna said ... “…,” said the Nairobi senator": the alias
// table lists a country's capital and large cities as context words that
// point to it ("Nairobi" for Kenya), and placeRoleNominal
// (resolve_place_role.go) took any word of the country for a country, as
// in "the Russian president", so a city's senator, governor or mayor went
// to no one. Only the country's name or demonym makes the office the
// country's; a city before "senator", "governor", "mayor" is the office's
// place, as "the Kisumu senator" was. Refined pass only (placeRoleNominal
// is read there). Session 25, hand-written Kenyan and Nigerian probes.

// cityWord reports a one-word country mention w of country ci that is a
// context word, not the country's name or demonym.
func (r *resolver) cityWord(ci int, w string) bool {
	if r.al == nil || ci < 0 || ci >= len(r.al.countries) || !r.refinedOnly() {
		return false
	}
	return !isCountryNameOrDemonym(&r.al.countries[ci], normWords(stripPossessive(w)))
}
