package extract

// "Assistant Chief Constable Ann Lee", "Detective Superintendent Ann
// Lee", "Chief Constable Tom Reed": British police and fire ranks of
// several words. splitName cut the title at its last honorific ("Chief")
// and left the rest ("Constable", "Superintendent") with the name, which
// nameAfterTitle then dropped as a description, so the title was
// "Assistant Chief" and the rank's head word was lost. When the title
// ends right where the name run starts and the name's own title words
// were dropped, the title runs on over them. Refined pass only (titles,
// which no score reads); session 24, hand-written crime probes.

// titleContinued returns the title over the words between the name run's
// start and its core, when titleR ends at the name run's start; else
// title.
func (r *resolver) titleContinued(title string, titleR, name, core rng) string {
	if !r.refinedOnly() || title == "" || !titleR.ok() || titleR.e != name.s || core.s <= name.s || core.s > name.e {
		return title
	}
	return r.textOf(rng{titleR.s, core.s})
}
