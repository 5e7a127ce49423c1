package extract

import "slices"

// "Ferrante said ... [three paragraphs of Bellini, the union leader] ...
// She rejected that argument, saying ...": a he or she whose person last
// spoke beyond a pronoun's reach (two paragraphs, pronounBase) is still
// that person when nothing of the pronoun's gender came between: no name
// that can be one, no pronoun of that gender, no "a woman" or "the
// chairman", no statement of an unnamed person of that gender. Without
// it the pronoun had no speaker at all. Only when the plain and nearer
// rules found none, and for at most distantPronounParas paragraphs back.
// Refined pass, names only. Session 28, long articles 49 and 53 and
// hand-written probes.

// distantPronounParas bounds how far back the speaker may be.
const distantPronounParas = 6

// distantSpeakerPronoun returns the last person of the pronoun's gender
// who spoke two to distantPronounParas paragraphs before pos, when the
// text between holds nothing of that gender; ok is false otherwise.
func (r *resolver) distantSpeakerPronoun(p string, pos, para int) (Speaker, bool) {
	d := r.d
	want := pronounGender(p)
	if want == genderUnknown || !r.refinedOnly() {
		return Speaker{}, false
	}
	const maxLookBack = 60
	for i := len(r.history) - 1; i >= 0 && i >= len(r.history)-maxLookBack; i-- {
		h := r.history[i]
		hp := d.sents[h.sent].para
		if hp < para-distantPronounParas {
			break
		}
		if h.subj.ok() && h.subj.s >= pos {
			continue
		}
		sp := h.speaker
		if sp.Kind != SpeakerPerson {
			if r.gendered(want, h.subj) {
				return Speaker{}, false // "His wife said ... She added": an unnamed woman spoke
			}
			continue
		}
		core, ok := personCore(sp.Name)
		if !ok {
			continue
		}
		g := nameGender(core, sp.Title)
		if g == genderUnknown {
			g = r.learnedGender(sp.ID) // "Milan Kovac ... “…,” he said": his own statements' pronouns
		}
		if !want.agrees(g) {
			continue
		}
		if g == genderUnknown || hp >= para-2 {
			return Speaker{}, false // unsure, or in reach: the nearer rules decided
		}
		if !r.noGenderBetween(want, d.sents[h.sent].e, pos, sp.ID) {
			return Speaker{}, false
		}
		if core != sp.Name {
			sp = Speaker{ID: r.id(core), Name: core, Kind: SpeakerPerson, Title: sp.Title}
		}
		return sp, true
	}
	return Speaker{}, false
}

// gendered: the noun phrase is a pronoun of that gender or has a head of
// that gender ("his wife", "a spokeswoman").
func (r *resolver) gendered(want gender, np rng) bool {
	if !np.ok() {
		return false
	}
	w := stripPossessive(r.d.word(np.e - 1))
	return pronounGender(w) == want || describedGender(w) == want || wordGender(w) == want
}

// maleWords and femaleWords are the pronoun forms of each gender.
var (
	maleWords   = set("he", "him", "his", "himself")
	femaleWords = set("she", "her", "hers", "herself")
)

// noGenderBetween: the tokens in [s, e) hold no pronoun of the gender, no
// noun of it that introduces someone ("a woman", "the chairman"; not "the
// rider's brother", a relative of a known person), and no person name
// that can be of it other than the speaker id.
func (r *resolver) noGenderBetween(want gender, s, e int, id string) bool {
	d := r.d
	words := maleWords
	if want == genderFemale {
		words = femaleWords
	}
	for k := s; k < e; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || t.upper && k != d.sents[d.sentOf[k]].s {
			continue
		}
		w := t.lower
		if words.has(w) {
			return false
		}
		if describedGender(w) == want || wordGender(w) == want {
			prev := d.word(k - 1)
			if stripPossessive(prev) == prev && prev != "his" && prev != "her" && prev != "their" {
				return false
			}
		}
	}
	persons := r.pronounPersons()
	i, _ := slices.BinarySearchFunc(persons, s, func(run rng, s int) int { return run.s - s })
	for ; i < len(persons) && persons[i].s < e; i++ {
		run := persons[i]
		if !r.personRun(run) || r.weakPersonRun(run) {
			continue // "Nov. 14", "in Lausanne": more likely a date or a place (as personPronoun)
		}
		sp := r.runSpeaker(run)
		if sp.Kind != SpeakerPerson || !personName(sp.Name) || sp.ID == id {
			continue
		}
		// the title or the given name must tell the other gender, and
		// neither this one: "Trump spokesman Hope Hicks" is a woman
		titled, named := r.runGender(run), r.genderOr(nameGender(sp.Name, ""), sp.Name, sp.ID)
		if titled == want || named == want || titled == genderUnknown && named == genderUnknown {
			return false
		}
	}
	return true
}
