package extract

import "strings"

// "Tom Kane scored the winner. “I should have scored earlier,” the striker
// added." / "Carlos Ruiz joined from Valencia. “It’s a huge club,” the
// Spaniard said." / "..., said the 28-year-old.": sports and wire copy
// name a person, then go on with a description by position, nationality
// or age that the article nowhere gives as a title, often after a sentence
// that is no statement (so resolve_continued_role.go, which continues the
// statement before, does not apply). Such a nominal ("the N-year-old",
// "the Spaniard", "the striker", "the 28-year-old midfielder", "the
// seven-time world champion", "the mother of three") is the person named
// before it when nothing says otherwise:
//   - every person named from the start of the paragraph before up to the
//     nominal is that one person (two players named: no guess; a club
//     before a role, "Chelsea boss", is none), named with a known first
//     name, opening a sentence ("Bukayo Saka scored") or speaking in
//     between, and no other person spoke in between;
//   - no comma follows the nominal (an apposition names the person,
//     inverted_apposition.go) and it is not set against the statement
//     before ("But the striker said");
//   - the person's stated age is the nominal's, the gender agrees
//     ("the Frenchwoman"), the person's title names no other position or
//     office ("Rovers boss Gary Lane" is no striker), and no unnamed
//     holder of the description spoke before ("the striker said ... Kane
//     said ... the striker added") nor was described otherwise ("fouled by
//     a defender").
// "The N-year-old" of a person whose age is given goes to that person
// first (age_nominal.go). Refined pass only (names, not kinds). Session 22,
// hand-written probes.

// describedPerson resolves the descriptive nominal subject of a (see above).
// A name of two words or more counts as a person's when it opens its
// sentence or follows a role ("Chelsea boss Enzo Maresca ... the Italian
// said", session 23), whether or not its first name is a known one.
func (r *resolver) describedPerson(a *attribution) (Speaker, bool) {
	d := r.d
	s, e := a.subj.s, a.subj.e
	if d.word(s) != "the" || e-s < 2 || e-s > 4 || d.punct(e) == "," || d.punct(e) == "(" {
		return Speaker{}, false
	}
	head := d.word(e - 1)
	family := familyDescriptor(head) // "the mother-of-three"
	if e-s == 4 && d.word(s+2) == "of" && familyNouns.has(d.word(s+1)) && (isNumber(head) || numberWords.has(head)) {
		head, e, family = d.word(s+1), s+2, true // "the mother of three" (not "the mother": whose?)
	}
	age, isAge := ageNominal(head)
	for k := s + 1; k < e-1; k++ {
		// "the 28-year-old striker", "the seven-time world champion"
		w := d.word(k)
		if a2, ok := ageNominal(w); ok && !isAge {
			age, isAge = a2, true
			continue
		}
		if !describedModifiers.has(w) && !strings.HasSuffix(w, "-time") && !r.nationalModifier(k, head) {
			return Speaker{}, false
		}
	}
	demonym := personDemonyms.has(head)
	position := positionNouns.has(head) || family || head == nationalPlayerHead && e-s >= 3 && r.nationalModifier(e-2, head) // national_player.go
	if !demonym && !position && !(isAge && e-s == 2) {
		return Speaker{}, false
	}
	if contrastWords.has(d.word(s-1)) || d.punct(s-1) == "," && contrastWords.has(d.word(s-2)) {
		return Speaker{}, false
	}
	for _, o := range r.history {
		if o.subj.ok() && o.subj.s < s && o.speaker.Kind != SpeakerPerson && d.word(o.subj.s) == "the" && d.word(o.subj.e-1) == head {
			return Speaker{}, false // an unnamed striker spoke before
		}
	}
	para := d.toks[s].para
	from := d.paraS[max(para-1, 0)]
	for k := from; k < s; k++ {
		if d.word(k) == head && d.word(k-1) != "the" {
			return Speaker{}, false // "fouled by a defender. ... the defender said": that one
		}
	}
	var sp Speaker
	n, named := 0, false
	for _, run := range r.pronounPersons() {
		if run.s < from || run.s >= s || d.pluralNameRun(run) {
			continue
		}
		if run.e-run.s == 1 && (placePrepositions.has(d.word(run.s-1)) || clubPrepositions.has(d.word(run.s-1))) {
			continue // "joined from Valencia", "scored against Leeds": a place or a club
		}
		if d.afterRoleNoun(run.e + 1) {
			continue // "Chelsea boss Mauricio Pochettino": the club of a person
		}
		rs := r.runSpeaker(run)
		if n > 0 && rs.ID != sp.ID {
			return Speaker{}, false // two persons named: no guess
		}
		if n == 0 {
			sp = rs
		}
		if firstNameGender(d.word(run.s)) != genderUnknown || run.e-run.s >= 2 && (run.s == d.sents[d.sentOf[run.s]].s || d.afterRoleNoun(run.s)) {
			named = true // "Tom Kane", "Bukayo Saka scored" opening its sentence, "Chelsea boss Enzo Maresca"
		}
		n++
		if isAge {
			if given, ok := r.runAge(run); ok && given != age {
				return Speaker{}, false // "Kane, 31, ... the 28-year-old"
			}
		}
	}
	if n == 0 || !r.personSpeaker(sp) || len(sp.Members) > 1 {
		return Speaker{}, false
	}
	for _, o := range r.history {
		if o.subj.ok() && o.subj.s >= from && o.subj.s < s && o.speaker.Kind == SpeakerPerson {
			if o.speaker.ID != sp.ID {
				return Speaker{}, false // "Hayek said ...": a person the runs missed spoke between
			}
			named = true // the person spoke in between: a person's name
		}
	}
	if !named {
		return Speaker{}, false // "a HuffPost Live interview": no person's name
	}
	if !describedGender(head).agrees(nameGender(sp.Name, sp.Title)) {
		return Speaker{}, false
	}
	if position && r.otherPosition(sp, head) {
		return Speaker{}, false
	}
	return sp, true
}

// familyDescriptor reports "mother-of-three", "father-of-two".
func familyDescriptor(w string) bool {
	i := strings.Index(w, "-of-")
	return i > 0 && familyNouns.has(w[:i])
}

// describedModifiers may come before the described noun ("the reigning
// world champion", "the former striker").
var describedModifiers = set("world", "former", "reigning", "defending", "olympic", "young", "veteran",
	"teenage", "experienced", "new", "grieving", "heartbroken", "proud", "devastated", "retired")

// clubPrepositions put a club, a place or a medium after them ("on
// Instagram").
var clubPrepositions = set("to", "for", "against", "beat", "beating", "v", "vs", "joined", "with", "of", "on", "via")

// ageNominal reads "28-year-old" as its age.
func ageNominal(w string) (string, bool) {
	age, ok := strings.CutSuffix(w, "-year-old")
	return age, ok && isNumber(age)
}

// runAge is the age an article gives right after or before a person's run:
// "Kane, 31,", "31-year-old Kane".
func (r *resolver) runAge(run rng) (string, bool) {
	d := r.d
	if d.punct(run.e) == "," && isNumber(d.word(run.e+1)) && (d.punct(run.e+2) == "," || isTerminal(d.punct(run.e+2))) {
		return d.word(run.e + 1), true
	}
	return ageNominal(d.word(run.s - 1))
}

// otherPosition reports a title or role of the person (in the article or
// the alias table) that names another position or office than head:
// "Rovers boss Gary Lane" is no striker.
func (r *resolver) otherPosition(sp Speaker, head string) bool {
	other := func(title string) bool {
		for w := range strings.FieldsSeq(strings.ToLower(title)) {
			w = stripPossessive(w)
			if w != head && (positionNouns.has(w) || roleNouns.has(w) || w == "boss") {
				return true
			}
		}
		return false
	}
	if other(sp.Title) {
		return true
	}
	for _, rm := range r.roles {
		if (rm.name == sp.Name || r.id(rm.name) == sp.ID) && other(rm.title) {
			return true
		}
	}
	return false
}

// describedGender: the gender a demonym or a relation gives
// ("Frenchwoman", "the mother of three").
func describedGender(w string) gender {
	if i := strings.Index(w, "-of-"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "mother", "mum", "mom", "wife", "daughter", "sister", "grandmother", "widow", "aunt",
		"niece", "girlfriend", "actress", "stepmother", "granddaughter":
		return genderFemale
	case "father", "dad", "husband", "son", "brother", "grandfather", "widower", "uncle", "nephew",
		"boyfriend", "stepfather", "grandson":
		return genderMale
	}
	return roleGender(w) // "Frenchwoman", "chairman"
}

// personDemonyms name a person by nationality.
var personDemonyms = set("spaniard", "frenchman", "frenchwoman", "englishman", "englishwoman",
	"scot", "scotsman", "scotswoman", "welshman", "welshwoman", "irishman", "irishwoman", "dutchman",
	"dutchwoman", "briton", "german", "italian", "brazilian", "argentine", "argentinian",
	"portuguese", "australian", "canadian", "belgian", "croatian", "croat", "serbian", "serb",
	"swede", "dane", "norwegian", "finn", "pole", "russian", "ukrainian", "nigerian", "ghanaian",
	"senegalese", "egyptian", "moroccan", "algerian", "ivorian", "cameroonian", "mexican",
	"colombian", "uruguayan", "chilean", "peruvian", "venezuelan", "ecuadorian", "kiwi",
	"swiss", "austrian", "greek", "turk", "japanese", "korean", "chinese",
	"indian", "pakistani", "jamaican", "kenyan", "ethiopian", "american", "czech", "slovak",
	"slovenian", "hungarian", "romanian", "bulgarian", "icelander", "georgian", "israeli",
	"iranian", "zimbabwean")

// positionNouns name a sportsperson by position, discipline or standing.
var positionNouns = set("striker", "forward", "midfielder", "defender", "goalkeeper", "keeper",
	"winger", "full-back", "fullback", "centre-back", "center-back", "left-back", "right-back",
	"wing-back", "playmaker", "captain", "skipper", "batsman", "batter", "bowler", "spinner",
	"opener", "all-rounder", "pitcher", "quarterback", "linebacker", "sprinter", "swimmer",
	"cyclist", "jockey", "golfer", "boxer", "hurdler", "debutant", "fly-half", "scrum-half",
	"flanker", "wicketkeeper", "centre-half", "player", "champion",
	// and entertainers ("the singer wrote on Instagram")
	"star", "singer", "rapper", "actor", "actress", "musician", "comedian", "presenter")

// afterRoleNoun reports a lower-case role, position or local descriptor
// noun right before token k: "boss" of "Chelsea boss Enzo Maresca".
func (d *doc) afterRoleNoun(k int) bool {
	p := d.tokAt(k - 1)
	return p.kind == tWord && !p.upper && (roleNouns.has(p.lower) || positionNouns.has(p.lower) || localDescriptors.has(p.lower))
}
