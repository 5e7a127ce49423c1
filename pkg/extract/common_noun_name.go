package extract

import "strings"

// "Mourners said", "Emails show", "the Census found", "a 45% plurality of
// Democrats said", "a review of his work found": a person speaker whose
// name opens with a lower-case word or a digit, or is one capitalised word
// that the article also writes in lower case as a common noun ("voters",
// "emails", "census"), names no person: the gateway would list a speaker
// "Mourners" or "review of his work in Ukraine". In the refined pass
// (names only, the plain pass keeps the kinds the accept model reads) such
// a speaker is of unknown kind under the words as written. Not a name
// opening with a particle ("de Blasio", "al-Assad"), a known first name, or
// a word that is the surname of a full name the article gives ("Deal" after
// "Nathan Deal"). Session 23, train speaker names: of 15 changed design names (11
// documents) 13 right, 0 wrong, 2 neutral (still no right name).

// commonNounName corrects a person speaker sp (see above).
func (r *resolver) commonNounName(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil || sp.Name == "" {
		return sp
	}
	if c := sp.Name[0]; 'a' <= c && c <= 'z' || '0' <= c && c <= '9' {
		first, _, _ := strings.Cut(sp.Name, " ")
		if p, _, _ := strings.Cut(first, "-"); nameParticles.has(p) {
			return sp // "de Blasio", "al-Assad"
		}
		if n := firstNameRest(sp.Name); n != "" {
			// "his cousin James York": the name after the description
			return Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson, Title: strings.TrimSpace(strings.TrimSuffix(sp.Name, n)), Aliases: sp.Aliases}
		}
		return Speaker{ID: r.id(sp.Name), Name: sp.Name, Kind: SpeakerUnknown}
	}
	if sp.Title != "" || strings.ContainsAny(sp.Name, " .'’") || len(sp.Name) < 4 {
		return sp
	}
	lw := r.lowerScratch(sp.Name)
	if firstNameGender(lw) != genderUnknown {
		return sp
	}
	if _, surname := r.fullName[lw]; surname {
		return sp
	}
	if !r.lowerWordOccurs(lw) {
		return sp
	}
	return Speaker{ID: r.id(sp.Name), Name: sp.Name, Kind: SpeakerUnknown}
}

// lowerWordWalksMax bounds lowerWordOccurs' walks of an article.
const lowerWordWalksMax = 16

// lowerWordOccurs reports the word w (lower case) written in lower case
// somewhere in the text. The words are put in a set on the first call for
// the document: a walk of the text per speaker made a long article of
// many statements quadratic (BenchmarkPathological/colon_frames). Most
// asked words (surnames) occur in no lower case, so a bit set of the
// words' hashes answers those first; the few words a bit lets through
// are looked for by a walk of the text, and the set (a map, costly to
// fill) is made only once an article has asked for many.
func (r *resolver) lowerWordOccurs(w string) bool {
	if w == "" {
		return false
	}
	bits := &r.d.bufs.lowerBits
	if !r.lowerBitsMade {
		r.lowerBitsMade = true
		clear(bits[:])
		for i := range r.d.toks {
			if t := &r.d.toks[i]; t.kind == tWord && !t.upper && t.lower != "" {
				b := wordHash(t.lower) >> 16
				bits[b>>6] |= 1 << (b & 63)
			}
		}
	}
	if b := wordHash(w) >> 16; bits[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	if !r.lowerWordsMade && r.lowerWordWalks < lowerWordWalksMax {
		r.lowerWordWalks++
		for i := range r.d.toks {
			if t := &r.d.toks[i]; t.kind == tWord && !t.upper && t.lower == w {
				return true
			}
		}
		return false
	}
	if !r.lowerWordsMade {
		r.lowerWordsMade = true
		set := r.d.bufs.lowerWords
		if set == nil {
			set = map[string]struct{}{}
			r.d.bufs.lowerWords = set
		}
		clear(set)
		for i := range r.d.toks {
			if t := &r.d.toks[i]; t.kind == tWord && !t.upper {
				set[t.lower] = struct{}{}
			}
		}
	}
	_, ok := r.d.bufs.lowerWords[w]
	return ok
}

// firstNameRest returns the end of name from a known first name on
// ("cousin James York": "James York") when two or three capitalised words
// make it up, else "".
func firstNameRest(name string) string {
	f := strings.Fields(name)
	for k := 1; k < len(f)-1; k++ {
		if firstNameGender(strings.ToLower(f[k])) == genderUnknown {
			continue
		}
		if len(f)-k > 3 {
			return ""
		}
		for _, w := range f[k:] {
			if w[0] < 'A' || w[0] > 'Z' {
				return ""
			}
		}
		return strings.Join(f[k:], " ")
	}
	return ""
}
