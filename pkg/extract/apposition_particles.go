package extract

// appositionNameEnd extends the capitalised run s..e of an apposition's
// name over the particles and article prefixes of a family name up to
// limit: "The Jordanian minister, Prince Ali bin Hussein, said" named
// "Ali" (the run stopped at "bin"), "The Saudi minister, Adel al-Jubeir,
// said" named nobody (a run of one word); after a capitalised office too
// ("The Iraqi Prime Minister, Mohammed Shia al-Sudani", title_apposition.go). The particles of
// resolve_person.go's nameParticles, then a capitalised word; or a
// lower-case "al-"/"el-" surname (name_parts.go articleSurname).
// Hand-written probes of international news (session 24); speaker names
// only (refined pass).
func (d *doc) appositionNameEnd(s, e, limit int) int {
	for e > s && e < limit {
		if p := d.particlesEnd(e); p > e && p < limit {
			e = d.capitalRunEnd(p, limit)
		} else if w := d.word(e); !d.tokAt(e).upper && articleSurname(stripPossessive(w)) {
			e = d.capitalRunEnd(e+1, limit)
		} else {
			break
		}
	}
	return e
}
