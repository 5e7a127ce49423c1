package extract

import "strings"

// "Brightwave Audio is recalling ... Brightwave said", "Tessellate
// Compute, a cloud computing company, wants ... Tessellate said": an
// organisation the article names in full and then by the first word of
// its name was two speakers. In the refined pass an organisation speaker
// of one or two words takes the first longer name in the article that
// opens with the same words and adds an organisation's, an institution's
// or a firm's word (orgWords, acronymOrgWords, institutionHeads,
// orgSuffixes, firmTradeWords), over "of" ("Hudson Museum of Asian Art"). Persons are left alone: "Clinton"
// is not the Clinton Foundation. Speaker names only. Session 27,
// hand-written long articles.

// maxShortOrgsLooked bounds the short names searched for (one walk of the
// article each).
const maxShortOrgsLooked = 16

// orgFullName gives an organisation speaker with a short name the
// article's full name for it.
func (r *resolver) orgFullName(a *attribution, sp Speaker) Speaker {
	if sp.Kind != SpeakerOrganization || sp.Members != nil || strings.Count(sp.Name, " ") > 1 || acronymLike(sp.Name) {
		return sp
	}
	found, looked := r.orgFullNames[sp.Name]
	if !looked {
		if len(r.orgFullNames) >= maxShortOrgsLooked {
			return sp
		}
		if r.orgFullNames == nil {
			r.orgFullNames = map[string]orgFullNameAt{}
		}
		found.name, found.at = r.d.longerOrgName(sp.Name)
		r.orgFullNames[sp.Name] = found
	}
	full := found.name
	if full == "" || found.at > anchorOf(a) {
		return sp // the full name must come first: not "The Washington Times" read later for "Washington"
	}
	if t, ok := r.al.Resolve(full); ok {
		return t
	}
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.ID, sp.Name = r.id(full), full
	return sp
}

// orgFullNameAt is an article's full name for a short one and the token
// where it stands.
type orgFullNameAt struct {
	name string
	at   int
}

// longerOrgName returns the first capitalised run of the article's body
// that opens with the words of name and adds words of a name ending in an
// organisation's word, or an institution's word and "of" a capitalised
// name, or "". No office may stand in the words added ("Police
// Commissioner Richard Ross", "White House Press Secretary"): a person.
func (d *doc) longerOrgName(name string) (string, int) {
	var buf [2]string
	n := 0
	for f := range strings.FieldsSeq(name) {
		if n == len(buf) {
			return "", 0
		}
		buf[n] = strings.ToLower(f)
		n++
	}
	if n == 0 || partyHeads.has(buf[0]) || nonPersonNames.has(buf[0]) {
		return "", 0 // "Cleveland": a place, not the Cleveland Police
	}
	bodyAlready := orgLikeWord(buf[n-1]) // "Brennan Center": only "of" may follow ("Hudson Museum of Asian Art")
	if bodyAlready && !institutionHeads.has(buf[n-1]) {
		return "", 0
	}
	for k := range d.toks {
		t := d.tokAt(k)
		if t.kind != tWord || !t.upper || t.lower != buf[0] || t.para == 0 || k > 0 && d.tokAt(k-1).kind == tWord && d.toks[k-1].upper && d.toks[k-1].lower != "the" {
			continue
		}
		m := k + 1
		for ; m < k+n; m++ {
			if stripPossessive(d.word(m)) != buf[m-k] || !d.tokAt(m).upper {
				break
			}
		}
		if m < k+n {
			continue
		}
		if bodyAlready {
			if d.word(m) != "of" || !d.tokAt(m+1).upper {
				continue
			}
			if e := d.capitalRunEnd(m+1, min(m+6, len(d.toks))); e > m+1 {
				return stripPossessive(d.text[t.s:d.tokAt(e-1).e]), k
			}
			continue
		}
		if e := d.orgNameTail(m); e > m {
			return stripPossessive(d.text[t.s:d.tokAt(e-1).e]), k
		}
	}
	return "", 0
}

// orgNameTail returns the end of the capitalised words from m up to the
// first organisation's word ("Audio", "Pharmaceuticals"), over "of" after
// an institution's word ("Museum of Asian Art"); m when there is none.
func (d *doc) orgNameTail(m int) int {
	e, head := m, false
	for e < m+6 {
		w := d.tokAt(e)
		switch {
		case w.kind == tWord && w.upper:
			lw := stripPossessive(w.lower)
			if roleNouns.has(lw) || positionNouns.has(lw) || lw != w.lower && e+1 < m+6 && d.tokAt(e+1).upper {
				return m // an office: a person's title; a possessive: another name
			}
			e++
			head = institutionHeads.has(lw)
			if orgLikeWord(lw) && !(head && d.word(e) == "of") {
				return e // the first such word ends it: "Columbia University", not its "Graduate School"
			}
		case w.kind == tWord && w.lower == "of" && head && d.tokAt(e+1).upper:
			e++
			for e < m+8 && d.tokAt(e).kind == tWord && d.toks[e].upper {
				e++
			}
			return e // "Hudson Museum of Asian Art"
		default:
			return m
		}
	}
	return m
}

// orgLikeWord: a word that ends an organisation's name.
func orgLikeWord(w string) bool {
	return orgWords.has(w) || acronymOrgWords.has(w) || orgSuffixes.has(w) || firmTradeWords.has(w) || institutionHeads.has(w)
}
