package extract

import (
	"slices"
	"strings"
)

// "Marco Rubio says the race has three candidates. The Florida senator is
// predicting ...": news names a politician and then varies the name with
// the place and office. The alias table knows few such politicians and the
// article often gives the office nowhere else, so a definite "the (former)
// PLACE senator/governor/..." (also before "and" a second description)
// whose office nominalPerson found for no one goes to the first person
// named in its sentence before it or in the two sentences before, outside
// a prepositional phrase or a participle's object, when the article gives
// that person no other office ("Gov.", not a description such as "GOP
// candidate") nor another place for it ("of Iowa", "R-Fla." after any
// mention of the surname) and the gender agrees. Refined pass only.
// Measured on train by hand (preddiff against main): 21 nominals resolved,
// all right (Marco Rubio, Bernie Sanders, Ted Cruz, John Kasich, Chris
// Christie, Jeb Bush); two pronouns follow the new names, one right and one
// wrong (a "he" two paragraphs on now prefers the resolved statement, as
// the pronoun rules prefer statements to names).

// placeRoleHeads are offices that news qualifies with a place.
var placeRoleHeads = set("senator", "governor", "congressman", "congresswoman", "representative", "mayor")

// objectPrepositions put the person after them out of the subject.
var objectPrepositions = set("for", "with", "to", "of", "by", "against", "from", "about", "on", "at",
	"over", "than", "behind", "like", "as", "and", "between", "among", "toward", "towards", "under")

// descriptionRun: a capitalised run of party words and honorifics only
// ("Former Democratic"), no name.
func (r *resolver) descriptionRun(run rng) bool {
	for k := run.s; k < run.e; k++ {
		w := r.d.word(k)
		if !partyWords.has(w) && !honorifics[w] {
			return false
		}
	}
	return true
}

// verbForm: a lower-case word ending like a participle, whose object the
// name after it is ("After praising Dana Cole, ...").
func verbForm(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// placeRoleNominal reports "the (former) (party) PLACE (party) HEAD" ending
// the subject, with a capitalised place that names no country.
func (r *resolver) placeRoleNominal(subj rng, head string) bool {
	d := r.d
	if d.word(subj.s) != "the" || d.word(subj.e-1) != head || d.toks[subj.e-1].upper != partyHeads.has(head) {
		return false // the party heads are capitalised: "the Kentucky Republican" (resolve_party_place.go)
	}
	if !placeRoleHeads.has(head) && !partyHeads.has(head) {
		return false
	}
	place := false
	for k := subj.s + 1; k < subj.e-1; k++ {
		w := d.word(k)
		switch {
		case partyWords.has(w):
		case d.toks[k].upper && d.toks[k].kind == tWord:
			if r.al != nil && r.al.maybeCountry(w) {
				if ci, ok := r.al.countryOfTokens(d.toks[k : k+1]); ok && !r.cityWord(ci, w) {
					return false // "the Russian president": resolve_role_title.go; not "the Nairobi senator" (city_place_role.go)
				}
			}
			place = true
		default:
			return false
		}
	}
	return place
}

// placeRolePerson resolves a place-qualified office (see above).
func (r *resolver) placeRolePerson(subj rng, head string, content []rng) (Speaker, bool) {
	d := r.d
	if !r.placeRoleNominal(subj, head) {
		// "the Florida senator and Republican presidential candidate": the
		// office before the second description
		k := subj.s + 1
		for k < subj.e && d.word(k) != "and" {
			k++
		}
		if k >= subj.e-1 || !candidateHeads.has(d.word(subj.e-1)) && !titleRoleHeads.has(d.word(subj.e-1)) {
			return Speaker{}, false
		}
		for j := k + 1; j < subj.e; j++ {
			if t := d.tokAt(j); t.kind != tWord || t.upper && !partyWords.has(t.lower) {
				return Speaker{}, false
			}
		}
		if subj, head = (rng{subj.s, k}), d.word(k-1); !r.placeRoleNominal(subj, head) {
			return Speaker{}, false
		}
	}
	cur := d.sentOf[subj.s]
	persons := r.pronounPersons() // with the names opening a sentence: "Sanders' only path ..."
	for si := cur; si >= 0 && si >= cur-2; si-- {
		s := d.sents[si]
		if s.para < d.sents[cur].para-1 {
			break
		}
		i, _ := slices.BinarySearchFunc(persons, s.s, func(run rng, pos int) int { return run.s - pos })
		namedEnd := -1 // the end of a subject the content names
		for ; i < len(persons) && persons[i].s < min(s.e, subj.s); i++ {
			// "his support for Donald Trump, Marco Rubio still believes":
			// the person of a prepositional phrase is no subject
			if r.descriptionRun(persons[i]) {
				continue // "Former Democratic candidate Bernie Sanders"
			}
			if w := d.word(persons[i].e - 1); partyHeads.has(head) && stripPossessive(w) != w {
				continue // "Mr. Trump's opponents": a possessor is no subject (resolve_party_place.go)
			}
			w := d.word(persons[i].s - 1)
			if objectPrepositions.has(w) && !(w == "and" && persons[i].s-1 == namedEnd) || verbForm(w) {
				continue
			}
			if r.namedInContent(persons[i], content) {
				// "The Florida senator said Cruz was lying": not Cruz, but
				// the person joined to him ("Ted Cruz and Marco Rubio")
				// may be (resolve_content_name.go)
				if persons[i].s == s.s {
					namedEnd = persons[i].e // the sentence's subject
				}
				continue
			}
			return r.placeRoleFits(subj, head, persons[i])
		}
	}
	return Speaker{}, false
}

// placeRoleFits reports the person of run if nothing the article says of
// them contradicts the office.
func (r *resolver) placeRoleFits(subj rng, head string, run rng) (Speaker, bool) {
	sp := r.runSpeaker(run)
	if !r.personSpeaker(sp) || !wordGender(head).agrees(nameGender(sp.Name, sp.Title)) {
		return Speaker{}, false
	}
	if holdsOffice(sp.Title) && !r.officeFits(subj, head, sp, sp.Title) {
		return Speaker{}, false
	}
	// a title inside the run: "Iowa Sen. Laura Whitfield"
	d := r.d
	for k := run.e - 2; k >= run.s; k-- {
		if w := canonRole(d.word(k)); titleRoleHeads.has(w) {
			if !r.officeFits(subj, head, sp, r.textOf(rng{run.s, k + 1})) {
				return Speaker{}, false
			}
			break
		}
	}
	// a place after any mention of the surname: "Sen. Laura Whitfield of
	// Iowa", "Ted Cruz (R-Texas)", "Joni Ernst, R-Iowa"
	last := stripPossessive(d.word(run.e - 1))
	for _, other := range r.persons {
		if stripPossessive(d.word(other.e-1)) != last {
			continue
		}
		if place, ok := r.placeAfter(other); ok && !r.placeInNominal(subj, place) {
			return Speaker{}, false
		}
	}
	for _, rm := range r.roles {
		if rm.office || rm.name != sp.Name && r.id(rm.name) != sp.ID {
			continue
		}
		if holdsOffice(rm.title) && !r.officeFits(subj, head, sp, rm.title) {
			return Speaker{}, false
		}
	}
	return sp, true
}

// officeFits: a title the article or table gives holds the office, and its
// capitalised words, if any besides the office, the nominal's place.
func (r *resolver) officeFits(subj rng, head string, sp Speaker, title string) bool {
	if partyHeads.has(head) {
		// any office fits a party, but not another place ("Iowa Sen.")
		sp.Title, sp.Name = title, ""
		return r.modifiersFit(subj, head, sp) || !placeInTitle(title)
	}
	if !rolesMatch(title, head) {
		return false
	}
	sp.Title, sp.Name = title, ""
	return r.modifiersFit(subj, head, sp) || !placeInTitle(title)
}

// holdsOffice: a title naming an office ("Gov.", "former secretary of
// state"), not a description ("GOP presidential candidate", "rival").
func holdsOffice(title string) bool {
	var buf [48]byte
	for w := range strings.FieldsSeq(title) {
		if len(w) <= len(buf) && titleRoleHeads.has(canonRole(string(nameKeyOf(buf[:0], stripPossessive(w))))) {
			return true
		}
	}
	return false
}

// placeInTitle: a capitalised word of a title other than an office or
// party word ("Iowa Sen." but not "Sen." or "Republican Sen.").
func placeInTitle(title string) bool {
	var buf [48]byte
	for i := 0; i < len(title); {
		j := i
		for j < len(title) && title[j] != ' ' {
			j++
		}
		w := title[i:j]
		if w != "" && w[0] >= 'A' && w[0] <= 'Z' && len(w) <= len(buf) {
			k := string(nameKeyOf(buf[:0], stripPossessive(w)))
			if !partyWords.has(k) && !honorifics[k] && !roleNouns.has(k) && canonRole(k) == k && !titleRoleHeads.has(k) {
				return true
			}
		}
		i = j + 1
	}
	return false
}

// placeAfter returns the place a person's mention is given right after it:
// "of Iowa", a party tag's state ("R-Fla.").
func (r *resolver) placeAfter(run rng) (string, bool) {
	d := r.d
	if d.word(run.e) == "of" && d.tokAt(run.e+1).upper {
		return d.tokAt(run.e + 1).lower, true
	}
	if p := d.punct(run.e); p == "(" || p == "," {
		t := d.tokAt(run.e + 1)
		if t.kind == tWord && t.e-t.s > 2 {
			w := d.text[t.s:min(t.e+1, len(d.text))]
			if partyLabel(w) {
				_, st, _ := strings.Cut(w, "-")
				if st == "" {
					return "", false
				}
				return strings.ToLower(strings.TrimRight(st, ".,)")), true
			}
		}
	}
	return "", false
}

// placeInNominal reports whether a place ("iowa", an abbreviation "fla.")
// is one of the nominal's capitalised modifiers: the abbreviation's letters
// in order in the place's, from its first.
func (r *resolver) placeInNominal(subj rng, place string) bool {
	d := r.d
	place = strings.ReplaceAll(place, ".", "")
	for k := subj.s + 1; k < subj.e-1; k++ {
		if !d.toks[k].upper || partyWords.has(d.word(k)) {
			continue
		}
		// "New Jersey": the capitalised words together
		w := d.word(k)
		for j := k + 1; j < subj.e-1 && d.toks[j].upper && !partyWords.has(d.word(j)); j++ {
			w += d.word(j)
		}
		if abbreviates(place, w) {
			return true
		}
	}
	return false
}

// abbreviates: the letters of abbr appear in order in w, from its first.
func abbreviates(abbr, w string) bool {
	if abbr == "" || w == "" || abbr[0] != w[0] {
		return false
	}
	j := 0
	for i := 0; i < len(w) && j < len(abbr); i++ {
		if w[i] == abbr[j] {
			j++
		}
	}
	return j == len(abbr)
}
