package extract

// "Hungarian Prime Minister Viktor Orbán ... Orban said": papers and wire
// copy mix the accented and plain spellings of one family name, even in
// one article (a headline or a quoted passage from the wire), and the
// article's full names are keyed by the word as written, so "Orban" was
// a person of its own. A lone family name no full name of the article
// ends in is the full name the article keys by the same word but for
// accents (the speaker id's fold, speaker_id_fold.go), as it keys the
// word itself; two such keys of different names: none. Refined pass only (names, not kinds). Session 26, hand-written
// probes.

// foldedFullName returns the full name the article gave whose family name
// is w but for accents; ok is false when there is none or more than one.
// Two plain (ASCII) spellings are never one name here, so a plain w is
// compared with the accented keys only, which most articles lack.
func (r *resolver) foldedFullName(w string) (string, bool) {
	if len(r.fullName) == 0 || w == "" {
		return "", false
	}
	plain := asciiOnly(w)
	if plain && len(r.accentedFullNameKeys()) == 0 {
		return "", false
	}
	id := r.id(w)
	full, ambiguous := "", false
	consider := func(k string) {
		if k == w || plain && asciiOnly(k) || r.id(k) != id {
			return
		}
		if f := r.fullName[k]; full != "" && full != f {
			ambiguous = true
		} else {
			full = f
		}
	}
	if plain {
		for _, k := range r.accentedKeys {
			consider(k)
		}
	} else {
		for k := range r.fullName {
			consider(k)
		}
	}
	if ambiguous {
		return "", false
	}
	return full, full != ""
}

// accentedFullNameKeys returns the keys of fullName that are not plain
// ASCII, made on first use: scanNames has filled fullName by then, and a
// lone name of every statement asks for its fold in both passes.
func (r *resolver) accentedFullNameKeys() []string {
	if !r.accentedKeysMade {
		r.accentedKeysMade = true
		keys := r.d.bufs.accentedKeys[:0]
		for k := range r.fullName {
			if !asciiOnly(k) {
				keys = append(keys, k)
			}
		}
		r.accentedKeys, r.d.bufs.accentedKeys = keys, keys
	}
	return r.accentedKeys
}

// asciiOnly reports a string of ASCII bytes only.
func asciiOnly(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
