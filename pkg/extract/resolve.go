package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// resolver turns speaker mentions into canonical speakers using the alias
// table, earlier names in the article and the statements before.
type resolver struct {
	d *doc
	// scratch holds lowerScratch's word (name_scratch.go)
	scratch [64]byte
	al      *Aliases
	// fullName maps a lower-case surname to the first full name the article
	// gives for it ("price" -> "Ned Price").
	fullName map[string]string
	persons  []rng // capitalised runs that look like person names, in order
	// initialNames: one-word runs opening a sentence ("Trump has a lead"),
	// left out of persons; pronounRuns: persons with those of them that
	// are names, for the refined pass's pronouns (made on first use)
	initialNames, pronounRuns []rng
	// plainPersons: the person runs as the accept model's training saw
	// them, without joining name particles or cutting after a role word,
	// for the plain pass's pronouns (the model's speaker kinds)
	plainPersons    []rng
	pronounRunsMade bool
	// whether the article has a regnal title or an article surname at
	// all (name_parts.go), found by scanNames
	hasRegnal, hasArticleSurname bool
	// accentedKeys: fullName's keys that are not plain ASCII, made on
	// first use by foldedFullName (accent_surname.go)
	accentedKeys     []string
	accentedKeysMade bool
	runs             []rng // all capitalised runs
	// countries: token index -> country index, for country mentions
	ctryAt  []ctryMention
	history []*attribution
	// historyBySubj: the latest statement of history by its subject
	// without determiners (historyOf), kept with history
	historyBySubj map[rng]*attribution
	// properNouns: properNounElsewhere's index of a long article, built
	// on its first call (proper_noun_index.go)
	properNouns map[string][]int
	// textWords: the words properNounWalk reads, once textWordsMade
	textWords     []runWord
	textWordsMade bool
	// acronyms: the full names found for the acronyms of speakers ("" for
	// none), made on first use (acronym_name.go)
	acronyms map[string]string
	// orgFullNames: the article's full names found for short organisation
	// names ("" for none), org_full_name.go
	orgFullNames map[string]orgFullNameAt
	// lowerWordsMade: docBuffers.lowerWords holds this document's words
	// written in lower case (common_noun_name.go)
	lowerWordsMade bool
	lowerWordWalks int // the walks lowerWordOccurs made before the set
	// lowerBitsMade: docBuffers.lowerBits holds the hashes of this
	// document's lower-case words (lowerWordOccurs)
	lowerBitsMade bool
	// companyThe: the "the" of every "the company" (calledBodyAfter's
	// words), in text order, once companyTheFound
	companyThe      []int
	companyTheFound bool
	// bodyRuns: the indexes of the runs that can show a body (bodyEvidence),
	// once bodyRunsFound
	bodyRuns      []int
	bodyRunsFound bool
	// firmStarts, firmEnds: where a firm's name may open or end by its
	// context (firm_name.go), once firmSpotsMade
	firmStarts, firmEnds []int
	firmSpotsMade        bool
	// ownItHistory: the statements of history that ownItStatement holds
	// for ("Apex said it condemns"), kept with history (addHistory)
	ownItHistory []*attribution
	// lastSent: the latest sentence of a statement in history, -1 with
	// none (statementIn, newSubjectPerson: a walk of the history for each
	// pronoun made an article of many pronoun statements quadratic)
	lastSent int
	roles    []roleMention
	// refined: the person and gender checks of resolve_person.go are on
	refined bool
	// redo: the last resolve read earlier statements' speakers or may
	// differ in the refined pass
	redo bool
	// joining: jointSpeaker is resolving the names of a joint subject, each
	// on its own (no joint subject again)
	joining bool
	depth   int // of resolve's calls of itself
}

// maxResolveDepth bounds resolve's recursion (the deepest the rules go is
// a joint subject's relative antecedent's parent: four).
const maxResolveDepth = 16

// roleMention is a person introduced with a role: "the spokesman of X, Ned
// Price", "Janet Brooks, the mayor", "spokesman Ned Price".
type roleMention struct {
	pos         int
	name, title string
	// office: an organisation's office before the name ("NATO
	// Secretary-General Mark Rutte"), read only by the role titles
	// (resolve_role_title.go): "the president" is no World Bank president
	office bool
	// titleKey: strings.Fields(Aliases.key(title)) once keyed, made on
	// first use by roleTitleCandidates (read only)
	titleKey []string
	keyed    bool
}

type ctryMention struct{ s, e, country int }

func newResolver(d *doc, al *Aliases) *resolver {
	if d.bufs.fullName == nil {
		d.bufs.fullName = map[string]string{}
	}
	r := &d.bufs.resolver
	*r = resolver{d: d, al: al, fullName: d.bufs.fullName, ctryAt: d.bufs.ctryAt[:0],
		history: d.bufs.history[:0], roles: d.bufs.roles[:0], ownItHistory: d.bufs.ownItHistory[:0], lastSent: -1}
	if d.bufs.historyBySubj == nil {
		d.bufs.historyBySubj = map[rng]*attribution{}
	}
	r.historyBySubj = d.bufs.historyBySubj
	clear(r.historyBySubj)
	r.scanNames()
	return r
}

// scanNames collects runs of capitalised words and country mentions.
func (r *resolver) scanNames() {
	d := r.d
	// about one capitalised run in eight tokens, a person in four runs
	r.runs, r.persons = d.bufs.runs[:0], d.bufs.persons[:0]
	if cap(r.runs) < len(d.toks)/8+4 {
		r.runs = make([]rng, 0, len(d.toks)/8+4)
	}
	if cap(r.persons) < len(d.toks)/32+4 {
		r.persons = make([]rng, 0, len(d.toks)/32+4)
	}
	r.initialNames, r.plainPersons = d.bufs.initialNames[:0], d.bufs.plainPersons[:0]
	defer func() {
		d.bufs.runs, d.bufs.persons, d.bufs.ctryAt, d.bufs.initialNames = r.runs, r.persons, r.ctryAt, r.initialNames
		d.bufs.plainPersons = r.plainPersons
	}()
	for i := 0; i < len(d.toks); {
		// most tokens are no capitalised word: skipped in a loop without calls
		for toks := d.toks; i < len(toks) && (toks[i].kind != tWord || !toks[i].upper); i++ {
		}
		if i >= len(d.toks) {
			break
		}
		j := i
		for j < len(d.toks) && d.toks[j].kind == tWord && d.toks[j].upper && d.toks[j].para == d.toks[i].para {
			if w := d.toks[j].lower; (w[0] == 'p' || w[0] == 'k' || w[0] == 'q') && regnalTitles.has(w) {
				r.hasRegnal = true // name_parts.go
			}
			j++
			if k := d.particlesEnd(j); k > j {
				j = k // "Ursula von der Leyen": one name
			}
		}
		if d.word(j) == "the" {
			j = d.epithetEnd(j) // "Andre the Giant": one name (stage_name.go)
		}
		if t := d.tokAt(j); t.kind == tWord && !t.upper && articleSurname(stripPossessive(t.lower)) {
			r.hasArticleSurname = true // "Bashar al-Assad" (name_parts.go)
		}
		run := rng{i, j}
		// drop a sentence-initial discourse word or determiner, or a verb
		// or adjective form capitalised by its place ("Understated Perez
		// raises ...", "Entrusting Donald Trump with ...": initial_verb_form.go)
		for run.ok() && run.s == d.sents[d.sentOf[run.s]].s && (discourse.has(d.word(run.s)) || determiners.has(d.word(run.s)) || run.e-run.s >= 2 && d.initialVerbForm(run.s, run.e)) {
			run.s++
		}
		for run.e-run.s >= 2 && d.timeOpening(run.s) {
			run.s++ // "On Monday NASA said" (time_opening.go)
		}
		if run.ok() {
			person, known := r.plainPersonsIn(run) // looksPerson(run), of the run as it ends up
			if !known {
				person = r.looksPerson(run)
			}
			r.runs = append(r.runs, run)
			r.countriesIn(run)
			office := noRange
			if !person {
				t := d.afterRoleWord(run) // "European Commission President Ursula von der Leyen"
				if t != run {
					if t.e-t.s >= 2 {
						office = rng{run.s, t.s}
					}
					person = r.looksPerson(t)
				} else if t = r.memberTitleOpening(run); t != run {
					// "Council Member Paul Greer" (member_title_opening.go)
					office, person = rng{run.s, t.s}, true
				}
				run = t
			}
			initial := run.e-run.s == 1 && run.s == d.sents[d.sentOf[run.s]].s
			if initial && !d.inQuote(run.s) && !subjPronouns.has(d.word(run.s)) {
				r.initialNames = append(r.initialNames, run)
			}
			if d.headlineRun(run) {
				r.headlinePersons(run)
			} else if person && !d.inQuote(run.s) && !initial && !subjPronouns.has(d.word(run.s)) {
				n := len(r.roles)
				r.addPerson(run)
				if office.ok() && len(r.roles) == n {
					// "NATO Secretary-General Mark Rutte": the office is the
					// person's role, which "the NATO chief" reads
					// (resolve_role_title.go)
					r.roles = append(r.roles, roleMention{pos: office.s, name: stripPossessive(r.textOf(run)), title: r.textOf(office), office: true})
				}
			}
		}
		if run.ok() && d.isQuote(j) {
			r.nicknameFullName(run, j) // "Dwayne “The Rock” Johnson" (nickname.go)
		}
		i = j
	}
}

// addPerson records a person run: its role, and its full name by surname.
func (r *resolver) addPerson(run rng) {
	d := r.d
	r.persons = append(r.persons, run)
	name := d.stripRoles(run)
	if w := d.word(run.s - 1); (w == "of" || w == "for") && name.s == run.s {
		if t := d.officeHolder(rng{run.s - 1, run.e}); t.ok() && t.s > name.s {
			// "Director of National Intelligence James Clapper", "Minister
			// for Health Stephen Donnelly": the run holds the office's
			// domain before the name, which a later "Mr. Clapper" is
			name = t
		}
	}
	if t := d.descriptorOpening(name); t != name && !d.training {
		name = t // "Chipmaker Nvidia", "Grandmother-of-five Jean Hill" (descriptor_opening.go)
	}
	if t := r.performerOpening(name); t != name && !d.training {
		name = t // "Rapper Drake", "Singer Taylor Swift" (performer_opening.go)
	}
	if n := r.ownerPossessiveName(name); n.ok() {
		name = n // "UK's Starmer": "Starmer" is no full name (resolve_owner_possessive.go)
	}
	if ti := r.roleOf(run, name); ti != "" && name.e-name.s >= 2 {
		rn := name
		if t := r.crownPrinceName(name); t != name {
			ti, rn = ti+" "+r.textOf(rng{name.s, t.s}), t // "Saudi Crown Prince Mohammed bin Salman" (crown_prince_name.go)
		}
		r.roles = append(r.roles, roleMention{pos: run.s, name: stripPossessive(r.textOf(rn)), title: ti})
	} else if t := d.afterRoleWord(name); name.s == run.s && t.s > name.s && t.e-t.s >= 2 && r.looksPerson(t) {
		// "NATO Secretary-General Mark Rutte", "Tesla Chief Executive Elon
		// Musk": an organisation's office before the name is the person's
		// role, which "the NATO chief" reads (resolve_role_title.go)
		r.roles = append(r.roles, roleMention{pos: run.s, name: stripPossessive(r.textOf(t)), title: r.textOf(rng{name.s, t.s}), office: true})
	} else if k := run.s - 1; name.e-name.s >= 2 && (d.word(k) == "boss" || d.word(k) == "chief") && !d.tokAt(k).upper && d.tokAt(k-1).upper {
		// British business style: "Tesco boss Ken Murphy"
		r.roles = append(r.roles, roleMention{pos: k - 1, name: stripPossessive(r.textOf(name)), title: r.textOf(rng{k - 1, k + 1}), office: true})
	}
	sf := name
	if t := d.afterRoleWord(name); t.e-t.s == 3 && d.koreanThreePart(t) {
		sf = t // "North Korean leader Kim Jong Un" (korean_name.go)
	} else if t.s > name.s && t.e-t.s == 2 {
		// "Taiwan President Lai Ching-te": a place before the office,
		// which stripRoles keeps, is no part of the name either (session
		// 22 probes: the lone "Lai" was "Taiwan President Lai")
		sf = t
	}
	if n := sf.e - sf.s; n == 2 || n == 3 && (strings.Contains(d.word(sf.e-1), "-") || d.koreanThreePart(sf)) {
		// "Xi Jinping", "Ban Ki-moon", "Kim Jong Un": also by the family
		// name first
		if first := d.word(sf.s); surnameFirst.has(first) || sf.e-sf.s == 3 && d.koreanThreePart(sf) {
			k := surnameFirstKey + first
			if _, seen := r.fullName[k]; !seen {
				r.fullName[k] = stripPossessive(d.text[d.toks[sf.s].s:d.tokAt(sf.e-1).e])
			}
		}
	}
	if n := sf.e - sf.s; (n == 2 || n == 3) && hyphenatedGivenName(d.text[d.toks[sf.e-1].s:d.toks[sf.e-1].e]) {
		// "Lee Jae-myung", "John Lee Ka-chiu": the word before a Korean or
		// Cantonese given name of two syllables is the family name, listed
		// or not ("Lee" is an English given name too; session 22 probes)
		k := surnameFirstKey + stripPossessive(d.word(sf.e-2))
		if _, seen := r.fullName[k]; !seen {
			r.fullName[k] = stripPossessive(d.text[d.toks[sf.s].s:d.tokAt(sf.e-1).e])
		}
	}
	if name.e-name.s >= 2 {
		last := stripPossessive(d.word(name.e - 1))
		if _, seen := r.fullName[last]; !seen {
			r.fullName[last] = stripPossessive(d.text[d.toks[name.s].s:d.tokAt(name.e-1).e])
		}
		if name.e-name.s >= 3 && generationalSuffixes.has(strings.TrimSuffix(last, ".")) {
			// "Ferdinand Marcos Jr. ... Mr Marcos", "James B. Comey Jr. ...
			// Mr. Comey": the family name is the word before the suffix
			// (canonical_person.go). Session 22 probes; on train's design
			// docs 40 speakers of 6 documents change, all right ("Bozell"
			// -> "Brent Bozell III", "Admiral Harris" -> "Harry Harris Jr.")
			fam := stripPossessive(d.word(name.e - 2))
			if _, seen := r.fullName[fam]; !seen && d.tokAt(name.e-2).upper {
				r.fullName[fam] = r.fullName[last]
			}
		}
	}
}

// roleOf returns the role given to the person run next to it, if any.
func (r *resolver) roleOf(run, name rng) string {
	d := r.d
	hasRole := func(x rng) bool {
		for k := x.s; k < x.e; k++ {
			if roleNouns.has(d.word(k)) {
				return true
			}
		}
		return false
	}
	if name.s > run.s {
		return r.textOf(rng{run.s, name.s})
	}
	if k := run.s - 1; k >= 0 && roleNouns.has(d.word(k)) && !d.toks[k].upper {
		if np := d.npBack(k, d.sents[d.sentOf[k]].s); np.ok() {
			return r.textOf(d.trimDet(np))
		}
	}
	if d.punct(run.s-1) == "," {
		if np := d.npBack(run.s-2, d.sents[d.sentOf[run.s]].s); np.ok() && hasRole(np) {
			return r.textOf(d.trimDet(np))
		}
	}
	if d.punct(run.e) == "," {
		if np := d.npFwd(run.e+1, len(d.toks)); np.ok() && hasRole(np) {
			return r.textOf(d.trimDet(np))
		}
	}
	return ""
}

func (r *resolver) countriesIn(run rng) {
	if r.al == nil || r.al.maxCtryLen == 0 {
		return
	}
	d := r.d
	for i := run.s; i < run.e; i++ {
		m := r.al.countryRunLen(d.word(i))
		if m == 0 {
			continue
		}
		for n := min(m, run.e-i); n >= 1; n-- {
			if ci, ok := r.al.countryOfTokens(d.toks[i : i+n]); ok {
				r.ctryAt = append(r.ctryAt, ctryMention{i, i + n, ci})
				i += n - 1
				break
			}
		}
	}
}

// plainPersonsIn appends to plainPersons the person runs of the
// capitalised run, split at name particles as when the models were trained.
// It returns looksPerson(run), which scanNames asks next: known when the
// run has no particle, so that its one part is the run.
func (r *resolver) plainPersonsIn(run rng) (person, known bool) {
	d := r.d
	for s := run.s; s < run.e; {
		e := s
		for e < run.e && d.toks[e].upper {
			e++
		}
		part := rng{s, e}
		looks := part.ok() && r.looksPerson(part)
		if part == run {
			person, known = looks, true
		}
		if looks && !d.inQuote(part.s) &&
			!(part.e-part.s == 1 && part.s == d.sents[d.sentOf[part.s]].s) && !subjPronouns.has(d.word(part.s)) {
			r.plainPersons = append(r.plainPersons, part)
		}
		for s = e; s < run.e && !d.toks[s].upper; s++ {
		}
	}
	return person, known
}

// looksPerson: a capitalised run without organisation words or country names.
func (r *resolver) looksPerson(run rng) bool {
	d := r.d
	for k := run.s; k < run.e; k++ {
		w := stripPossessive(d.word(k))
		if orgWords.has(w) && !d.unNotUN(k) && !d.particleNotOrg(k) || k == run.s && npStop.has(w) && !d.functionWordName(run) {
			return false // not "Kim Jong Un" (korean_name.go), "Rhun ap Iorwerth"
		}
	}
	if run.e-run.s == 1 && r.al != nil && r.al.maybeCountry(d.word(run.s)) {
		if _, ok := r.al.countryOfTokens(d.toks[run.s : run.s+1]); ok {
			return false
		}
	}
	return true
}

// stripRoles drops leading role words and honorifics ("Secretary Blinken").
func (d *doc) stripRoles(run rng) rng {
	for run.e-run.s > 1 {
		w := strings.TrimSuffix(d.word(run.s), ".")
		if !honorifics[w] && !roleNouns.has(w) && !d.malayTitle(run.s) { // malay_title.go
			// a country word before a title and a name ("Russian
			// President Vladimir Putin"), not before a lone name, which
			// it is part of ("Philippine Star", "Georgia Smith"), but a
			// people's ("British Columbians": Columbians)
			if !demonymWord(w) || run.e-run.s == 2 && !pluralPeople(d.word(run.s+1)) || d.countryOrgName(run) {
				break
			}
		}
		run.s++
	}
	return run
}

// demonymWord reports a country adjective of the default table ("Russian
// President Vladimir Putin").
func demonymWord(w string) bool {
	al := DefaultAliases()
	if !al.maybeCountry(w) {
		return false
	}
	ci, ok := al.countryOf(w)
	return ok && isCountryNameOrDemonym(&al.countries[ci], []string{w})
}

func stripPossessive(s string) string {
	if s == "" {
		return s
	}
	switch {
	case s[len(s)-1] != 's' && s[len(s)-1] != '\'' && s[len(s)-1] != 0x99: // 0x99 ends "’"
		return s
	case strings.HasSuffix(s, "'s"):
		return s[:len(s)-len("'s")]
	case strings.HasSuffix(s, "’s"):
		return s[:len(s)-len("’s")]
	case strings.HasSuffix(s, "'"):
		return s[:len(s)-len("'")]
	case strings.HasSuffix(s, "’"):
		return s[:len(s)-len("’")]
	}
	return s
}

// namedOrg is the organisation named n: the alias table's, or one of this
// article.
func (r *resolver) namedOrg(n string) Speaker {
	if sp, ok := r.al.resolveShared(n); ok {
		return sp
	}
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
}

func (r *resolver) textOf(x rng) string {
	if !x.ok() {
		return ""
	}
	return r.d.text[r.d.toks[x.s].s:r.d.tokAt(x.e-1).e]
}

// anchorOf is where a statement stands for resolution order: its subject,
// else its cue, else its content.
func anchorOf(a *attribution) int {
	switch {
	case a.subj.ok():
		return a.subj.s
	case a.cue.ok():
		return a.cue.s
	}
	return a.content[0].s
}

// resolveAll sets the speaker of every attribution, in text order.
func (r *resolver) resolveAll(atts []*attribution) {
	order := append(r.d.bufs.order[:0], atts...)
	r.d.bufs.order = order
	slices.SortStableFunc(order, func(x, y *attribution) int { return anchorOf(x) - anchorOf(y) })
	// a plain pass gives the kinds the accept model was trained with, then
	// a refined one the speakers: a pronoun resolved to another person
	// changes what later nominals find in the history
	r.refined = false
	for _, a := range order {
		r.redo = false
		a.speaker = r.resolve(a)
		a.modelKind = a.speaker.Kind
		// the refined pass redoes only what may read the history or is a
		// role nominal
		a.reresolve = r.redo || a.partOf != nil || a.inherits != nil ||
			a.subj.ok() && r.d.word(a.subj.s) == "the"
		r.addHistory(a)
	}
	r.refined, r.history, r.ownItHistory, r.lastSent = true, r.history[:0], r.ownItHistory[:0], -1
	clear(r.historyBySubj)
	for _, a := range order {
		a.bodyFrom = ""
		if a.reresolve {
			a.speaker = r.resolve(a)
		}
		// "SANDERS:" (resolve_caps_label.go); "Acme expects ..., it said" (resolve_it_content.go)
		a.speaker = r.capsLabelSpeaker(a, r.finalSpeaker(r.itContentSpeaker(a, a.speaker)))
		a.speaker = r.readerName(a, a.speaker)
		r.addHistory(a)
	}
	r.d.bufs.history = r.history
}

// readerName corrects, in the refined pass, a resolved speaker's name where
// the rules that read the mention gave a place, a clause, a description or
// one of several spellings; each step's file says why.
func (r *resolver) readerName(a *attribution, sp Speaker) Speaker {
	sp = r.roleOfSpeaker(a, sp)       // "The governor of Texas said": not Texas (role_of_object.go)
	sp = r.headlineColonClause(a, sp) // "Carly Fiorina Endorses Ted Cruz: ..." (headline_colon_clause.go)
	sp = r.commonNounName(sp)         // "Mourners said", "a review of his work found" (common_noun_name.go)
	sp = r.orgWithoutArticle(sp)      // "The New York Times" = "New York Times" (org_article.go)
	sp = r.nameInDescription(sp)      // "Maricopa County Recorder Helen Purcell" (name_in_description.go)
	sp = r.possessiveRoleName(sp)     // "The study's lead author Maya Patel, a professor" (possessive_role_name.go)
	sp = r.wordShapeName(sp)          // "BuzzFeed", "the KGB": no surname (word_shape_name.go)
	sp = r.loneWordKind(a, sp)        // "According to Zillow": no person's evidence (lone_word_kind.go)
	sp = r.firmName(sp)               // "Goldman Sachs", "Procter & Gamble" (firm_name.go)
	sp = r.describedSurname(sp)       // "Donor Adelson": Sheldon Adelson (described_surname.go)
	sp = r.campaignFullName(sp)       // "the Clinton campaign": Hillary Clinton campaign (campaign_full_name.go)
	sp = r.jiSuffix(sp)               // "Modi ji said": Narendra Modi (ji_suffix.go)
	sp = r.particleSurname(sp)        // "De Blasio said": Bill de Blasio (particle_surname.go)
	sp = r.institutionName(a, sp)     // "The Metropolitan Museum of Art said" (institution_name.go)
	sp = r.theNameBody(a, sp)         // "The Hudson said": a body (the_name_body.go)
	sp = r.firmShortName(a, sp)       // "Orbex Dynamics ... Orbex said" (firm_short_name.go)
	sp = r.orgFullName(a, sp)         // "Brightwave Audio ... Brightwave said" (org_full_name.go)
	sp = r.personForm(sp)             // "Edward Rendell": Ed Rendell (person_forms.go)
	sp = r.demonymUnnamed(a, sp)      // "the Italian" taking up no person (demonym_nominal.go)
	sp = domainSpeaker(sp)            // "According to PowerOutage.us" (domain_source.go)
	sp = cipherSpeaker(sp)            // "Witness C": a protected witness (pseudonym_label.go)
	return anonymityClauseName(sp)    // "two people ... who spoke on condition of anonymity" (anonymity_clause.go)
}

// finalSpeaker gives a resolved speaker the name a reader expects: a
// person without the office or description before the name (kept as the
// title, bareName) and in PersonNameForm (canonicalPerson), a campaign in
// campaignName's form (the written one kept as an alias).
func (r *resolver) finalSpeaker(sp Speaker) Speaker {
	sp = r.acronymSpeaker(sp) // "the NTSB" after "the National Transportation Safety Board" (acronym_name.go)
	sp = r.firstNameOnly(sp)  // "Hillary said" (first_name_only.go)
	switch sp.Kind {
	case SpeakerPerson:
		if short := sportPositionName(bareName(sp.Name)); short != sp.Name {
			if sp.Title == "" {
				sp.Title = strings.TrimSpace(strings.TrimSuffix(sp.Name, short))
			}
			sp.ID, sp.Name = r.id(short), short
		}
		return r.canonicalPerson(sp)
	case SpeakerOrganization:
		if n := campaignName(sp.Name); n != sp.Name {
			sp.Aliases = append(slices.Clip(sp.Aliases), sp.Name)
			sp.ID, sp.Name = r.id(n), n
		} else if n := officeName(sp.Name); n != sp.Name {
			// "Benjamin Netanyahu's office" (office_name.go); no alias
			// with a possessive (TestCleanAliases)
			sp.ID, sp.Name = r.id(n), n
		}
	}
	if sp.Kind != SpeakerPerson {
		if n := documentName(sp.Name); n != sp.Name {
			// "poll released Monday" -> "poll" (resolve_document_name.go)
			sp.Aliases = append(slices.Clip(sp.Aliases), sp.Name)
			sp.ID, sp.Name = r.id(n), n
		}
	}
	return sp
}

// id returns SpeakerID(name). The resolver makes a speaker for every
// statement in each of its two passes, and the same names come back from
// article to article: the ids are kept with the document's buffers, which
// saved about a seventh of the extractor's allocations.
func (r *resolver) id(name string) string {
	ids := r.d.bufs.speakerIDs
	if id, ok := ids[name]; ok {
		return id
	}
	if ids == nil || len(ids) >= maxSpeakerIDs {
		ids = make(map[string]string, 256)
		r.d.bufs.speakerIDs = ids
	}
	id := SpeakerID(name)
	ids[strings.Clone(name)] = id // not a slice of the article, which the buffers outlive
	return id
}

// groupPronouns stand for people before a relative: "those who said".
var groupPronouns = set("those", "some", "many", "others", "few", "most", "all", "several")

// maxSpeakerIDs bounds the names whose ids the buffers keep.
const maxSpeakerIDs = 4096

// refinedOnly marks the statement being resolved for the refined pass and
// reports whether this is it: for a change of name or kind that the plain
// pass must not make, since its kinds are the ones the accept model was
// trained with.
func (r *resolver) refinedOnly() bool {
	r.redo = true
	return r.refined
}

func (r *resolver) resolve(a *attribution) Speaker {
	// resolve calls itself for a relative's antecedent, a joint subject's
	// names and a parent statement; a stack overflow is no panic that
	// Extract could recover, so the depth is bounded whatever the rules do
	if r.depth >= maxResolveDepth {
		return unknownSpeaker
	}
	r.depth++
	defer func() { r.depth-- }()
	d := r.d
	if owner := d.writerSubject(a); owner.ok() && r.refinedOnly() {
		b := *a // "His office put out a statement saying", "Trump at the time said" (speaker_subject.go)
		b.subj, b.partOf, b.inherits = owner, nil, nil
		b.name, b.title = d.splitName(d.withoutParenthesis(owner))
		sp := r.resolve(&b)
		a.bodyFrom = b.bodyFrom
		return sp
	}
	switch {
	case a.partOf != nil:
		return r.parentSpeaker(a.partOf)
	case a.inherits != nil:
		return r.parentSpeaker(a.inherits)
	case !a.subj.ok():
		return unknownSpeaker
	}
	if d.documentInPlace(a.subj) && r.refinedOnly() {
		n := strings.TrimSpace(r.textOf(d.trimDet(a.subj))) // "court records in New York" (document_in_place.go)
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
	}
	if place, org, agent := d.bodyPlace(a.subj); place.ok() {
		return r.bodyInPlaceSpeaker(a, place, org, agent) // "police in Houston", "the National Weather Service in Houston" (body_in_place.go)
	}
	if org := d.possessiveOrgName(a.subj); org.ok() && r.refinedOnly() {
		return r.namedOrg(r.textOf(org)) // "The Australian Workers' Union said" (possessive_org_name.go)
	}
	if poss := d.possessorBefore(a.subj); poss.ok() && r.refinedOnly() {
		b := *a // "The Philippines' foreign ministry said" (possessive_s.go)
		b.subj = rng{poss.s, a.subj.e}
		b.name, b.title = d.splitName(b.subj)
		sp := r.resolve(&b)
		a.bodyFrom = b.bodyFrom
		return sp
	}
	if name, title, ok := d.nameBeforeComma(a); ok && r.refinedOnly() {
		b := *a // "Sen. Ted Cruz, R-Texas, objected, saying" (name_before_comma.go)
		b.name, b.title = name, title
		sp := r.resolve(&b)
		a.bodyFrom = b.bodyFrom
		return sp
	}
	if sp, ok := r.countryPossessorName(a.subj); ok && r.refinedOnly() {
		return sp // "The Philippines' Department of Foreign Affairs said" (possessive_s.go)
	}
	if d.answerLabel(a) && r.refinedOnly() {
		if sp, ok := r.interviewee(a); ok {
			return sp // "A: ...", the person interviewed (resolve_interview.go)
		}
		return unknownSpeaker
	}
	if wa := d.orgBeforeAside(a); wa.ok() && r.refinedOnly() {
		b := *a // "The Maritime and Coastguard Agency, which inspects ..., said" (org_aside.go)
		b.subj = wa
		b.name, b.title = d.splitName(wa)
		sp := r.resolve(&b)
		a.bodyFrom = b.bodyFrom
		return sp
	}
	if (a.relative || a.subj.e-a.subj.s > 1) && relativeWords.has(d.word(a.subj.e-1)) {
		// "voters who say", "Lee, who said": the antecedent speaks
		if ante := d.relativeAntecedent(a.subj.e - 1); ante.ok() {
			if r.refinedOnly() {
				b := *a
				b.subj, b.relative = ante, false
				b.name, b.title = d.splitName(ante)
				sp := r.resolve(&b)
				a.bodyFrom = b.bodyFrom
				return sp
			}
		} else if r.refinedOnly() {
			// "those who said", "18% who say": the people the pronoun or
			// share stands for; else no name at all rather than "who"
			if w := d.word(a.subj.e - 2); groupPronouns.has(w) || isNumber(strings.TrimSuffix(w, "%")) && w != "" {
				return r.anonymous(r.textOf(rng{a.subj.e - 2, a.subj.e - 1}))
			}
			if a.subj.e-a.subj.s == 1 {
				return unknownSpeaker
			}
		}
	}
	if office, agent := r.officeBeforePlace(a.subj); office.ok() && r.refinedOnly() {
		return r.placedOfficeSpeaker(a.subj, office, agent) // "The US embassy in Kyiv said" (resolve_office_in_place.go)
	}
	if d.occupationGroup(a.subj) && r.refinedOnly() {
		return r.anonymous(r.textOf(d.trimDet(a.subj))) // "Forecasters at the Met Office" (occupation_plural.go)
	}
	if p := r.peopleInPlace(a.subj); p.ok() && r.refinedOnly() {
		return r.anonymous(r.textOf(p)) // "Residents in Gaza said" (resolve_office_in_place.go)
	}
	group := r.groupSubject(a) // once: read here and for a nominal below
	if group >= groupPartitive && group <= groupForceOf && r.refinedOnly() {
		return r.groupSpeaker(a, group) // "one of them", "analysts at Capital Economics" (resolve_group.go)
	}
	if lead := d.leadWithTeam(a.subj); lead.ok() && r.refinedOnly() {
		b := *a // "Ann Lee and her colleagues reported" (lead_with_team.go)
		b.subj = lead
		b.name, b.title = d.splitName(lead)
		return r.resolve(&b)
	}
	if !r.joining && (a.subj.e-a.subj.s >= 3 || d.word(a.subj.s-1) == "and") {
		if sp, ok := r.jointSpeaker(a); ok {
			return sp // "Ana Smith and Bob Jones said" (resolve_joint.go)
		}
	}
	if sp, ok := r.demonymNominal(a); ok && r.refinedOnly() {
		return sp // "Marchetti said ... the Italian said": Marchetti (demonym_nominal.go)
	}
	para := d.toks[a.subj.s].para
	if a.subj.e-a.subj.s == 1 && subjPronouns.has(d.word(a.subj.s)) {
		return r.pronoun(d.word(a.subj.s), a.subj.s, para)
	}
	if p, contracted := strings.CutSuffix(d.word(a.subj.s), "'s"); a.subj.e-a.subj.s == 1 && contracted && subjPronouns.has(p) && r.refinedOnly() {
		return r.pronoun(p, a.subj.s, para) // "he's said", "she's argued"
	}
	if p, ok := objectPronounSubject[d.word(a.subj.s)]; ok && a.subj.e-a.subj.s == 1 && r.refinedOnly() {
		return r.pronoun(p, a.subj.s, para) // "allowed him to reassure" (nonfinite_subject.go)
	}
	if p, ok := possessivePronoun[d.word(a.subj.s)]; ok && a.subj.e-a.subj.s == 1 && r.refinedOnly() {
		return r.pronoun(p, a.subj.s, para) // "“…” Those were his words" (linking_phrase.go)
	}
	if sp, ok := r.kinAppositionPerson(a); ok && r.refinedOnly() {
		return sp // "His wife, Kerry Doyle, ... his wife said" (kin_apposition.go)
	}
	if run := r.invertedAppositionName(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, d.trimDet(a.subj)) // "said the company's chief executive, John Ferriola" (inverted_apposition.go)
	}
	if run := r.nameBeforeApposition(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, d.appositionTitle(a.subj)) // "Jane Roe, chief executive of Acme, a Texas company, said" (name_before_apposition.go)
	}
	if sp, ok := r.generationNominal(a); ok && r.refinedOnly() {
		return sp // "the younger Patil": the Patil named last (generation_nominal.go)
	}
	if run := r.descriptionAppositionName(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, rng{a.name.s, a.name.e}) // "the study's lead author, Professor Jane Smith, said" (resolve_description_apposition.go)
	}
	if org := r.descriptionAppositionOrg(a); org.ok() && r.refinedOnly() {
		n := stripPossessive(r.textOf(org)) // "The singer's label, Acme Records, said" (description_apposition_org.go)
		if sp, ok := r.al.resolveShared(n); ok {
			return sp
		}
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization, Title: strings.TrimSpace(r.textOf(d.trimDet(rng{a.subj.s, org.s - 1})))}
	}
	if run, title := r.descriptionAppositionPerson(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, title) // "when the defendant's lawyer, Ann Lee, said" (description_apposition_person.go)
	}
	if run, title := r.agedAppositionName(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, title) // "The victim, 81-year-old Mary Hill, said" (resolve_names.go)
	}
	if p := d.wordsPossessor(a.subj); p.ok() && r.refinedOnly() {
		b := *a // "Lane's verdict was blunt: “…”": Lane (linking_phrase.go)
		b.subj = p
		b.name, b.title = d.splitName(p)
		return r.resolve(&b)
	}
	if run := r.realNameRun(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, d.trimDet(rng{a.subj.s, d.realNameTitleEnd(a.subj)})) // "The singer, real name Robyn Fenty, said" (resolve_real_name.go)
	}
	if run := r.titleAppositionName(a); run.ok() && r.refinedOnly() {
		return r.namedPerson(run, rng{a.name.s, a.name.e}) // "The UN Secretary-General, Antonio Guterres, said" (title_apposition.go)
	}
	if agent, principal := d.agentOfPerson(a); agent.ok() && r.refinedOnly() {
		if sp, ok := r.agentSpeaker(a, agent, principal); ok {
			return sp // "A spokesman for Orban said": not Orban (resolve_agent.go)
		}
	}
	if o, peer, ok := r.officeOfPlace(a.subj); ok && r.refinedOnly() {
		n := stripPossessive(r.textOf(o)) // "The Duke of Sussex" (office_of_place.go)
		if sp, ok := r.al.resolveShared(n); ok {
			return sp
		}
		if peer {
			return Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson}
		}
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
	}
	name := a.name
	if !name.ok() {
		name = a.subj
		if r.refinedOnly() {
			name = d.beforeParenthesis(name) // "Ortiz (D-Calif.)" (resolve_party_tag.go)
		}
	}
	name = d.trimDet(name)
	if r.refinedOnly() {
		name = d.withoutPartyQualifier(name) // "the opposition Democratic Party" (party_qualifier.go)
	}
	subj := d.trimDet(a.subj)
	if p := r.personWithBody(subj); p.ok() && r.refinedOnly() {
		return r.namedPerson(p, noRange) // "Sgt. Amy Cole with the Tulsa Police Department" (name_with_body.go)
	}
	if p := r.personOfOrg(subj, name); p.ok() && r.refinedOnly() {
		return r.namedPerson(p, d.trimDet(rng{subj.s, p.s})) // "Analyst Sophie Klein of Harbor Securities" (person_of_org.go)
	}
	if org := d.orgNameRun(subj, name); org.ok() && r.refinedOnly() {
		// "the Bank of Japan", "the Centers for Disease Control and
		// Prevention": the organisation, not "Japan" or "Prevention"
		return r.namedOrg(stripPossessive(r.textOf(org)))
	}
	ownerTitle := ""
	if n := r.ownerPossessiveName(subj); n.ok() && name.e == subj.e && name.s < n.s && r.refinedOnly() {
		ownerTitle, name = r.textOf(rng{subj.s, n.s}), n // "Russia's Lavrov" (resolve_owner_possessive.go)
	}
	if before := d.runBeforeOf(subj, name); before.ok() && d.personBeforeOf(before) && r.refinedOnly() {
		name = before // "CBC Chairman Ana Ruiz of North Carolina": the person, not the state
	}
	if wp := d.withParticles(name, a.subj); wp != name && r.refinedOnly() {
		name = wp // the plain pass keeps the name it was trained with
	}
	if sn := d.stageName(name, a.subj); sn != name && r.refinedOnly() {
		name = sn // "Charlamagne tha God" (stage_name.go)
	}
	titleR := d.trimDet(a.title)
	if titleR.ok() && titleR.e > name.s && titleR.s < name.e {
		titleR.e = min(titleR.e, name.s) // "President Ursula von der" before the particles joined the name
	}
	title := strings.TrimSpace(r.textOf(titleR))
	if title == "" {
		title = ownerTitle
	}
	if t := d.afterRoleWord(name); t != name && !r.looksPerson(name) && r.looksPerson(t) {
		// "European Commission President Jean-Claude Juncker": the person,
		// titled by the organisation's office
		if r.refinedOnly() {
			if title == "" {
				title = r.textOf(rng{name.s, t.s})
			}
			name = t
		}
	}
	nameText := stripPossessive(r.textOf(name))
	if name.e-name.s == 1 && name.s > subj.s && name.e == subj.e && d.word(name.s) == "tv" && r.refinedOnly() {
		// "Iranian state TV said": the broadcaster, not "TV"
		n := r.textOf(subj)
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
	}
	if isNumber(title) {
		title = "" // an age ("Smith, 45, said") is no title
	}
	withTitle := func(sp Speaker) Speaker {
		if sp.Title == "" && title != "" {
			sp.Title = title
		}
		return sp
	}
	if name.e-name.s == 1 && d.toks[name.s].upper && r.refinedOnly() {
		if sp, ok := r.honorificSurname(a, name, nameText); ok {
			return withTitle(sp) // "Bill Clinton said ... Mr. Clinton added" (resolve_surname.go)
		}
		if sp, ok := r.articleSurnamePerson(a, name, nameText); ok {
			return withTitle(sp) // "Dr. Hannah Price said ... Price said": not the table's Ned Price (article_surname.go)
		}
	}
	if sp, ok := r.al.resolveShared(nameText); ok {
		return withTitle(sp)
	}
	if sp, ok := r.al.resolveShared(r.textOf(a.subj)); ok && a.subj != name {
		if r.refinedOnly() {
			return sp // the title split off is part of the name resolved: "Ministry of ... of Ukraine"
		}
		return withTitle(sp)
	}
	head := d.head(name)
	bare := a.subj // the subject without an aside on the circumstances
	if wa := d.withoutAside(a.subj); wa != a.subj && r.refinedOnly() {
		// "The company, which went public in 2021, said": the company
		// (resolve_names.go withoutAside), not "public"
		bare = wa
		if name.e > wa.e {
			head = d.head(d.trimDet(rng{name.s, min(name.e, wa.e)}))
		}
	}
	if sp, ok := r.ministerMinistry(a.subj); ok && r.refinedOnly() {
		return sp // "Interior Minister Thomas Keller said ... The ministry said" (minister_ministry.go)
	}
	if words, ok := r.countrylessMinistry(a.subj, head); ok && r.refinedOnly() {
		a.byContext = true
		return withTitle(r.ministryWithoutCountry(a.subj, words)) // resolve_ministry.go
	}
	if sp, ok := r.titleNominalPerson(a.subj, para); ok && r.refinedOnly() {
		return sp // "the Opposition Leader": Peter Dutton, named so before (resolve_title_nominal.go)
	}
	titleCaps := r.refined && d.capitalTitleNominal(a.subj) && r.refinedOnly() // "The Prime Minister" (title_caps.go)
	roleNominal := r.refined && (r.definiteRoleNominal(a.subj, head) || titleCaps)
	if r.refined && r.refinedOnly() {
		if sp, ok := r.anonymousAntecedent(a, para); ok {
			return sp // "the official": the unnamed official before (anonymous_antecedent.go)
		}
	}
	if roleNominal {
		if sp, ok := r.nominalPerson(a.subj, head, para); ok {
			return sp
		}
	}
	if _, ok := r.roleTitleNominal(a.subj); ok && r.refinedOnly() {
		if sp, ok := r.roleTitlePerson(a.subj, para); ok {
			return sp // "the Russian foreign minister": the person the title fits (resolve_role_title.go)
		}
	}
	if roleNominal {
		if sp, ok := r.placeRolePerson(a.subj, head, a.content); ok {
			return sp // "the Florida senator": the person just named (resolve_place_role.go)
		}
	}
	if partyHeads.has(head) && r.refined && r.refinedOnly() {
		if sp, ok := r.placeRolePerson(a.subj, head, a.content); ok {
			return sp // "the Kentucky Republican": the person just named (resolve_party_place.go)
		}
	}
	if _, ok := r.roleTitleNominal(a.subj); ok && r.refinedOnly() {
		if sp, ok := r.continuedRolePerson(a); ok {
			return sp // "Lula said ... The Brazilian president added": Lula (resolve_continued_role.go)
		}
	}
	if r.refined {
		if sp, ok := r.ageNominalPerson(a); ok && r.refinedOnly() {
			return sp // "Putin, 72, said ... The 72-year-old added" (age_nominal.go)
		}
		if sp, ok := r.describedPerson(a); ok && r.refinedOnly() {
			return sp // "Tom Kane scored. ... the striker added": Kane (resolve_described.go)
		}
	}
	capital := false
	for k := name.s; k < name.e; k++ {
		if d.toks[k].upper && k != d.sents[d.sentOf[k]].s {
			capital = true
		}
	}
	if name.e-name.s > 1 && d.toks[name.s].upper {
		capital = true
	}
	if titleCaps || capital && d.basedNominal(a.subj, head) && r.refinedOnly() {
		capital = false // "The Prime Minister" (title_caps.go), "the Munich-based group" (resolve_body.go)
	}
	isOrg := false
	for k := name.s; k < name.e; k++ {
		if orgWords.has(stripPossessive(d.word(k))) {
			if (d.unNotUN(k) || d.particleNotOrg(k)) && r.refinedOnly() {
				continue // "Kim Jong Un" (korean_name.go), "Mr ap Iorwerth"
			}
			isOrg = true
		}
	}
	if head == "government" || head == "administration" || head == "regime" || head == "authorities" {
		if !capital || name.e-name.s == 1 {
			if sp, ok := r.government(a.subj.s); ok {
				return sp
			}
		}
	}
	if !capital && name.e-name.s == 1 && d.toks[name.s].upper {
		// a sentence-initial "Xi said": the family name of "Xi Jinping"
		if f, ok := r.fullNameBySurnameFirst(stripPossessive(d.word(name.s))); ok {
			if r.refinedOnly() {
				if sp, ok := r.al.resolveShared(f); ok {
					return withTitle(sp)
				}
				return withTitle(Speaker{ID: r.id(f), Name: f, Kind: SpeakerPerson})
			}
		}
	}
	if !capital && name.e-name.s == 1 && (d.toks[name.s].upper || articleSurname(stripPossessive(d.word(name.s)))) && r.hasNamePart(false) {
		if _, ok := r.articleSurnameName(name); ok {
			capital = r.refinedOnly() // "Assad added", "al-Assad added" after "Bashar al-Assad" (name_parts.go)
		}
	}
	if !capital && name.e-name.s == 1 && d.toks[name.s].upper && r.refined {
		if _, ok := r.foldedFullName(stripPossessive(d.word(name.s))); ok {
			capital = r.refinedOnly() // "Orban said" after "Viktor Orbán" (accent_surname.go)
		}
	}
	if !capital && name.e-name.s == 1 && d.toks[name.s].upper && r.properNounElsewhere(name.s) {
		// a sentence-initial "Sanders said": a name the article also writes
		// with a capital mid-sentence
		capital = r.refinedOnly()
	}
	if !capital && r.refined && r.headlineSurname(name) {
		capital = r.refinedOnly() // "Sunak defends ..." over "Rishi Sunak said" (resolve_headline_surname.go)
	}
	if !capital {
		if sp, ok := r.ageNominalPerson(a); ok && r.refinedOnly() {
			return sp // "Putin, 72, said ... The 72-year-old added" (age_nominal.go)
		}
		// a nominal: "the spokesman", "the ministry", "officials"
		if r.refined && r.refinedOnly() {
			if sp, ok := r.oneOfGroupSpeaker(a); ok {
				return sp // "Two officials said ... One said" (one_of_group.go)
			}
			if sp, ok := r.possessiveCampaign(a, para); ok {
				return sp // "his campaign" (possessive_campaign.go)
			}
		}
		if sp, ok := r.formerLatterSpeaker(a.subj, para); ok && r.refined && r.refinedOnly() {
			return sp // "the former", "the latter" (former_latter.go)
		}
		if d.pairNominal(a.subj) && r.refinedOnly() {
			if sp, ok := r.pairSpeaker(a.subj, para); ok {
				return sp // "both men": the two just named (resolve_group.go)
			}
		}
		if anonymousHeads.has(head) && !roleNouns.has(head) || anonymousHeads.has(head) && !determinerDefinite(d.word(a.subj.s)) {
			return r.anonymous(strings.TrimSpace(r.textOf(d.withoutAside(a.subj))))
		}
		if sp, ok := r.nearerBodyNominal(a, head, para); ok && r.refined && r.refinedOnly() {
			return sp // "Barclays said ... The bank said": not the World Bank (nearer_named_body.go)
		}
		if sp, ok := r.antecedent(head, a.subj.s, para); ok && !(r.refined && d.word(a.subj.s) == "the" && !r.portfolioFits(a.subj, head, sp.Title) && r.refinedOnly()) {
			return sp // not "Culture Minister Tom Hale" for "the prime minister" (resolve_nominal.go portfolioFits)
		}
		if d.bodyNominal(bare, head) && r.refinedOnly() {
			if sp, ok := r.bodyAntecedent(a, a.subj.s, para, 2, false); ok {
				return sp // "the company": the one body named before (resolve_body.go)
			}
		}
		if r.refined && r.refinedOnly() {
			if sp, ok := r.tableBodyNominal(a, head, para); ok {
				return sp // "the bureau" after "the FBI" (table_body_nominal.go)
			}
			if sp, ok := r.lastSpeakerBody(a, head, para); ok {
				return sp // "Disability Rights UK said ... The charity said" (last_speaker_body.go)
			}
			if sp, ok := r.sameBodyNominal(a, head); ok {
				return sp // "The company said ... The company said" (same_body_nominal.go)
			}
			if sp, ok := r.soleNamedBody(a, head); ok {
				return sp // "The Linden Museum ... The museum said" (sole_named_body.go)
			}
		}
		if roleNominal {
			if sp, ok := r.mainCandidate(a.subj, head); ok {
				return sp
			}
		}
		if anonymousHeads.has(head) {
			return r.anonymous(strings.TrimSpace(r.textOf(d.withoutAside(a.subj))))
		}
		if group >= groupForce && r.refinedOnly() {
			return r.groupSpeaker(a, group) // "police", "the ministers" (resolve_group.go)
		}
		n := stripPossessive(strings.TrimSpace(r.textOf(d.withoutAside(d.withoutAge(d.trimDet(a.subj)))))) // "the mayor’s words" (linking_phrase.go)
		if n == "" {
			n = r.bareQuantifier(a.subj) // "Most believe", "both condemned"
		}
		if titleCaps {
			switch {
			case strings.EqualFold(n, "pm"):
				n = "prime minister" // "The PM" (session 22 probes)
			case !isAllCaps(n):
				n = strings.ToLower(n) // "The Prime Minister": the office's name
			} // "The MP" keeps its capitals
		}
		if name.s == a.subj.s && name.e == name.s+1 && name.e < a.subj.e && (d.punct(name.e) == "," || d.punct(name.e) == "(" && r.refinedOnly()) && d.toks[name.s].upper {
			n = nameText // "Smith, a farmer from Iowa, said": the name, not its apposition
		}
		sp := Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
		if n == nameText && name.e-name.s == 1 {
			sp = r.bodyKind(sp, name, a) // "Apex said it would appeal" (resolve_body.go)
		}
		return sp
	}
	if roleNominal && !isOrg {
		// "the GOP front-runner": a description with capitals
		if sp, ok := r.mainCandidate(a.subj, head); ok {
			return sp
		}
	}
	if isOrg {
		if sp, ok := r.orgSubjectPerson(a, head); ok {
			// "Michael Petrilli, president of the Fordham Institute", "White
			// House officials": a person or people, not the organisation
			if r.refinedOnly() {
				return sp
			}
		}
		n := nameText
		return withTitle(Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization})
	}
	// a person: surname -> full name seen in the article
	core := d.stripRoles(name)
	officeName := false // the name after an office of "of" or "for" (officeHolder)
	if t := d.withoutPostNominal(core); t != core && r.refinedOnly() {
		core = t // "Tom Reed KC", "Jane Smith MP" (resolve_names.go)
	}
	if t := d.withoutAge(core); t != core && r.refinedOnly() {
		core = t // "Lindqvist, 34, congratulated him and later described": no head noun "34" (session 28)
	}
	if t := r.nameAfterTitle(core); t != core {
		// "Florida Sen. Marco Rubio", "Billionaire Donald Trump": the
		// name after its title
		if r.refinedOnly() {
			core = t
		}
	} else if subj := d.trimDet(a.subj); name.s > subj.s && (d.word(name.s-1) == "of" || d.word(name.s-1) == "for") {
		if t := d.officeHolder(subj); t.ok() && t.e == core.e && t.s > core.s && r.refinedOnly() {
			// "Director of National Intelligence James Clapper": the name
			// after the office, which is the title; "Minister for Health
			// Stephen Donnelly" of British and Irish news too (session 22)
			title, core, officeName = r.textOf(rng{subj.s, t.s}), t, true
		}
	}
	if h := d.tokAt(core.e - 1); h.kind == tWord && !h.upper && !articleSurname(h.lower) {
		// "Clinton supporters", "Twenty-four percent", "FEC records": no
		// person's name, whatever capitals come before the head noun
		if r.refinedOnly() {
			return r.commonNounSpeaker(a, stripPossessive(h.lower))
		}
	}
	full := stripPossessive(r.textOf(core))
	if core.e-core.s == 1 || d.particleSurname(core) {
		if f, ok := r.fullName[stripPossessive(d.word(core.e-1))]; ok {
			full = f
		} else if f, ok := r.foldedFullName(stripPossessive(d.word(core.e - 1))); ok && core.e-core.s == 1 && r.refinedOnly() {
			full = f // "Orban" of "Viktor Orbán" (accent_surname.go)
		} else if f, ok := r.fullNameBySurnameFirst(stripPossessive(d.word(core.s))); ok {
			if r.refinedOnly() {
				full = f
			}
		} else if f, ok := r.nameBeforeParticles(stripPossessive(d.word(core.s)), a.subj.s); ok && core.e-core.s == 1 && r.refinedOnly() {
			full = f // "Lula" of "Luiz Inacio Lula da Silva" (resolve_familiar_name.go)
		} else if f, ok := r.nameByFirstSurname(stripPossessive(d.word(core.s)), a.subj.s); ok && core.e-core.s == 1 && r.refinedOnly() {
			full = f // "Sheinbaum" of "Claudia Sheinbaum Pardo" (resolve_familiar_name.go)
		} else if f, ok := r.knownAsName(stripPossessive(d.word(core.s)), a.subj.s); ok && core.e-core.s == 1 && r.refinedOnly() {
			full = f // "MBS" of "Mohammed bin Salman, known as MBS" (known_as_name.go)
		}
	}
	if f, ok := r.personByGivenName(core, a.subj.s); ok && r.refinedOnly() {
		full = f // "Sir Keir" (name_parts.go)
	} else if f, ok := r.peerFullName(core); ok && r.refinedOnly() {
		full = f // "Lord Whyte" of "Lord Fraser Whyte" (peer_title.go)
	} else if f, ok := r.longerSurnameName(core); ok && !officeName && r.refinedOnly() {
		full = f // "Lopez Obrador" (name_parts.go)
	} else if f, ok := r.nameOpeningFull(core, a.subj.s); ok && !officeName && r.refinedOnly() {
		full = f // "Sri Mulyani" of "Sri Mulyani Indrawati" (name_opening.go)
	} else if f, ok := r.regnalName(core, a.subj.s); ok && full == stripPossessive(r.textOf(core)) && r.refinedOnly() {
		full = f // "Pope Francis" (name_parts.go)
	} else if f, ok := r.articleSurnameName(core); ok && full == stripPossessive(r.textOf(core)) && r.refinedOnly() {
		full = f // "Assad" of "Bashar al-Assad" (name_parts.go)
	}
	if core.s > name.s && title == "" {
		title = r.textOf(rng{name.s, core.s})
	} else if core.s > name.s && titleR.e == name.s {
		title = r.titleContinued(title, titleR, name, core) // "Assistant Chief Constable" (title_continues.go)
	}
	if sp, ok := r.al.resolveShared(full); ok {
		return withTitle(sp)
	}
	if core.e-core.s == 1 && d.word(core.s) != "" {
		if _, ok := r.al.countryOf(full); ok {
			return Speaker{ID: r.id(full), Name: full, Kind: SpeakerOrganization}
		}
	}
	if core.e-core.s == 1 && !strings.Contains(full, " ") {
		if sp, ok := r.nonPersonName(a, d.word(core.s), full); ok {
			// "Democrats said", "Texas sued", "a report on Wednesday"
			if r.refinedOnly() {
				return sp
			}
		}
	}
	// "Wells Fargo said it was cooperating": a body (resolve_body.go)
	return r.bodyKind(withTitle(Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson}), core, a)
}

// head returns the head noun of a noun phrase: the word before a
// post-modifier ("source" in "a source familiar with the talks").
func (d *doc) head(np rng) string {
	for k := np.s + 1; k < np.e; k++ {
		switch d.word(k) {
		case "of", "with", "for", "familiar", "close", "in", "at", "from", "to", "on", "who":
			return stripPossessive(d.word(k - 1))
		}
	}
	return stripPossessive(d.word(np.e - 1))
}

func determinerDefinite(w string) bool { return w == "the" || w == "this" || w == "that" }

// unknownSpeaker is the speaker of a statement whose speaker the article
// does not tell.
var unknownSpeaker = Speaker{ID: "unknown", Name: "unknown", Kind: SpeakerUnknown}

func (r *resolver) anonymous(mention string) Speaker {
	return Speaker{ID: r.id(mention), Name: mention, Kind: SpeakerAnonymous}
}

// pronoun resolves he/she/they/it. A he/she/I that the base rules resolve
// to a person goes to the nearest earlier person of its gender
// (personPronoun) when there is one: the kind stays a person, so the accept
// model's speaker-kind feature sees what it was trained with.
func (r *resolver) pronoun(p string, pos, para int) Speaker {
	base := r.pronounBase(p, pos, para)
	if r.refined && p == "it" && base.Kind == SpeakerOrganization {
		if sp, ok := r.itContinuesBody(pos); ok && sp.ID != base.ID {
			return sp // the body that spoke just before, not an older one (it_continues_body.go)
		}
	}
	if r.refined && p == "it" && base.Kind == SpeakerUnknown {
		// "Apex said the ruling was wrong. It added ...": the one body named
		// before (resolve_body.go)
		if sp, ok := r.bodyAntecedent(nil, pos, para, 1, true); ok {
			return sp
		}
		if sp, ok := r.itContinuesBody(pos); ok {
			return sp // "Apex said it would appeal. It said ..." (it_continues_body.go)
		}
		return base
	}
	if r.refined && p == "they" && base.Kind == SpeakerUnknown {
		if sp, ok := r.theyAntecedent(pos); ok {
			return sp // "Senate Democrats blocked the bill because they said" (resolve_group.go)
		}
		return base
	}
	if r.refined && (p == "he" || p == "she") && r.lastAgent() {
		if sp, ok := r.rolePronoun(p, pos); ok {
			return sp // "A spokesman for Keir Starmer said. He added": the spokesman, not Starmer (resolve_role_pronoun.go)
		}
	}
	if r.refined && (p == "he" || p == "she") {
		if sp, ok := r.sentenceSubjectPronoun(p, pos); ok {
			return sp // "A 29-year-old woman was fined after she had posted" (unnamed_source_pronoun.go)
		}
		if sp, ok := r.unnamedSourcePronoun(p, pos); ok {
			return sp // "A nurse at Leeds General Infirmary said ... she said": the nurse (unnamed_source_pronoun.go)
		}
	}
	var kbuf [64]byte
	if r.refined && base.Kind == SpeakerPerson && (p == "he" || p == "she") && len(base.Name) <= len(kbuf) && nonPersonNames.has(string(nameKeyOf(kbuf[:0], base.Name))) {
		base = unknownSpeaker // "wrote in a Facebook post. He said": no person (data/nonpersons.txt)
	}
	if r.refined && base.Kind == SpeakerUnknown && (p == "he" || p == "she") {
		if sp, ok := r.rolePronoun(p, pos); ok {
			return sp // "the minister said. She added": the minister (resolve_role_pronoun.go)
		}
		// "Trump has a lead. He explained ...": a person the plain pass
		// could not see
		if sp, ok := r.personPronoun(p, pos, para); ok && sp.Kind == SpeakerPerson {
			return sp
		}
		if sp, ok := r.nominalSubjectPronoun(p, pos); ok {
			return sp // "The striker has scored 14 goals. “…,” he said" (nominal_subject_pronoun.go)
		}
		if sp, ok := r.distantSpeakerPronoun(p, pos, para); ok {
			return sp // the last woman who spoke, three paragraphs back (distant_speaker_pronoun.go)
		}
		return base
	}
	if r.refined && base.Kind == SpeakerPerson && (p == "he" || p == "she" || p == "i") {
		if sp, ok := r.personPronoun(p, pos, para); ok && sp.Kind == SpeakerPerson {
			return sp
		}
		// no person of the pronoun's gender in reach: the plain answer
		// stands only if it can be one (no name is invented)
		if core, ok := personCore(base.Name); !ok || !pronounGender(p).agrees(r.genderOr(nameGender(core, base.Title), core, base.ID)) {
			if sp, ok := r.distantSpeakerPronoun(p, pos, para); ok {
				return sp // (distant_speaker_pronoun.go)
			}
			return unknownSpeaker
		}
	}
	return base
}

// pronounBase resolves he/she/they/it to the nearest compatible earlier
// speaker or, failing that, the nearest earlier person name.
func (r *resolver) pronounBase(p string, pos, para int) Speaker {
	r.redo = true
	wantPerson := p == "he" || p == "she" || p == "i"
	// a bounded look back: a pronoun's speaker is among the last statements
	// (an endless paragraph of frames would make this quadratic)
	const maxLookBack = 100
	for i := len(r.history) - 1; i >= 0 && i >= len(r.history)-maxLookBack; i-- {
		h := r.history[i]
		hp := r.d.sents[h.sent].para
		if hp < para-2 {
			break
		}
		k := h.speaker.Kind
		if h.bodyFrom != "" && !wantPerson {
			k = h.bodyFrom // "they", "it" do not find a name resolve_body.go made a body (its bodyAntecedent may)
		}
		if k == SpeakerUnknown {
			continue
		}
		if r.refined && p == "it" && k == SpeakerAnonymous {
			continue // "Liberals got mad ... It": people are no "it" (resolve_group.go made more groups anonymous)
		}
		if r.refined && p == "they" && hp != para && h.subj.e-h.subj.s == 1 && r.d.word(h.subj.s) == "they" {
			// an earlier paragraph's "they" is no antecedent of its own: its
			// statement's group (theyAntecedent, resolve_group.go) belongs to
			// that paragraph; a group that spoke stays in the history
			continue
		}
		if wantPerson == (k == SpeakerPerson) {
			if wantPerson && len(h.speaker.Members) > 1 {
				continue // "Smith and Jones said ... He added": not both (resolve_joint.go)
			}
			return h.speaker
		}
		if r.refined && p == "they" && len(h.speaker.Members) > 1 {
			return h.speaker // "Both men said ... They added": the joint speaker (resolve_group.go)
		}
	}
	if wantPerson {
		// the last person name before pos (persons are in text order)
		persons := r.persons
		if !r.refined {
			persons = r.plainPersons // the persons the accept model was trained with
		}
		i, _ := slices.BinarySearchFunc(persons, pos, func(run rng, pos int) int { return run.s - pos })
		for r.refined && i > 0 && r.d.pluralNameRun(persons[i-1]) {
			i-- // "told the Lords": a group, no he or she (plural_name.go)
		}
		if i > 0 && r.d.toks[persons[i-1].s].para >= para-2 {
			run := persons[i-1]
			core := r.d.stripRoles(run)
			full := stripPossessive(r.textOf(core))
			if core.e-core.s == 1 {
				if f, ok := r.fullName[stripPossessive(r.d.word(core.s))]; ok {
					full = f
				}
			}
			if sp, ok := r.al.resolveShared(full); ok {
				return sp
			}
			return Speaker{ID: r.id(full), Name: full, Kind: SpeakerPerson}
		}
	}
	return unknownSpeaker
}

// antecedent finds the earlier speaker or name a nominal ("the spokesman",
// "the ministry") refers to.
func (r *resolver) antecedent(head string, pos, para int) (Speaker, bool) {
	r.redo = true
	for i := len(r.history) - 1; i >= 0; i-- {
		sp := r.history[i].speaker
		if sp.Kind == SpeakerUnknown || sp.Kind == SpeakerAnonymous {
			continue
		}
		if containsWord(sp.Name, head) || containsWord(sp.Title, head) {
			return sp, true
		}
	}
	for i := len(r.roles) - 1; i >= 0; i-- {
		rm := r.roles[i]
		if rm.pos < pos && containsWord(rm.title, head) && !rm.office {
			if sp, ok := r.al.resolveShared(rm.name); ok {
				return sp, true
			}
			return Speaker{ID: r.id(rm.name), Name: rm.name, Kind: SpeakerPerson, Title: rm.title}, true
		}
	}
	// an earlier capitalised name holding the head noun: "the Interior Ministry"
	d := r.d
	for i := len(r.runs) - 1; i >= 0; i-- {
		run := r.runs[i]
		if run.s >= pos || run.e-run.s < 2 {
			continue
		}
		if d.toks[run.s].para < para-3 {
			break
		}
		headline := d.headlineRun(run) && r.refinedOnly()
		for k := run.s; k < run.e; k++ {
			if stripPossessive(d.word(k)) == head {
				from := run.s
				if part := d.headlinePart(run, k); headline && part.s > run.s {
					// "... With David Cameron": the name in a later part
					// of a headline, not "... To Repudiate General"
					if name := d.headlineName(part); name.ok() && k >= name.s && k < name.e {
						from = name.s
					} else {
						break
					}
				}
				to := k + 1
				if c, ok := r.personNameHolding(run, k); ok && r.refinedOnly() {
					from, to = c.s, c.e // "Lai" of "Taiwan President Lai Ching-te" (name_parts.go)
				} else if p := d.particlesEnd(to); p > to && !orgWords.has(head) && r.refinedOnly() {
					// "Lula" of "Luiz Inacio Lula da Silva": the whole name,
					// not the part up to the familiar one
					to = run.e
				}
				n := stripPossessive(r.textOf(rng{from, to}))
				if sp, ok := r.al.resolveShared(n); ok {
					return sp, true
				}
				kind := SpeakerPerson
				if orgWords.has(head) {
					kind = SpeakerOrganization
				}
				return Speaker{ID: r.id(n), Name: n, Kind: kind}, true
			}
		}
	}
	if r.refinedOnly() {
		return r.institutionAntecedent(head) // "the school" after "the University of Michigan" (institution_name.go)
	}
	return Speaker{}, false
}

func containsWord(s, w string) bool {
	// without allocating: this runs for every nominal mention against
	// every earlier speaker
	// ASCII: the fields split at ASCII spaces, as strings.FieldsSeq does,
	// without its iterator
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace[s[i]] {
			i++
		}
		j := i
		for j < len(s) && !asciiSpace[s[j]] {
			if s[j] >= utf8.RuneSelf {
				return containsWordUnicode(s, w)
			}
			j++
		}
		if j > i && strings.EqualFold(trimNamePunct(s[i:j]), w) {
			return true
		}
		i = j
	}
	return false
}

func containsWordUnicode(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if strings.EqualFold(trimNamePunct(f), w) {
			return true
		}
	}
	return false
}

// asciiSpace marks the ASCII white space (strings.Fields' separators).
var asciiSpace = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// trimNamePunct is strings.Trim(f, ".,'’") without decoding the cut set
// in every call.
func trimNamePunct(f string) string {
	for f != "" {
		if c := f[0]; c == '.' || c == ',' || c == '\'' {
			f = f[1:]
		} else if strings.HasPrefix(f, "’") {
			f = f[len("’"):]
		} else {
			break
		}
	}
	for f != "" {
		if c := f[len(f)-1]; c == '.' || c == ',' || c == '\'' {
			f = f[:len(f)-1]
		} else if strings.HasSuffix(f, "’") {
			f = f[:len(f)-len("’")]
		} else {
			break
		}
	}
	return f
}

// government resolves an unqualified "the government" to the government of
// the country the context points to: the nearest qualified government
// mention before it ("the Almaty government", "the government of Tokayev"),
// else the nearest country word in its paragraph, else the article's most
// mentioned country.
func (r *resolver) government(pos int) (Speaker, bool) {
	d := r.d
	if r.al == nil || len(r.al.countries) == 0 {
		return Speaker{}, false
	}
	ctryEndingAt := func(e int) int {
		for _, m := range r.ctryAt {
			if m.e == e {
				return m.country
			}
		}
		return -1
	}
	ctryStartingAt := func(s int) int {
		for _, m := range r.ctryAt {
			if m.s == s {
				return m.country
			}
		}
		return -1
	}
	for k := pos - 1; k >= 0; k-- {
		switch d.word(k) {
		case "government", "administration", "regime", "authorities":
			if c := ctryEndingAt(k); c >= 0 {
				return r.govSpeaker(c)
			}
			if d.word(k+1) == "of" {
				if c := ctryStartingAt(k + 2); c >= 0 {
					return r.govSpeaker(c)
				}
			}
		}
	}
	para := d.toks[pos].para
	for i := len(r.ctryAt) - 1; i >= 0; i-- {
		m := r.ctryAt[i]
		if m.s < pos && d.toks[m.s].para == para {
			return r.govSpeaker(m.country)
		}
	}
	count := map[int]int{}
	best, bestN := -1, 0
	for _, m := range r.ctryAt {
		count[m.country]++
		if count[m.country] > bestN {
			best, bestN = m.country, count[m.country]
		}
	}
	if best >= 0 {
		return r.govSpeaker(best)
	}
	return Speaker{}, false
}

func (r *resolver) govSpeaker(c int) (Speaker, bool) {
	e := r.al.countries[c].govEntity
	if e < 0 {
		return Speaker{}, false
	}
	return r.al.speaker(e), true
}
