package extract

import "strings"

// "Clinton and Sanders clashed. ... Sanders shook his head. He said the
// record spoke for itself. ... She responded that ...": a name of unknown
// gender (no given name the lists know, no gendered title) that the
// article has already taken up with "he" is a man's, and "she" no longer
// goes to it (nor "he" to one taken up with "she"). Only for a lone
// surname: with a given name of either sex ("Kelly Ayotte") a wrong "he"
// before spread to the later statements (train, design docs). Refined pass only
// (personPronoun); session 23 probes. Train (design docs): 4 right, 0
// wrong, 3 wrong before and after.

// learnedGender is the gender of the earlier pronoun statements (he/she as
// the whole subject) of the speaker id, or genderUnknown when there is
// none or both.
func (r *resolver) learnedGender(id string) gender {
	g := genderUnknown
	for i := len(r.history) - 1; i >= 0 && i >= len(r.history)-100; i-- {
		h := r.history[i]
		if h.speaker.ID != id || h.subj.e-h.subj.s != 1 {
			continue
		}
		w := r.d.word(h.subj.s)
		if w != "he" && w != "she" {
			continue
		}
		pg := pronounGender(w)
		if g != genderUnknown && g != pg {
			return genderUnknown
		}
		g = pg
	}
	return g
}

// genderOr returns g, or when it is unknown the gender the article's
// pronouns gave the speaker id.
func (r *resolver) genderOr(g gender, name, id string) gender {
	if g != genderUnknown || strings.Contains(name, " ") {
		return g // a given name of either sex ("Kelly Ayotte") is no surname alone: a wrong "he" spread
	}
	return r.learnedGender(id)
}
