package extract

import "strings"

// "The ministry said" right after a minister's statement ("Interior
// Minister Thomas Keller said ... The ministry said it would present a new
// draft") is that minister's ministry, of the country the sentence, the
// paragraph or the article names: the bare nominal had stayed "ministry".
// The portfolio is the word before "Minister" in the latest speaker's
// title (same paragraph or the one before); the ministry must be one of
// the table's (resolve_ministry.go's countries), else the rule gives
// nothing. Refined pass; testdata/long.

// ministerMinistry returns the ministry a bare "the ministry" subject
// takes up from the minister who spoke last.
func (r *resolver) ministerMinistry(subj rng) (Speaker, bool) {
	d := r.d
	if subj.e-subj.s != 2 || !determinerDefinite(d.word(subj.s)) || d.word(subj.s+1) != "ministry" || len(r.history) == 0 {
		return Speaker{}, false
	}
	h := r.history[len(r.history)-1]
	if d.sents[h.sent].para < d.toks[subj.s].para-1 || h.speaker.Kind != SpeakerPerson {
		return Speaker{}, false
	}
	f := strings.Fields(strings.ToLower(h.speaker.Title))
	if len(f) < 2 || strings.TrimSuffix(f[len(f)-1], ".") != "minister" {
		return Speaker{}, false
	}
	portfolio := f[len(f)-2]
	if portfolio == "prime" || portfolio == "deputy" || portfolio == "state" {
		return Speaker{}, false
	}
	c, ok := r.sentenceCountry(subj.s)
	if !ok {
		c, ok = r.paragraphCountry(subj.s)
	}
	if !ok {
		c, ok = r.articleCountry(subj.s)
	}
	if !ok || !r.al.countries[c].ministries {
		return Speaker{}, false
	}
	sp, ok := r.al.Resolve(portfolio + " ministry of " + r.al.countries[c].name)
	if !ok || sp.Kind != SpeakerOrganization || !containsWord(strings.ToLower(sp.Name), "ministry") {
		return Speaker{}, false
	}
	return sp, true
}
