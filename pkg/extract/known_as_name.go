package extract

// "Crown Prince Mohammed bin Salman, known as MBS, said ... MBS added":
// international news introduces the short name or initials a person goes
// by after the full name ("known as", "widely known as", "(known as
// AMLO)"), then uses it alone; it ends no full name, so the speaker was
// "MBS". A lone capitalised name that no earlier full name ends with is
// the person named right before such an introduction of it. Session 21,
// hand-written probes; refined pass only; train and dev: no name changes.

// knownAsAdverbs may come before "known as".
var knownAsAdverbs = set("widely", "popularly", "commonly", "better", "also", "universally")

// knownAsName returns the full name of the person named before pos who is
// introduced as w ("mbs").
func (r *resolver) knownAsName(w string, pos int) (string, bool) {
	d := r.d
	for _, run := range r.persons {
		if run.s >= pos {
			break
		}
		k := run.e
		if p := d.punct(k); p != "," && p != "(" {
			continue
		}
		k++
		if knownAsAdverbs.has(d.word(k)) {
			k++
		}
		if d.word(k) != "known" || d.word(k+1) != "as" || k+2 >= pos || stripPossessive(d.word(k+2)) != w || !d.tokAt(k+2).upper {
			continue
		}
		if t := d.tokAt(k + 3); t.kind == tWord && t.upper {
			continue // "known as Prince Mohammed": a name of more words
		}
		core := d.stripRoles(run)
		if t := d.afterRoleWord(core); t != core && t.e-t.s >= 2 && r.looksPerson(t) {
			core = t // "Crown Prince Mohammed bin Salman": the name after its office
		}
		if core.e-core.s < 2 {
			continue
		}
		return stripPossessive(r.textOf(core)), true
	}
	return "", false
}
