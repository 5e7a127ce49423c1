package extract

import "strings"

// "The ministry said" right after a minister's statement ("Interior
// Minister Thomas Keller said ... The ministry said it would present a new
// draft") is that minister's ministry, of the country the sentence, the
// paragraph or the article names: the bare nominal had stayed "ministry".
// The portfolio is the word before "Minister" in the latest speaker's
// title (same paragraph or the one before), or of the one minister who
// spoke in the paragraphs before; the ministry must be one of
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
		if f = r.onlyMinisterTitle(subj.s); f == nil {
			return Speaker{}, false
		}
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

// onlyMinisterTitle returns the words of the title of the one minister
// who spoke in the paragraphs before pos ("Labour Minister Giulia
// Ferrante said ... Bellini said ... The ministry disputed that"), when
// the person who spoke last is no minister; nil if none or two ministers
// spoke. Session 27, hand-written long article.
func (r *resolver) onlyMinisterTitle(pos int) []string {
	const reach = 8 // paragraphs
	d := r.d
	para := d.toks[pos].para
	var found []string
	id := ""
	for i := len(r.history) - 1; i >= 0; i-- {
		h := r.history[i]
		if d.sents[h.sent].para < para-reach {
			break
		}
		if h.speaker.Kind != SpeakerPerson || !strings.Contains(strings.ToLower(h.speaker.Title), "minister") {
			continue
		}
		f := strings.Fields(strings.ToLower(h.speaker.Title))
		if len(f) < 2 || strings.TrimSuffix(f[len(f)-1], ".") != "minister" {
			continue
		}
		if id != "" && h.speaker.ID != id {
			return nil // two ministers
		}
		found, id = f, h.speaker.ID
	}
	return found
}
