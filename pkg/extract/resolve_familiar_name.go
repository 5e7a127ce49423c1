package extract

// "Luiz Inacio Lula da Silva ... Lula said": a Portuguese or Spanish name
// is often shortened to the word before its particles, not to its last
// word, which is all that fullName keys. A lone capitalised name that no
// earlier full name ends with is the person named before whose name has
// that word right before its particles ("da Silva"). Session 21,
// hand-written probes; refined pass only.

// nameBeforeParticles returns the full name of a person named before pos
// whose word before the name particles is w ("lula").
func (r *resolver) nameBeforeParticles(w string, pos int) (string, bool) {
	d := r.d
	for _, run := range r.persons {
		if run.s >= pos {
			break
		}
		core := d.stripRoles(run)
		for k := core.s + 1; k < core.e-1; k++ {
			if d.particlesEnd(k+1) > k+1 && stripPossessive(d.word(k)) == w && d.toks[k].upper {
				return stripPossessive(r.textOf(core)), true
			}
		}
	}
	return "", false
}
