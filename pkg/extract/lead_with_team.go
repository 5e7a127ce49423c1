package extract

// "Ann Lee and her colleagues reported in Nature that ...", "Tom Reed and
// his team found ...": science copy names a study's lead with the people
// who worked with her. The subject went to the joint-speaker rules, which
// give up on an unnamed conjunct, so the speaker was the anonymous "Ann
// Lee and her colleagues". The named person is the speaker, the one a
// reader looks for; the colleagues are no one to name. Refined pass only
// (names, not statements); session 24, hand-written science probes. Train
// names: see the commit.

// leadWithTeam returns the name of a subject "NAME and his/her/their
// TEAM-NOUN" (a capitalised run of one to four words), or noRange.
func (d *doc) leadWithTeam(subj rng) rng {
	if subj.e-subj.s < 4 {
		return noRange // asked of every subject (resolve): trimming only shortens it
	}
	t := d.trimDet(subj)
	if t.e-t.s < 4 || !teamNouns.has(d.word(t.e-1)) {
		return noRange
	}
	switch d.word(t.e - 2) {
	case "his", "her", "their":
	default:
		return noRange
	}
	if d.word(t.e-3) != "and" {
		return noRange
	}
	run := rng{t.s, t.e - 3}
	if n := run.e - run.s; n > 4 || d.capitalRunEnd(run.s, run.e) != run.e {
		return noRange
	}
	return run
}

// teamNouns are the people who work with a study's lead.
var teamNouns = set("colleagues", "team", "co-authors", "coauthors", "collaborators", "co-workers", "coworkers",
	"teammates", "students", "lab", "group", "researchers")
