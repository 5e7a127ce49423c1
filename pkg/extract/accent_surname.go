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
func (r *resolver) foldedFullName(w string) (string, bool) {
	if len(r.fullName) == 0 || w == "" {
		return "", false
	}
	id := SpeakerID(w)
	full := ""
	for k, f := range r.fullName {
		if k == w || k[0] == w[0] && asciiOnly(k) && asciiOnly(w) || SpeakerID(k) != id {
			continue // same spelling, or two plain spellings that differ
		}
		if full != "" && full != f {
			return "", false
		}
		full = f
	}
	return full, full != ""
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
