package extract

import "strings"

// "The senator repeated his recent claim that ...", "Smith's continued
// insistence that ...", "the minister's stern warning that ...": a cue
// noun after a possessive and adjectives reads as a verb whose subject is
// the words before it, and the mention was "his recent" (speaker
// "recent") or "Smith's recent". The possessor is the speaker. Train:
// such frames are kept by the model and annotated at 5 of 8, always with
// the possessor as source ("his", "Trump's"); a possessive nominal
// without an adjective ("his claim that") is annotated at 19 of 45 and
// has no frame, which stays so. At inference, after the accept model, the
// mention and the refined-pass speaker are the possessor (writerSubject,
// speaker_subject.go); the frames train as before. Session 25.

// possessorOwner returns the possessor that opens the subject of a cue
// noun when the rest of the subject is adjectives ("his recent", "Mr.
// Obama's original"), or noRange.
func (d *doc) possessorOwner(a *attribution) rng {
	if d.training || a.inverted || !a.subj.ok() || !a.cue.ok() || a.subj.e != a.cue.s {
		return noRange
	}
	if ci := d.cueInfoAt(a.cue.s); ci.past || strings.HasSuffix(d.word(a.cue.s), "ed") {
		return noRange // "Smith's aide warned": a verb
	}
	if k := a.subj.s - 1; d.possessiveApostrophe(k) {
		// "Sanders' recent claim": the subject starts after the mark
		for j := a.subj.s; j < a.subj.e; j++ {
			if !d.cueAdjective(j) {
				return noRange
			}
		}
		if p := d.npBack(k-1, d.sents[d.sentOf[k]].s); p.ok() && p.e == k {
			return p
		}
		return noRange
	}
	if a.subj.e-a.subj.s < 2 {
		return noRange
	}
	for k := a.subj.s; k < a.subj.e-1; k++ {
		w := d.word(k)
		var owner rng
		switch {
		case possessiveDeterminer(w):
			if k != a.subj.s || d.earlierCue(a) {
				return noRange // "people familiar with her thinking say"
			}
			owner = rng{k, k + 1}
		case d.toks[k].kind == tWord && stripPossessive(w) != w && len(w) > 2 && w[len(w)-1] == 's':
			if !d.ownerName(a.subj.s, k) {
				return noRange // "leaders go beyond Trump's controversial"
			}
			owner = rng{a.subj.s, k + 1} // "Smith's", "the minister's"
		case d.possessiveApostrophe(k):
			owner = rng{a.subj.s, k} // "Sanders' recent"
		default:
			continue
		}
		if !owner.ok() {
			return noRange
		}
		for j := k + 1; j < a.subj.e; j++ {
			if !d.cueAdjective(j) {
				return noRange
			}
		}
		return owner
	}
	return noRange
}

// ownerName reports the words from s before the possessive at k as the
// opening of a name or a definite noun phrase: "Mr. Obama's", "the
// minister's", not "leaders go beyond Trump's".
func (d *doc) ownerName(s, k int) bool {
	for j := s; j < k; j++ {
		t := d.tokAt(j)
		if t.kind != tWord || !t.upper && !(j == s && t.lower == "the") {
			return false
		}
	}
	return true
}

// earlierCue reports a cue of telling ("urged", "told", "warned") before
// a's subject in its sentence: the possessive frame lies in that cue's
// content ("urged the senator to apologize for his recent comments"), a
// nested report that is dropped, and its pronoun is most often the
// addressee's, an object no history holds (the resolver found another
// person for it).
func (d *doc) earlierCue(a *attribution) bool {
	for j := d.sents[a.sent].s; j < a.subj.s; j++ {
		if !d.inQuote(j) && d.cueInfoAt(j).lemma != "" && d.cueInfoAt(j).class == cueTell {
			return true
		}
	}
	return false
}

// cueAdjective reports a lower-case adjective or adverb of a cue noun's
// modifiers: "recent", "repeated", "stern", "most surprising", "thinly
// veiled". A noun ("aide", "official", "spokesman") is none.
func (d *doc) cueAdjective(j int) bool {
	t := d.tokAt(j)
	if t.kind != tWord || t.upper || roleHeadNoun(t.lower) {
		return false
	}
	w := t.lower
	if cueAdjectives.has(w) || d.adverbAt(j) {
		return true
	}
	for _, suf := range [...]string{"ed", "ing", "ous", "ful", "less", "est"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// roleHeadNoun: nouns of people and bodies that end like adjectives
// ("the party's leading ..." is an adjective, "his darling" rare).
func roleHeadNoun(w string) bool {
	return cueAdjectiveNouns.has(w)
}

var cueAdjectiveNouns = set("offspring", "sibling", "underling", "darling", "hireling", "ruling", "briefing", "meeting",
	"hearing", "building", "feed", "weekend", "earnings", "filing", "posting", "wedding", "reading", "spending")

var cueAdjectives = set("recent", "earlier", "latest", "previous", "past", "original", "initial", "first", "last", "new",
	"stern", "false", "public", "private", "frequent", "constant", "controversial", "famous", "infamous", "bold",
	"blunt", "stark", "dire", "grim", "explicit", "implicit", "clear", "vague", "own", "oft-repeated", "much-publicized",
	"clarion", "personal", "formal", "informal", "solemn", "firm", "strong", "harsh", "sharp", "fierce",
	"most", "more", "very", "oft", "dubious", "unusual", "rare", "early", "final", "cryptic")
