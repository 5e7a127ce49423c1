package extract

// "Von der Leyen: Europe must rearm", "EU's von der Leyen: ...": a
// headline's speaker before a colon may hold the lower-case particles of a
// family name, and headlineColonFrame took any lower-case word for the end
// of a title: the headline lost its statement. headlineNameParticle
// reports a name particle at c (data of resolve_person.go nameParticles:
// "von", "der", "de", "al", ...) after a capitalised word or another
// particle and before a capitalised word or another particle. Inference
// only: the candidates train as before; train predictions: see the commit
// message. Session 21, hand-written probes.
func (d *doc) headlineNameParticle(start, c int) bool {
	if d.training || c <= start || !nameParticles.has(d.word(c)) {
		return false
	}
	p, n := d.tokAt(c-1), d.tokAt(c+1)
	return p.kind == tWord && (p.upper || nameParticles.has(p.lower)) && n.kind == tWord && (n.upper || nameParticles.has(n.lower))
}
