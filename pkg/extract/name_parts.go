package extract

import "strings"

// Two ways news names a person again by part of the full name given
// before, besides the surname:
//   - British and Gulf styles: "Sir Keir Starmer ... Sir Keir", "Dame
//     Jacinda Ardern ... Dame Jacinda", "Sheikh Mohammed bin Rashid ...
//     Sheikh Mohammed": the title with the given name;
//   - a family name of two words: "Andres Manuel Lopez Obrador ... Lopez
//     Obrador" (the surname table is keyed by the last word).
// Refined pass only. Session 21, hand-written probes.

// givenNameTitles go before a given name, not a family name.
var givenNameTitles = set("sir", "dame", "sheikh", "sheikha")

// personByGivenName returns the full name of the nearest person named
// before pos whose given name is the one word of core, which follows a
// title of givenNameTitles; ok is false when there is none.
func (r *resolver) personByGivenName(core rng, pos int) (string, bool) {
	d := r.d
	plain := core.e-core.s == 1 && !givenNameTitles.has(strings.TrimSuffix(d.word(core.s-1), "."))
	if core.e-core.s != 1 || plain && !r.givenNameAfterHonorific(core) {
		return "", false
	}
	given := stripPossessive(d.word(core.s))
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.s >= pos {
			continue
		}
		c := d.stripRoles(run)
		if t := d.afterRoleWord(c); t.s > c.s && t.e-t.s >= 2 {
			c = t // "Britain's Prime Minister Keir Starmer": the name after its office
		}
		if plain && !d.twoWordForeignName(c) {
			continue // "Ms Paetongtarn" (honorific_given_name.go)
		}
		if c.e-c.s >= 2 && d.word(c.s) == given {
			return stripPossessive(r.textOf(c)), true
		}
	}
	return "", false
}

// longerSurnameName returns the full name the article gave before for a
// two-word name that ends it ("Lopez Obrador" of "Andres Manuel Lopez
// Obrador"), or two words joined by a particle ("Rebelo de Sousa" of
// "Marcelo Rebelo de Sousa", session 26), whose first word is no given
// name; ok is false otherwise.
func (r *resolver) longerSurnameName(core rng) (string, bool) {
	d := r.d
	if core.e-core.s != 2 && (core.e-core.s != 3 || !nameParticles.has(d.word(core.s+1))) || firstNameGender(d.word(core.s)) != genderUnknown {
		return "", false // "Susan Bucher" is a full name already
	}
	f, ok := r.fullName[stripPossessive(d.word(core.e-1))]
	n := stripPossessive(r.textOf(core))
	if !ok || len(f) <= len(n)+1 || !strings.HasSuffix(f, n) || f[len(f)-len(n)-1] != ' ' {
		return "", false
	}
	var buf [32]byte
	for w := range strings.FieldsSeq(f[:len(f)-len(n)]) {
		if len(w) <= len(buf) && (descriptorWords.has(string(nameKeyOf(buf[:0], w))) || researchRoles.has(string(nameKeyOf(buf[:0], w)))) { // research_role_name.go
			return "", false // "McCain Challenger Kelli Ward" of a headline (titles go later, bareName)
		}
	}
	return f, true
}

// A pope or a royal is named by the title and one name ("Pope Francis",
// "King Charles", "Prince Harry"): without the title the name is any
// Francis or Harry, so the speaker keeps it, and a later lone "Harry" is
// that person.
var regnalTitles = set("pope", "king", "queen", "prince", "princess")

// regnalName returns the title and name of a one-word core after a
// regnal title, or of a one-word core the article gave so before pos; ok
// is false otherwise.
func (r *resolver) regnalName(core rng, pos int) (string, bool) {
	d := r.d
	if core.e-core.s != 1 {
		return "", false
	}
	if regnalTitles.has(d.word(core.s - 1)) {
		return stripPossessive(r.textOf(rng{core.s - 1, core.e})), true
	}
	if !r.hasNamePart(true) {
		return "", false
	}
	w := stripPossessive(d.word(core.s))
	for i := len(r.persons) - 1; i >= 0; i-- {
		run := r.persons[i]
		if run.s >= pos {
			continue
		}
		// stripRoles keeps a run's end: a one-word core is its last word,
		// so the cheap test of that word goes first
		if stripPossessive(d.word(run.e-1)) != w || !regnalTitles.has(d.word(run.e-2)) {
			continue
		}
		if c := d.stripRoles(run); c.e-c.s == 1 && stripPossessive(d.word(c.s)) == w && regnalTitles.has(d.word(c.s-1)) {
			return stripPossessive(r.textOf(rng{c.s - 1, c.e})), true
		}
	}
	return "", false
}

// Arabic family names keep their article in the full name but often not
// later: "Bashar al-Assad ... Assad", "Abdel Fattah al-Sisi ... Sisi".
var surnameArticles = [...]string{"al-", "el-"} // each of three bytes (articleSurnameName)

// articleSurnameName returns the full name the article gave for a lone
// family name written without its article, or with it ("al-Assad said",
// session 26): the capitalised words before the first "al-Assad" and that
// word; ok is false otherwise. The words
// may open a sentence ("Bashar al-Assad said"), which makes no person run.
func (r *resolver) articleSurnameName(core rng) (string, bool) {
	d := r.d
	if core.e-core.s != 1 {
		return "", false
	}
	w := stripPossessive(d.word(core.s))
	if len(w) < 3 || !r.hasNamePart(false) {
		return "", false
	}
	withArticle := articleSurname(w) // "al-Assad said", "Mr. el-Sisi": the family name with its article
	for k := 1; k < len(d.toks); k++ {
		t := d.toks[k]
		if t.kind != tWord || t.upper || k == core.s {
			continue
		}
		if x := stripPossessive(t.lower); !articleSurname(x) || x[3:] != w && (x != w || !withArticle) {
			continue
		}
		b := k
		for b > 0 && d.toks[b-1].kind == tWord && d.toks[b-1].upper && d.toks[b-1].para == t.para {
			b--
		}
		if b == k {
			continue
		}
		run := d.stripRoles(rng{b, k})
		if n := d.afterRoleWord(rng{b, k}); n.s > run.s && n.s < k {
			run = n // "Syrian President Bashar": the name after its office
		}
		return stripPossessive(d.text[d.toks[run.s].s:t.e]), true
	}
	return "", false
}

// hasNamePart reports whether the article has a regnal title in a
// capitalised run (regnal) or a word with a surname article after one
// ("Bashar al-Assad"), as scanNames found: most articles have neither, and
// the lookups above walk the article's persons.
func (r *resolver) hasNamePart(regnal bool) bool {
	if regnal {
		return r.hasRegnal
	}
	return r.hasArticleSurname
}

// articleSurname reports a family name with its article ("al-assad"):
// a name, though written in lower case.
func articleSurname(w string) bool {
	for _, a := range surnameArticles {
		if len(w) > len(a)+2 && strings.HasPrefix(w, a) {
			return true
		}
	}
	return false
}

// A sentence-initial lone name is read as a nominal (resolver.antecedent),
// which took the earlier capitalised run holding the word up to that word:
// "Taiwan President Lai Ching-te ... Lai said" gave "Taiwan President
// Lai", "Mayor Bob Yong ... Bob said" gave "Mayor Bob". When the word is
// the first or a middle word of a person's name of two or three words (a
// family name written first, a given name), the speaker is that name.
// Session 22, hand-written probes; refined pass only.

// personNameHolding returns the person's name of the capitalised run run,
// after its place and office, when word k is in it but is not its last
// word; ok is false otherwise.
func (r *resolver) personNameHolding(run rng, k int) (rng, bool) {
	d := r.d
	c := d.stripRoles(run)
	if t := d.afterRoleWord(c); t.s > c.s {
		c = t
	}
	if n := c.e - c.s; n < 2 || n > 3 || k < c.s || k >= c.e-1 || !r.looksPerson(c) {
		return noRange, false
	}
	return c, true
}
