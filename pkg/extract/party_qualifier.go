package extract

// "The opposition Democratic Party said", "the ruling Justice and
// Development Party said": a lower-case word that places a party in
// power or out of it is no part of its name, which was "opposition
// Democratic Party". Refined pass; names only. Session 27, hand-written
// long article.

var partyQualifiers = set("opposition", "ruling", "governing")

// withoutPartyQualifier drops such a word opening name before a
// capitalised word.
func (d *doc) withoutPartyQualifier(name rng) rng {
	if name.e-name.s >= 2 && partyQualifiers.has(d.word(name.s)) && !d.tokAt(name.s).upper && d.tokAt(name.s+1).upper {
		name.s++
	}
	return name
}
