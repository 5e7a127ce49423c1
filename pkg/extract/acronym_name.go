package extract

import (
	"slices"
	"strings"
)

// An organisation the article names in full and then by its initials is
// one speaker: "The National Transportation Safety Board said ... The NTSB
// added", "the Department of Foreign Affairs ... the DFA said", a headline's
// "NHS" before the body's "National Health Service". The initials alone
// made a second speaker, and of the kind person ("NTSB" is no known body).
// In the refined pass, a speaker whose name is one acronym-like word (two
// to six letters, at most one of them lower-case, a connector's: "BoE" of
// the Bank of England) takes the first name in the article whose
// capitalised words, over "of", "and", "the" and the like, have those
// initials and hold a word that names an organisation (orgWords,
// acronymOrgWords), with the acronym kept as an alias; a name the alias table knows gives the table's speaker. Initials
// with no such name stay as they are ("AOC said", "JFK"). Speaker names
// only: the statements and the models' kinds do not change. Train: 17
// speaker names changed, all right (AP is the Associated Press 9 times,
// U.S. the United States 5, EPA, FDIC and FEC the agencies the article
// names, which were persons); session 23, hand-written probes.

// acronymOrgWords name organisations besides orgWords, for initials.
var acronymOrgWords = set("authority", "enforcement", "affairs", "countries", "programme", "program",
	"society", "conference", "command", "corporation", "trust", "commissioner", "administration",
	"agency", "institute", "council", "forum", "network", "executive", "inspectorate",
	// session 27: "the International Cycling Integrity Unit ... the ICIU"
	"unit")

// acronymConnectors may stand between the words of a full name without
// giving a letter: "Food and Drug Administration", "Organization of the
// Petroleum Exporting Countries".
var acronymConnectors = set("of", "and", "for", "the", "on", "&", "de", "du", "des", "del", "la")

// maxAcronymsLooked bounds the acronyms an article's names are searched
// for (one walk of the article each): a transcript's capital labels are
// acronym-like too.
const maxAcronymsLooked = 32

// acronymSpeaker gives sp the full name its initials stand for.
func (r *resolver) acronymSpeaker(sp Speaker) Speaker {
	if sp.Kind == SpeakerAnonymous || sp.Members != nil || !acronymLike(sp.Name) {
		return sp
	}
	full, looked := r.acronyms[sp.Name]
	if !looked {
		if len(r.acronyms) >= maxAcronymsLooked {
			return sp
		}
		if r.acronyms == nil {
			r.acronyms = map[string]string{}
		}
		full = r.d.acronymExpansion(sp.Name)
		r.acronyms[sp.Name] = full
	}
	if full == "" {
		return sp
	}
	if t, ok := r.al.Resolve(full); ok {
		return t
	}
	sp.Aliases = append(slices.Clip(sp.Aliases), sp.Name)
	sp.ID, sp.Name, sp.Kind = r.id(full), full, SpeakerOrganization
	return sp
}

// acronymLike reports one word of two to six letters, all upper-case but
// for at most one ("NTSB", "TfL"); dots between the letters are allowed
// ("F.D.A.").
func acronymLike(name string) bool {
	letters, lower := 0, 0
	for i := 0; i < len(name); i++ {
		switch c := name[i]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c >= 'a' && c <= 'z':
			letters++
			lower++
		case c == '.':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6 && lower <= 1 && !(lower == 1 && letters == 2)
}

// acronymExpansion returns the first name of the article whose initials
// spell acr and that names an organisation, or "".
func (d *doc) acronymExpansion(acr string) string {
	acr = strings.ReplaceAll(acr, ".", "")
	first := lowerByte(acr[0])
	for k := range d.toks {
		t := d.tokAt(k)
		if t.kind != tWord || !t.upper || t.lower[0] != first || len(t.lower) < 2 {
			continue
		}
		if e, ok := d.initialsEnd(k, acr); ok {
			return stripPossessive(d.text[t.s:d.tokAt(e-1).e])
		}
	}
	return ""
}

// initialsEnd matches the words from k to the letters of acr: a capital
// letter to a capitalised word, after any connectors, a lower-case one to
// a connector ("BoE": Bank of England). It returns the end of the last
// word, and whether the words match and one of them names an
// organisation.
func (d *doc) initialsEnd(k int, acr string) (int, bool) {
	org := false
	m := k
	for j := 0; j < len(acr); j++ {
		c := acr[j]
		if c >= 'a' && c <= 'z' {
			if w := d.word(m); !acronymConnectors.has(w) || w[0] != c {
				return 0, false
			}
			m++
			continue
		}
		if j > 0 && !(acr[j-1] >= 'a' && acr[j-1] <= 'z') {
			for acronymConnectors.has(d.word(m)) && !d.tokAt(m).upper || d.punct(m) == "&" {
				m++
			}
		}
		t := d.tokAt(m)
		if t.kind != tWord || !t.upper || len(t.lower) < 2 || t.lower[0] != lowerByte(c) || t.para != d.tokAt(k).para {
			return 0, false
		}
		w := stripPossessive(t.lower)
		org = org || orgWords.has(w) || acronymOrgWords.has(w)
		m++
	}
	return m, org
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
