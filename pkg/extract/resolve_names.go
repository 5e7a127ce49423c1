package extract

import (
	"strings"
	"unsafe"
)

// Speaker names for readers (doc.go, "3. Speakers"). The refined pass of
// resolve.go gives each statement the name a reader expects: a person
// without the place, office or description before the name, a family name
// with its particles, the antecedent of a relative subject, and no person
// where the subject's head is a common noun, a party's people, a place or
// a day. The plain pass keeps the kinds the accept model was trained with,
// so these helpers change names and kinds, never which statements are kept.

// particlesEnd returns, when lower-case name particles (resolve_person.go)
// start at k and a capitalised word of the same paragraph follows them,
// that word's index; else k.
func (d *doc) particlesEnd(k int) int {
	j := k
	for j < k+3 && j < len(d.toks) && !d.toks[j].upper && nameParticles.has(d.word(j)) {
		j++
	}
	if j == k || j >= len(d.toks) || d.toks[j].kind != tWord || !d.toks[j].upper || d.toks[j].para != d.toks[k].para {
		return k
	}
	return j
}

// particleSurname reports a family name with its particles ("von der
// Leyen", "De Gaulle"): the name of a person named in full before.
func (d *doc) particleSurname(name rng) bool {
	if name.e-name.s < 2 {
		return false
	}
	for k := name.s; k < name.e-1; k++ {
		if !nameParticles.has(d.word(k)) {
			return false
		}
	}
	return true
}

// withParticles extends name, the last capitalised run of the noun phrase
// np, back over name particles to the given names before them ("Ursula von
// der Leyen" rather than "Leyen"), up to a role word ("President").
func (d *doc) withParticles(name, np rng) rng {
	k := name.s - 1
	for k > np.s && k > name.s-4 && !d.toks[k].upper && nameParticles.has(d.word(k)) {
		k--
	}
	if k == np.s && !d.toks[k].upper && leadingParticles.has(d.word(k)) && d.particlesEnd(k) == name.s {
		// "“We will act,” von der Leyen said", "de Blasio said": a family
		// name opening the subject with its particles in lower case is the
		// whole family name, not "Leyen" titled "von der"
		return rng{k, name.e}
	}
	if k == name.s-1 || k < np.s || !d.toks[k].upper || d.particlesEnd(k+1) != name.s {
		return name
	}
	for k > np.s && d.toks[k-1].upper && !roleNouns.has(d.word(k-1)) && !honorifics[strings.TrimSuffix(d.word(k-1), ".")] &&
		stripPossessive(d.word(k-1)) == d.word(k-1) { // not "the Commission's"
		k--
	}
	return rng{k, name.e}
}

// leadingParticles may open a family name written without the given name
// ("von der Leyen", "de Blasio", "bin Salman"); "la", "le", "y", "st" and
// "ten" are left out: lower case before a capitalised word, they are as
// often other words ("la Repubblica", "ten Democrats").
var leadingParticles = set("de", "da", "del", "della", "di", "du", "der", "den", "van", "von", "dos", "das", "ter", "bin", "ibn", "al", "el", "ap", "zu")

// nameAfterTitle returns the part of a person's capitalised name run core
// that is the name: after a title the run keeps ("Florida Sen. Marco
// Rubio"), or from a known first name on ("Billionaire Donald Trump").
func (r *resolver) nameAfterTitle(core rng) rng {
	d := r.d
	if t := d.afterRoleWord(core); t != core && t.e-t.s >= 2 {
		return t
	}
	if t := d.descriptorOpening(core); t != core {
		return t // "Chipmaker Nvidia", "Grandmother-of-five Jean Hill" (descriptor_opening.go)
	}
	if t := r.researchRoleName(core); t != core {
		return t // "Lead author Maya Patel" (research_role_name.go)
	}
	if t := r.performerOpening(core); t != core {
		return t // "Singer Taylor Swift", "Rapper Drake" (performer_opening.go)
	}
	if core.e-core.s < 3 {
		return core
	}
	article := d.afterArticleRun(core) // "the Lok Sabha Rahul Gandhi" (article_run_name.go)
	for k := core.s + 1; k < core.e-1; k++ {
		if !d.toks[k].upper {
			return core
		}
		before := d.word(k - 1)
		if firstNameGender(d.word(k)) != genderUnknown && (article || descriptorWords.has(before) || localDescriptor(before) || stripPossessive(before) != before) {
			return rng{k, core.e} // not "Christine Todd Whitman", "Giovanni Maria Vian"
		}
	}
	return core
}

// descriptorWords describe a person in the capitalised run before the name
// ("Billionaire Donald Trump", "Comedian George Lopez").
var descriptorWords = set("billionaire", "comedian", "comic", "pastor", "journalist", "actor", "actress",
	"filmmaker", "director", "producer", "widow", "widower", "rival", "democrat", "republican",
	"conservative", "liberal", "progressive", "libertarian", "independent", "officer", "alderman",
	"moderator", "co-moderator", "host", "anchor", "businessman", "businesswoman", "activist", "author",
	"writer", "columnist", "commentator", "pundit", "donor", "challenger", "singer", "rapper", "star",
	"icon", "veteran", "entrepreneur", "investor", "developer", "economist", "pollster", "strategist",
	"consultant", "lawyer", "scholar", "historian", "novelist", "poet", "artist", "musician", "coach",
	"player", "quarterback", "mogul", "tycoon", "philanthropist", "evangelist", "preacher", "priest",
	"cleric", "doctor", "nurse", "surgeon", "scientist", "physicist", "astronaut", "hopeful", "incumbent",
	"frontrunner", "front-runner", "newcomer", "founder", "co-founder", "cofounder", "owner", "publisher",
	"editor", "reporter", "correspondent", "analyst", "adviser", "advisor", "aide", "deputy", "counsel")

// localDescriptor reports the descriptions of local and court news before
// a name ("Neighbour Sue Green", "Pensioner Mary Hill", "Mum-of-two Jane
// Hill", "DCI Mark Lane"), which nameAfterTitle drops before a known first
// name. Session 22, hand-written probes.
func localDescriptor(w string) bool {
	if i := strings.Index(w, "-of-"); i > 0 {
		return familyNouns.has(w[:i]) // "mum-of-two", "father-of-three"
	}
	return localDescriptors.has(w)
}

var localDescriptors = set("neighbour", "neighbor", "pensioner", "shopkeeper", "resident", "homeowner",
	"landlord", "landlady", "motorist", "cyclist", "farmer", "grandmother", "grandfather", "grandad",
	"grandma", "mum", "mom", "dad", "mother", "father", "student", "teacher", "headteacher",
	"headmaster", "headmistress", "councillor", "volunteer", "campaigner", "survivor", "victim",
	"eyewitness", "witness", "manager", "boss", "striker", "midfielder", "defender", "goalkeeper",
	"winger", "captain", "skipper", "forward", "chef", "owner", "fan", "supporter", "parent",
	"worker", "nurse", "paramedic", "firefighter", "publican", "vicar", "retiree", "teenager",
	// British police ranks ("Chief Inspector Mark Lane", "DCI Mark Lane")
	"inspector", "constable", "superintendent", "sergeant", "pc", "dc", "ds", "di", "dci", "dcs",
	"dsupt", "ch", "insp", "supt", "sgt", "det", "con",
	// and court offices ("Recorder Jane Smith", "Coroner Mark Lane")
	"recorder", "coroner", "magistrate", "barrister", "solicitor")

// withoutPostNominal drops the letters after a British name ("Tom Reed
// KC", "Jane Smith MP", "Sir Tom Hill OBE"): an office or honour, no part
// of the name. Session 22, hand-written probes.
func (d *doc) withoutPostNominal(run rng) rng {
	if run.e-run.s < 3 {
		return run
	}
	t := d.toks[run.e-1]
	if w := d.text[t.s:t.e]; postNominals.has(t.lower) && isAllCaps(w) {
		return rng{run.s, run.e - 1}
	}
	return run
}

var postNominals = set("qc", "kc", "mp", "msp", "mla", "mep", "td", "obe", "mbe", "cbe", "kbe",
	"dbe", "jp", "frs")

// withoutAge drops an age after a description ("The actress, 34, said"):
// the description is the speaker's name, not its age. Inference only.
func (d *doc) withoutAge(np rng) rng {
	if d.training || np.e-np.s < 3 || d.punct(np.e-2) != "," || !twoDigitAge(d.word(np.e-1)) {
		return np
	}
	return rng{np.s, np.e - 2}
}

// agedAppositionName returns the person an apposition names after an age
// ("The victim, 81-year-old Mary Hill, said", "Her neighbour, 67-year-old
// Sue Green, said"), which made the description and the apposition the
// speaker: a lower-case description, a comma, "N-year-old" and a run of two
// to four capitalised words ending the subject. Refined pass only. Session
// 22, hand-written probes.
func (r *resolver) agedAppositionName(a *attribution) (run, title rng) {
	d := r.d
	if !a.subj.ok() || d.tokAt(a.subj.s).upper && !determiners.has(d.word(a.subj.s)) {
		return noRange, noRange
	}
	for k := a.subj.s + 1; k < a.subj.e-2; k++ {
		if d.punct(k) != "," {
			continue
		}
		if _, age := ageNominal(d.word(k + 1)); !age {
			return noRange, noRange
		}
		e := d.capitalRunEnd(k+2, a.subj.e)
		if e != a.subj.e || e-k-2 < 2 || e-k-2 > 4 || !r.looksPerson(rng{k + 2, e}) {
			return noRange, noRange
		}
		return rng{k + 2, e}, d.trimDet(rng{a.subj.s, k})
	}
	return noRange, noRange
}

// orgSubjectPerson returns the speaker of a subject naming an organisation
// that speaks through a person: a name before an apposition ("Michael
// Petrilli, president of the Fordham Institute") or people the head noun
// describes ("White House officials", "a spokeswoman for the committee").
func (r *resolver) orgSubjectPerson(a *attribution, head string) (Speaker, bool) {
	d := r.d
	s := d.trimDet(a.subj)
	if e := d.capitalRunEnd(s.s, s.e); e-s.s >= 2 && e < s.e && d.punct(e) == "," && r.looksPerson(rng{s.s, e}) {
		return r.namedPerson(rng{s.s, e}, rng{e + 1, s.e}), true
	}
	if n := d.officeHolder(s); n.ok() {
		// "Speaker of the House Paul Ryan": the person the office names
		return r.namedPerson(n, rng{s.s, n.s}), true
	}
	if e := d.capitalRunEnd(s.s, s.e); d.word(e) == "of" && r.firstNameRun(d.stripRoles(rng{s.s, e})) {
		// "Robert Gordon of Northwestern University", "Det Sgt Paul Ward of
		// Merseyside Police": the person, titled by the employer
		return r.namedPerson(rng{s.s, e}, rng{e, s.e}), true
	}
	if k := d.afterPossessive(s); k > s.s && r.firstNameRun(rng{k, s.e}) {
		// "The Huffington Post’s Scott Conroy"
		return r.namedPerson(rng{k, s.e}, rng{s.s, k}), true
	}
	if anonymousHeads.has(head) || roleNouns.has(head) || roleNouns.has(strings.TrimSuffix(head, "s")) {
		return r.anonymous(strings.TrimSpace(r.textOf(d.withoutAside(s)))), true
	}
	return Speaker{}, false
}

// officeHolder returns the name ending a subject np that names an office
// of an organisation before it ("Speaker of the House Paul Ryan",
// "Ambassador to the United Nations Samantha Power"): two capitalised
// words or more from a known first name to the end, after other capitalised
// words of the organisation; noRange if none.
func (d *doc) officeHolder(np rng) rng {
	k := np.e
	for k > np.s && d.toks[k-1].kind == tWord && d.toks[k-1].upper {
		k--
	}
	if k == np.s || d.toks[k-1].kind != tWord {
		return noRange // no office before the run
	}
	for p := k + 1; p < np.e-1; p++ {
		if firstNameGender(d.word(p)) != genderUnknown && firstNameGender(d.word(p-1)) == genderUnknown {
			return rng{p, np.e}
		}
	}
	if p := np.e - 2; p > k && officeEndWords.has(d.word(p-1)) && !officeEndWords.has(d.word(p)) {
		// a given name the list does not know, after the office's last
		// word: "Inspector General of Police Kayode Egbetokun", "Minister
		// of State for Home Affairs Nityanand Rai" (session 22 probes)
		return rng{p, np.e}
	}
	return noRange
}

// officeEndWords end the organisation or domain of an office before the
// holder's name ("... of Police", "... for Home Affairs").
var officeEndWords = unionSet(officeDomains, set("police", "affairs", "state", "intelligence", "staff",
	"house", "senate", "parliament", "assembly", "army", "navy", "forces", "defense", "commerce",
	"planning", "development", "security", "statistics", "revenue", "customs", "immigration"))

// capitalRunEnd returns the end of the run of capitalised words from k,
// before hi.
func (d *doc) capitalRunEnd(k, hi int) int {
	for k < hi && d.tokAt(k).kind == tWord && d.toks[k].upper {
		k++
	}
	return k
}

// namedPerson is the person a capitalised run names, with the words of the
// title range as title.
func (r *resolver) namedPerson(run, title rng) Speaker {
	n := stripPossessive(r.textOf(r.nameAfterTitle(r.d.stripRoles(run))))
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson, Title: strings.TrimSpace(r.textOf(title))}
}

// reportHeads name documents and measures a statement may come from
// ("according to FEC records", "exit polls show").
var reportHeads = set("poll", "polls", "polling", "record", "records", "filing", "filings", "average",
	"results", "data", "document", "documents", "report", "reports", "study", "survey", "figures",
	"statistics", "investigation", "analysis", "estimate", "estimates")

// commonNounSpeaker is the speaker of a subject whose head is a common
// noun: the person an apposition names, else no person (a document), or
// people described but not named, who are anonymous ("Clinton supporters",
// "a Carrier executive", "Twenty-four percent").
func (r *resolver) commonNounSpeaker(a *attribution, head string) Speaker {
	d := r.d
	for k := a.subj.s + 1; k < a.subj.e-2; k++ {
		if e := d.capitalRunEnd(k+1, a.subj.e); d.punct(k) == "," && r.refinedOnly() && d.appositionNameEnd(k+1, e, a.subj.e) > e {
			e = d.appositionNameEnd(k+1, e, a.subj.e) // "the minister, Prince Ali bin Hussein" (apposition_particles.go)
			return r.namedPerson(rng{k + 1, e}, d.trimDet(rng{a.subj.s, k}))
		} else if d.punct(k) == "," && e-k > 2 && r.looksPerson(rng{k + 1, e}) {
			// "Dow's chief executive, Andrew Liveris": the person named
			return r.namedPerson(rng{k + 1, e}, d.trimDet(rng{a.subj.s, k}))
		}
	}
	mention := strings.TrimSpace(r.textOf(d.withoutAside(d.withoutAge(d.trimDet(a.subj)))))
	if mention == "" {
		mention = r.bareQuantifier(a.subj)
	}
	if reportHeads.has(head) || roleNouns.has(head) && determinerDefinite(d.word(a.subj.s)) {
		// a document, or "the Florida senator" whom the nominal rules
		// could not name: a description, not an unnamed source
		return Speaker{ID: r.id(mention), Name: mention, Kind: SpeakerUnknown}
	}
	return r.anonymous(mention)
}

// runBeforeOf returns the capitalised run right before the "of" that
// opens name inside subj ("Bank" of "Bank of Japan"), or noRange.
func (d *doc) runBeforeOf(subj, name rng) rng {
	if name.s-2 < subj.s || d.word(name.s-1) != "of" {
		return noRange
	}
	s := name.s - 1
	for s > subj.s && d.tokAt(s-1).kind == tWord && d.tokAt(s-1).upper {
		s--
	}
	return rng{s, name.s - 1}
}

// orgNameRun returns the whole name of an organisation that name, the last
// capitalised run of subj, ends: capitalised runs joined by "of", "for",
// "on" or "and", the first of which holds an organisation word and no
// person ("Centers for Disease Control and Prevention", "Office for
// National Statistics", "Senate Committee on Foreign Relations"). It
// returns noRange when there is none: splitName keeps only the last run,
// which made "Prevention" a speaker.
func (d *doc) orgNameRun(subj, name rng) rng {
	found := noRange
	s := name.s
	for s > subj.s && d.tokAt(s-1).kind == tWord && d.tokAt(s-1).upper {
		s-- // "Foreign" of "Foreign Relations" when name is "Relations"
	}
	if d.holdsPerson(rng{s, name.e}) {
		return noRange // "Council on American-Islamic Relations Director Nihad Awad"
	}
	for s-2 >= subj.s {
		c := d.word(s - 1)
		if c != "of" && c != "for" && c != "on" && c != "and" {
			return found
		}
		k := s - 1
		for k > subj.s && d.tokAt(k-1).kind == tWord && d.tokAt(k-1).upper {
			k--
		}
		run := rng{k, s - 1}
		if !run.ok() {
			return found
		}
		// "and" joins the parts of what the organisation is of or for
		// ("Health and Human Services"); right after its name it joins
		// two bodies ("the FBI and Justice Department")
		if c != "and" && d.orgBeforeOf(run) {
			found = rng{k, name.e}
		}
		s = k
	}
	return found
}

// holdsPerson reports a role noun or a known first name followed by more
// of run: a person's title or name ("Director Nihad Awad"), not the end of
// an organisation's ("Brennan Center for Justice", "University of
// Virginia"). Honorifics are no sign: "Defense" and "Justice" are among
// them.
func (d *doc) holdsPerson(run rng) bool {
	for k := run.s; k < run.e-1; k++ {
		w := strings.TrimSuffix(stripPossessive(d.word(k)), ".")
		if roleNouns.has(w) || firstNameGender(w) != genderUnknown {
			return true
		}
	}
	return false
}

// orgBeforeOf reports an organisation word (or its plural) in run, a
// capitalised run before an "of", "for" or "on" (orgNameRun), that names no
// person: "Bank" of "Bank of Japan", not "CBC Chairman G.K. Butterfield" of
// "... of North Carolina".
func (d *doc) orgBeforeOf(run rng) bool {
	org := false
	for k := run.s; k < run.e; k++ {
		w := strings.TrimSuffix(stripPossessive(d.word(k)), ".")
		if orgWords.has(w) || orgWords.has(strings.TrimSuffix(w, "s")) {
			org = true // "department" names an office too, so first
		} else if roleNouns.has(w) || honorifics[w] || firstNameGender(w) != genderUnknown {
			return false // a person
		}
	}
	return org
}

// personBeforeOf reports a person's name in run, the capitalised run
// before an "of" (runBeforeOf): two words or more with a known first name
// ("CBC Chairman Ana Ruiz" of "... of North Carolina").
func (d *doc) personBeforeOf(run rng) bool {
	if run.e-run.s < 2 {
		return false
	}
	for k := run.s; k < run.e; k++ {
		if firstNameGender(d.word(k)) != genderUnknown {
			return true
		}
	}
	return false
}

// firstNameRun reports a person's name of two or three words that opens
// with a known first name.
func (r *resolver) firstNameRun(run rng) bool {
	n := run.e - run.s
	return n >= 2 && n <= 3 && firstNameGender(r.d.word(run.s)) != genderUnknown && r.looksPerson(run)
}

// afterPossessive returns the token after the last possessive word of np
// ("Post’s" in "The Huffington Post’s Scott Conroy"), or np.s.
func (d *doc) afterPossessive(np rng) int {
	for k := np.e - 2; k >= np.s; k-- {
		if w := d.word(k); strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return k + 1
		}
	}
	return np.s
}

// afterRoleWord returns the part of a capitalised run after its last role
// word or honorific when two words or more follow it (the person an
// organisation's title names), else the run.
func (d *doc) afterRoleWord(run rng) rng {
	for k := run.e - 3; k >= run.s; k-- {
		if w := d.word(k); roleNouns.has(w) || honorifics[strings.TrimSuffix(w, ".")] || hyphenatedTitle(w) {
			if w == "the" && d.epithetEnd(k) > k {
				continue // "Larry the Cable Guy" (stage_name.go)
			}
			return rng{k + 1, run.e}
		}
	}
	return run
}

// nonPersonName returns the speaker of a one-word capitalised name w
// (lower case) that names no person: people of a party or a country
// ("Democrats", "Americans") are anonymous, a listed place acts as an
// organisation ("Texas"), and a day or month is no speaker at all: the
// subject's head noun is ("a report on Wednesday").
func (r *resolver) nonPersonName(a *attribution, w, full string) (Speaker, bool) {
	w = stripPossessive(w)
	switch {
	case groupName(w):
		return r.anonymous(full), true
	case timeWords.has(w) || monthNames.has(w):
		head := r.d.head(r.d.trimDet(a.subj))
		if head == w {
			return unknownSpeaker, true
		}
		return r.commonNounSpeaker(a, head), true
	case nonPersonNames.has(w):
		return Speaker{ID: r.id(full), Name: full, Kind: SpeakerOrganization}, true
	}
	return Speaker{}, false
}

// groupName reports a plural naming people of a party or a country
// ("democrats", "americans", "saudis").
func groupName(w string) bool {
	one, ok := strings.CutSuffix(w, "s")
	return ok && len(one) > 3 && (pluralPeople(w) || partyMembers.has(one) || demonymWord(one))
}

var partyMembers = set("democrat", "republican", "conservative", "liberal", "independent", "millennial",
	"evangelical", "moderate", "progressive", "libertarian", "socialist", "tory", "unionist")

// bareQuantifier names a subject that is a lone determiner: a quantifier
// stands for its people ("Most believe", "both condemned"), anything else
// ("A:", "her") for nobody known.
func (r *resolver) bareQuantifier(subj rng) string {
	if w := r.d.word(subj.s); subj.e-subj.s == 1 && quantifierSubjects.has(w) {
		return r.textOf(subj)
	}
	return "unknown"
}

var quantifierSubjects = set("one", "both", "another", "most", "all", "some", "many", "few", "several", "each",
	"either", "neither", "none", "others", "half")

// properNounElsewhere reports that the word at k, which opens its
// sentence, is capitalised elsewhere in the article in running text: inside
// a sentence, in a short capitalised run between lower-case words (not a
// headline in title case). Common nouns of speakers ("Officials") do not
// count.
func (r *resolver) properNounElsewhere(k int) bool {
	d := r.d
	w := stripPossessive(d.word(k))
	if w == "" || anonymousHeads.has(w) || roleNouns.has(w) || determiners.has(w) || discourse.has(w) || subjPronouns.has(w) {
		return false
	}
	if len(r.runs) > properNounIndexMin {
		return r.properNounIndexed(k, w)
	}
	return r.properNounWalk(k, w)
}

// properNounWalk answers properNounElsewhere(k) for the word w at k by a
// walk of the running-text runs' words.
func (r *resolver) properNounWalk(k int, w string) bool {
	for _, rw := range r.runningTextWords() {
		if rw.run != k && rw.w == w {
			return true
		}
	}
	return false
}

// runWord is a word of a running-text run (possessive stripped) that does
// not open its sentence, with the start of its run.
type runWord struct {
	w   string
	run int
}

// runningTextWords lists (once) the words of the runs runningTextRun holds
// for, other than a sentence's first: the walk asks for each
// sentence-opening name, and a flat list of words costs it less than the
// runs, their sentences and the possessives again on every call.
func (r *resolver) runningTextWords() []runWord {
	if !r.textWordsMade {
		d := r.d
		r.textWords, r.textWordsMade = d.bufs.textWords[:0], true
		for _, run := range r.runs {
			if !r.runningTextRun(run) {
				continue
			}
			for x := run.s; x < run.e; x++ {
				if x != d.sents[d.sentOf[x]].s {
					r.textWords = append(r.textWords, runWord{stripPossessive(d.word(x)), run.s})
				}
			}
		}
		d.bufs.textWords = r.textWords
	}
	return r.textWords
}

// runningTextRun: a run of at most three words between lower-case words,
// as properNounElsewhere counts them ("said Bernie Sanders on"; not a
// title-case headline, "Sanders Rips Clinton").
func (r *resolver) runningTextRun(run rng) bool {
	before, after := r.d.tokAt(run.s-1), r.d.tokAt(run.e)
	if run.e-run.s > 3 || after.kind == tWord && after.upper {
		return false
	}
	return before.kind == tWord && !before.upper || r.d.afterNickname(run.s) // "Marvin “Iron” Hale" (nickname.go)
}

// parentSpeaker is the speaker of the statement p that another continues
// or shares its subject with. A parent that is no statement of its own
// (dropped before resolution) has no speaker yet: the refined pass
// resolves it for the child (the plain pass keeps the trained kinds).
func (r *resolver) parentSpeaker(p *attribution) Speaker {
	if p.speaker.ID == "" && r.refined && p.partOf != p && p.inherits != p {
		sp := r.resolve(p)
		if sp.Kind != SpeakerUnknown || r.nameSubject(p) || r.nominalSubject(p) { // nominal_parent.go
			return sp // "Pence said ... but added that ...": Pence, though his first frame was dropped
		}
		return unknownSpeaker // its subject may be no subject
	}
	return p.speaker
}

// nameSubject reports a subject that is one capitalised name outside a
// headline, opening its sentence or after a conjunction: the name of a
// person or body even when no rule knows which.
func (r *resolver) nameSubject(p *attribution) bool {
	d := r.d
	if !p.subj.ok() || p.subj.e-p.subj.s > 3 || d.headlineRun(p.subj) {
		return false
	}
	return d.capitalRunEnd(p.subj.s, p.subj.e) == p.subj.e && !d.inQuote(p.subj.s)
}

// relativeAntecedent returns the noun phrase a relative pronoun at k
// refers to: "Jane Lee" in "Jane Lee, who said", "voters" in "voters who
// say", "some far-right commentators", "64 percent"; noRange if none. Only
// the head and what surely belongs to it: a name's capitalised run, or a
// determiner up to three words back ("the 1 percent who"), else numbers and
// capitals before the head ("GOP voters who").
func (d *doc) relativeAntecedent(k int) rng {
	if !relativeWords.has(d.word(k)) && d.word(k) != "of" && d.word(k) != "from" && d.word(k) != "in" {
		return noRange
	}
	j := k - 1
	if d.punct(j) == "," {
		j--
	}
	if j = d.ageBeforeRelative(j); j < 0 || d.toks[j].kind != tWord || d.inQuote(j) || determiners.has(d.word(j)) || subjPronouns.has(d.word(j)) {
		return noRange // "those who", "he who"
	}
	lo := d.sents[d.sentOf[j]].s
	s := j
	if d.toks[j].upper {
		for s-1 >= lo && d.tokAt(s-1).kind == tWord && (d.toks[s-1].upper || d.particlesEnd(s-1) == s) {
			s--
		}
		if w := d.word(s - 1); (w == "of" || w == "from") && s-2 >= lo && d.tokAt(s-2).upper {
			return d.relativeAntecedent(s - 1) // "Sen. Bernie Sanders of Vermont, who": the senator
		}
		if w, p := d.word(s-1), stripPossessive(d.word(s-2)); (w == "in" || w == "from") && s-2 >= lo && j == s && nonPersonNames.has(stripPossessive(d.word(s))) &&
			(anonymousHeads.has(p) || groupName(p)) {
			return d.relativeAntecedent(s - 1) // "voters in Ohio who": the voters, not the place
		}
		return rng{s, j + 1}
	}
	for x := j - 1; x >= lo && x >= j-3; x-- {
		if w := d.word(x); w == "a" || w == "an" {
			if name := d.appositionNameBefore(x, lo); name.ok() {
				return name // "Walter Hinterberger, 74, a retired watchmaker who said" (apposition_relative_name.go)
			}
			break
		}
	}
	nounBefore := false // a lower-case word that may be a verb ("met voters who")
	for x := j - 1; x >= lo && x >= j-3; x-- {
		w := d.word(x)
		switch {
		case stripPossessive(w) != w && !contractedIs.has(stripPossessive(w)):
			// "Mr. Rubio's campaign manager, who": the owner's name too
			for x > lo && d.tokAt(x-1).kind == tWord && d.toks[x-1].upper && d.toks[x].upper {
				x--
			}
			return rng{x, j + 1}
		case nounBefore:
			if w == "" {
				return rng{s, j + 1}
			}
		case determiners.has(w):
			return rng{x, j + 1}
		case isNumber(w) || numberWords.has(w) || d.toks[x].upper:
			s = x
		case strings.Contains(w, "-") || adjectiveLike(w):
			// "some far-right commentators": kept only up to a determiner
		default:
			nounBefore = true // "campaign manager": kept only after a possessive
		}
	}
	return rng{s, j + 1}
}

// contractedIs are words whose "'s" is "is" or "has", not a possessive.
var contractedIs = set("there", "here", "it", "that", "what", "who", "where", "how", "he", "she", "let")

// adjectiveLike reports a lower-case word with an adjective's ending.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ent", "ant", "ary", "ish", "ern"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// withoutAside returns the subject np up to an aside after a comma that
// describes the circumstances, not the speaker ("Two officials, speaking on
// condition of anonymity", "Officials, who asked not to be named",
// "Republicans, for their part", "Democrats, however"); the members a
// group names ("others, including Lee") stay.
func (d *doc) withoutAside(np rng) rng {
	for k := np.s + 1; k < np.e-1; k++ {
		if d.punct(k) == "," {
			if w := d.word(k + 1); relativeWords.has(w) || gerundWord(w) && w != "including" || asideOpeners.has(w) || d.participleAside(k+1) {
				return rng{np.s, k}
			}
		}
	}
	return np
}

// asideOpeners open an aside about the circumstances after a subject's
// comma: a preposition of time, place or manner, or a discourse adverb.
var asideOpeners = set("for", "in", "on", "at", "during", "after", "before", "from", "with", "however",
	"meanwhile", "though", "too", "also", "then", "now", "instead", "likewise", "similarly", "meantime")

// bareName returns a person's name without the office, owner or
// description before it, whichever way the speaker was found ("Senate
// Majority Leader Mitch McConnell", "France's Marine Le Pen", "Billionaire
// Donald Trump", and "Texas Sen. Ted Cruz" when a later "Cruz" finds it):
// the capitalised words after the last role word, honorific, possessive or
// descriptor before a first name, when two or more follow; else the name.
// A place or employer after the name goes too ("Tom Cole of Oklahoma").
func bareName(name string) string {
	// the words' starts and ends, on the stack: most names have no title
	var st, en [12]int
	n := 0
	for i := 0; i < len(name) && n < len(st); {
		for i < len(name) && nameSpaceAt(name, i) > 0 {
			i += nameSpaceAt(name, i)
		}
		if i == len(name) {
			break
		}
		st[n] = i
		for i < len(name) && nameSpaceAt(name, i) == 0 {
			i++
		}
		en[n] = i
		n++
	}
	capital := func(k int) bool { return 'A' <= name[st[k]] && name[st[k]] <= 'Z' }
	for j := 2; j < n-1; j++ {
		// "Rep. Lee Zeldin of New York": the name without the place or
		// employer after it, when a known first name comes before the
		// surname ("Secretary of State John Kerry" keeps its office)
		if name[st[j]:en[j]] == "of" && capital(j-1) && capital(j+1) {
			for k := j - 2; k >= 0; k-- {
				if firstNameGender(strings.ToLower(name[st[k]:en[k]])) != genderUnknown {
					name, n = name[:en[j-1]], j
					break
				}
			}
			break
		}
	}
	var buf [32]byte
	for i := n - 3; i >= 0; i-- {
		key := buf[:0] // the word in lower case, without a final period
		for _, c := range []byte(strings.TrimSuffix(name[st[i]:en[i]], ".")) {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			key = append(key, c)
		}
		if len(key) == 0 {
			continue
		}
		lw := unsafe.String(&key[0], len(key)) // read here only, never kept
		owner := stripPossessive(lw)
		title := honorifics[lw] || pluralRanks.has(lw) || roleNouns.has(lw) || hyphenatedTitle(lw) || owner != lw && !contractedIs.has(owner) ||
			descriptorWords.has(lw) && (firstNameGender(strings.ToLower(name[st[i+1]:en[i+1]])) != genderUnknown || dottedInitials(name[st[i+1]:en[i+1]]))
		if !title || lw == "the" && i > 0 && capital(i+1) && firstNameGender(strings.ToLower(name[st[i-1]:en[i-1]])) != genderUnknown {
			continue // "Larry the Cable Guy" (stage_name.go)
		}
		for k := i + 1; k < n; k++ {
			if x := name[st[k]:en[k]]; 'a' <= x[0] && x[0] <= 'z' && !nameParticles.has(x) {
				return name // "Director of National Intelligence ..." is for officeHolder
			}
		}
		j := i + 1
		for j < n-1 && titleWord(name[st[j]:en[j]]) {
			// "Brazil's President Lula", "Britain's Prime Minister
			// Starmer": the title after the possessive goes too, as in
			// "Brazilian President Lula" (session 21, hand-written probes)
			j++
		}
		return name[st[j]:]
	}
	return name
}

// dottedInitials reports a given name written as initials with periods
// ("J.", "J.K.", "J.R.R."): after a descriptor ("Author J.K. Rowling")
// it opens the name as a known first name does (session 21, hand-written
// probe).
func dottedInitials(w string) bool {
	if len(w) < 2 || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || i+1 >= len(w) || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// titleWord reports a capitalised title word of bareName's ("President",
// "Minister", "Sen."), not a possessive.
func titleWord(w string) bool {
	var buf [32]byte
	if len(w) > len(buf) || w == "" || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	lw := string(nameKeyOf(buf[:0], w))
	return lw == stripPossessive(lw) && (honorifics[lw] || roleNouns.has(lw) || hyphenatedTitle(lw))
}

// hyphenatedTitle reports an office written with hyphens whose first
// word is a title: "secretary-general", "director-general",
// "attorney-general", "commander-in-chief", or any office "-in-charge"
// or "-in-chief" ("Investigator-in-charge Dana Whitfield", "Post
// Editor-in-Chief Martin Baron ... Baron"; session 27: on train one
// such surname changes, right).
func hyphenatedTitle(w string) bool {
	first, rest, ok := strings.Cut(w, "-")
	return ok && (honorifics[first] || roleNouns.has(first) || rest == "in-charge" || rest == "in-chief")
}

// pluralRanks open a list of names ("Sens. Robert Menendez and Lindsey
// Graham"); only the final name drops them, the resolver's person and
// gender checks read the list as it was trained.
var pluralRanks = set("sens", "reps", "govs", "gens")

// nameSpaceAt returns the length of the space at byte i of a name: a
// space, a tab or a no-break space; 0 for none.
func nameSpaceAt(name string, i int) int {
	switch {
	case name[i] == ' ' || name[i] == '\t':
		return 1
	case strings.HasPrefix(name[i:], "\u00a0"):
		return len("\u00a0")
	}
	return 0
}
