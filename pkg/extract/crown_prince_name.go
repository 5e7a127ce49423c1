package extract

// "Saudi Crown Prince Mohammed bin Salman ... The crown prince said": the
// office after a country's adjective stayed in the name the role rules
// record ("Crown Prince Mohammed bin Salman", titled "Saudi"), so "the
// crown prince" found no one named with that title and became a speaker
// of its own ("Saudi Crown Prince"). Without the adjective ("Crown Prince
// Mohammed bin Salman") the office was already the title. The name is the
// words after a role word or honorific when two or more remain; a regnal
// title keeps its name ("Prince Harry", "King Charles III"), unless a
// "crown" goes before it: a crown prince is named by his full name.
// Inference only (the roles read by the title rules in training stay as
// they were). Session 26, hand-written probes.

// crownPrinceName returns the person's name inside name, a role run's
// name after its place or country, without the office words it still
// holds; name itself when it holds none.
func (r *resolver) crownPrinceName(name rng) rng {
	d := r.d
	if d.training {
		return name
	}
	t := d.afterRoleWord(name)
	if t.s <= name.s || t.e-t.s < 2 {
		return name
	}
	if regnalTitles.has(d.word(t.s-1)) && (t.s-2 < name.s || d.word(t.s-2) != "crown") {
		return name // "British Prince Harry Windsor", "King Charles III"
	}
	return t
}
