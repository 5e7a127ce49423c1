package extract

// "Tessellate Compute, a cloud computing company based in Austin, Texas,
// wants to build north of Casa Verde, a town of about 9,000 people. The
// company says ...": places named by their shape compete with the company
// in bodyAntecedent, which then named none. A run is a place when it is
// described as one (", a town of", ", a city in"), follows a direction
// and "of" ("north of Casa Verde"), or is the city of "in Austin, Texas"
// whose state or country the lists know, or that state itself.
// prepositionPlace (preposition_place.go) takes only a listed place after
// a preposition. Refined pass, as bodyAntecedent. Session 28, long article
// 50 and hand-written probes.

// placeNouns describe a place in an apposition: "Casa Verde, a town of".
var placeNouns = set("town", "city", "village", "county", "suburb", "region", "province", "port",
	"district", "borough", "township", "hamlet", "municipality", "island", "capital")

// directionWords go before "of" and a place: "north of Casa Verde".
var directionWords = set("north", "south", "east", "west", "northeast", "northwest", "southeast",
	"southwest", "outside")

// describedPlace reports a run that is a place by its shape (see above).
func (r *resolver) describedPlace(run rng) bool {
	d := r.d
	if d.word(run.s-1) == "of" && directionWords.has(d.word(run.s-2)) {
		return true
	}
	if d.punct(run.e) == "," {
		if a := d.word(run.e + 1); (a == "a" || a == "an" || a == "the") && placeNouns.has(d.word(run.e+2)) && !d.tokAt(run.e+2).upper {
			return true
		}
		// "in Austin, Texas": the city before a listed state
		if r.weakPersonRun(run) && d.tokAt(run.e+1).upper && r.listedPlaceAt(run.e+1) {
			return true
		}
	}
	// "in Austin, Texas": the listed state after the city
	if d.punct(run.s-1) == "," && d.tokAt(run.s-2).upper && r.listedPlaceAt(run.s) {
		for k := run.s - 2; k > run.s-6 && d.tokAt(k).upper; k-- {
			if r.weakPersonRun(rng{k, run.s - 1}) {
				return true
			}
		}
	}
	return false
}

// listedPlaceAt: the one capitalised word at k is a place that
// data/nonpersons.txt lists ("Texas", "France").
func (r *resolver) listedPlaceAt(k int) bool {
	var buf [48]byte
	w := r.d.word(k)
	if len(w) > len(buf) {
		return false
	}
	return nonPersonNames.has(string(nameKeyOf(buf[:0], w)))
}
