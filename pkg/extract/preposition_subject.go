package extract

// "The company forecast revenue of $28 billion, above estimates of $26.6
// billion": after a preposition, a cue's form is a noun ("above
// estimates", "below forecasts"), yet a backward frame was built for the
// verb "estimates" with the preposition for its subject, and the main
// clause became the statement of "above". A subject that is one
// lower-case preposition names no speaker, so at inference the frame goes
// before the statements are scored. Session 26, hand-written earnings
// probes (train has no such shape); training keeps its candidates, so the
// models do not move.

// subjectPrepositions never head a speaker's noun phrase.
var subjectPrepositions = set("above", "below", "beyond", "under", "over", "against", "despite",
	"ahead", "behind", "versus", "vs", "amid", "than", "from", "into", "onto", "with", "without")

// prepositionSubject reports a frame whose subject is one lower-case
// preposition.
func (d *doc) prepositionSubject(a *attribution) bool {
	if !a.subj.ok() || a.subj.e-a.subj.s != 1 {
		return false
	}
	t := d.tokAt(a.subj.s)
	return t.kind == tWord && !t.upper && subjectPrepositions.has(t.lower)
}
