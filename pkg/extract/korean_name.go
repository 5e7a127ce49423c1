package extract

import "strings"

// Korean names of three words ("Kim Jong Un", "Yoon Suk Yeol", "Kim Yo
// Jong"): the family name comes first, as in "Xi Jinping", so a later
// lone "Kim" is the full name (the two-word and hyphenated forms, "Moon
// Jae-in", were already found). And "Un" there is a given name, not the
// UN: "North Korean leader Kim Jong Un" was taken for an organisation.
// Session 21, hand-written probes; speaker names only (refined pass).

// koreanThreePart reports a name of three capitalised words: a listed
// family name first (data/surnamefirst.txt), then two short syllables
// that are no English given names ("Lee Harvey Oswald" is not one).
func (d *doc) koreanThreePart(name rng) bool {
	if name.e-name.s != 3 || !surnameFirst.has(d.word(name.s)) && !wordSurnamesFirst.has(d.word(name.s)) {
		return false
	}
	for k := name.s + 1; k < name.e; k++ {
		w := stripPossessive(d.word(k))
		if !d.tokAt(k).upper || len(w) > 5 || strings.Contains(w, "-") || firstNameGender(w) != genderUnknown {
			return false
		}
	}
	return true
}

// unNotUN reports a word "Un" with a lower-case n: a given name, not the
// United Nations' "UN".
func (d *doc) unNotUN(k int) bool {
	t := d.tokAt(k)
	return t.kind == tWord && stripPossessive(t.lower) == "un" && !strings.HasPrefix(d.text[t.s:t.e], "UN")
}

// wordSurnamesFirst are Chinese and Korean family names that
// data/surnamefirst.txt leaves out as English words or given names: alone
// they are ambiguous, but before two syllables that are no English given
// names they open a name ("Lee Hsien Loong ... Mr Lee", "Moon Jae In").
// Session 22, hand-written probes.
var wordSurnamesFirst = set("lee", "ma", "sun", "song", "moon", "he")
