package extract

// "Moises Caicedo joined Chelsea on Monday. “I'm so happy to be here,” the
// Ecuador international told the club's website": sports copy names a
// player, then goes on with "the <country> international" (a player capped
// by a national side), as it goes on with "the midfielder". The nominal is
// the person named before it by the rules of describedPerson
// (resolve_described.go): its head "international" is a position, and a
// country's name or demonym before it ("Ecuador", "Brazilian") a modifier.
// Refined pass only, as describedPerson; session 26, hand-written sports
// probes.

// nationalPlayerHead is the head of "the Ecuador international".
const nationalPlayerHead = "international"

// nationalModifier reports a capitalised country name or demonym at k
// before the head "international".
func (r *resolver) nationalModifier(k int, head string) bool {
	if head != nationalPlayerHead || r.al == nil {
		return false
	}
	t := r.d.tokAt(k)
	if t.kind != tWord || !t.upper {
		return false
	}
	_, ok := r.al.countryOf(stripPossessive(t.lower))
	return ok
}
