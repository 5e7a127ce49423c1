package extract

import "strings"

// subjectDomain widens a subject that is the top-level domain of a website
// to the whole site: "KSL.com reported that ..." had "com" for its
// speaker, since the tokenizer splits the domain at its dot (as for an
// "according to" source, domain_source.go). The site is the capitalised
// word joined to the dot before the domain ("KSL.com", "FOX13Now.com",
// "Stuff.co.nz"); after a preposition only the name widens. Inference only: training keeps its subjects, so the
// models do not move.
func (d *doc) subjectDomain(a *attribution) {
	if d.training || !a.subj.ok() || !topLevelDomains.has(strings.TrimSuffix(d.word(a.subj.s), ".")) || d.toks[a.subj.s].upper {
		return
	}
	s := a.subj.s
	for s >= 1 && d.toks[s-1].e == d.toks[s].s {
		p := s - 1 // the word before the dot: "Stuff" "." "co", or "co." carrying it
		if d.punct(p) == "." && p >= 1 && d.toks[p-1].e == d.toks[p].s && d.toks[p-1].kind == tWord {
			p--
		} else if !d.toks[p].abbr {
			break
		}
		s = p
		if d.toks[s].upper {
			break
		}
		if !topLevelDomains.has(strings.TrimSuffix(d.word(s), ".")) {
			return
		}
	}
	if s == a.subj.s || !d.toks[s].upper {
		return
	}
	a.name, a.title = rng{s, a.subj.e}, noRange
	switch d.word(s - 1) {
	case "by", "of", "from", "on", "at", "in", "with":
		// the site inside a longer subject ("a screen image captured by
		// Outsports.com showed"): the mention stays, so that the rules on
		// such subjects (speaker_subject.go) see it as before
		return
	}
	a.subj.s = s
	a.left = min(a.left, s)
}
