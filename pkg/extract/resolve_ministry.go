package extract

import "strings"

// "The foreign ministry said" after "Ukraine's foreign ministry" is that
// ministry, not the ministry last quoted: an article quotes several ("the
// defense ministry" went to the foreign ministry before). A ministry named
// without its country is the table's ministry of the country its sentence
// names ("In France, the interior ministry said": the French Interior
// Ministry), else the earlier speaker whose name holds its words
// ("foreign", "defense"), else the ministry of the one country the
// paragraph names before it, else of the country the article names most.

// countrylessMinistry returns the words of a subject "the <words>
// ministry" or "the ministry of <words>" with no country in it ("foreign"
// of "the foreign ministry"); ok is false for other subjects.
func (r *resolver) countrylessMinistry(subj rng, head string) (words rng, ok bool) {
	d := r.d
	if !determinerDefinite(d.word(subj.s)) || subj.e-subj.s < 3 {
		return noRange, false
	}
	switch {
	case head == "ministry" && d.word(subj.e-1) == "ministry":
		words = rng{subj.s + 1, subj.e - 1}
	case d.word(subj.s+1) == "ministry" && d.word(subj.s+2) == "of" && subj.e-subj.s <= 6:
		words = rng{subj.s + 3, subj.e} // "the ministry of defence"
	default:
		return noRange, false
	}
	if !words.ok() {
		return noRange, false
	}
	for _, m := range r.ctryAt {
		if m.s < subj.e && m.e > subj.s {
			return noRange, false // "the Ukrainian foreign ministry": the table's
		}
	}
	for k := words.s; k < words.e; k++ {
		if d.toks[k].kind != tWord {
			return noRange, false
		}
	}
	return words, true
}

// ministryWithoutCountry resolves a countrylessMinistry subject with its
// words, to the subject without its article when nothing finds it.
func (r *resolver) ministryWithoutCountry(subj, words rng) Speaker {
	d := r.d
	fits := func(sp Speaker) bool {
		for k := words.s; k < words.e; k++ {
			if w := ministryWord(d.word(k)); !keyDrop[w] && !containsWord(strings.ToLower(sp.Name), w) {
				return false // "the foreign affairs ministry" fits the Foreign Ministry
			}
		}
		return containsWord(strings.ToLower(sp.Name), "ministry")
	}
	ofCountry := func(c int) (Speaker, bool) {
		if !r.al.countries[c].ministries {
			return Speaker{}, false // "Then, the interior ministry said" in an article on Washington
		}
		sp, ok := r.al.Resolve(r.textOf(words) + " ministry of " + r.al.countries[c].name)
		return sp, ok && fits(sp)
	}
	if c, ok := r.sentenceCountry(subj.s); ok {
		if sp, ok := ofCountry(c); ok {
			return sp // "In Italy, the interior ministry said"
		}
	}
	for i := len(r.history) - 1; i >= 0; i-- {
		if sp := r.history[i].speaker; sp.Kind == SpeakerOrganization && fits(sp) {
			return sp
		}
	}
	if c, ok := r.paragraphCountry(subj.s); ok {
		if sp, ok := ofCountry(c); ok {
			return sp
		}
	}
	if c, ok := r.articleCountry(subj.s); ok {
		if sp, ok := ofCountry(c); ok {
			return sp // "the Interior Ministry said" in an article on Kazakhstan
		}
	}
	// not the last ministry quoted, whatever its words
	n := r.textOf(rng{subj.s + 1, subj.e})
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerOrganization}
}

// sentenceCountry is the country named last before pos in its sentence.
func (r *resolver) sentenceCountry(pos int) (int, bool) {
	sent := r.d.sentOf[pos]
	for i := len(r.ctryAt) - 1; i >= 0; i-- {
		if m := r.ctryAt[i]; m.s < pos && r.d.sentOf[m.s] == sent {
			return m.country, true
		}
	}
	return 0, false
}

// articleCountry is the country of ministries the article names most
// often before pos (by name, adjective, capital or leader), if one leads;
// countries whose offices are departments do not count: "the foreign
// ministry" in an American article is some other country's.
func (r *resolver) articleCountry(pos int) (int, bool) {
	count := make([]int, len(r.al.countries)) // rare: a ministry without its country
	best, bestN, tie := -1, 0, false
	for _, m := range r.ctryAt {
		if m.s >= pos {
			break
		}
		if !r.al.countries[m.country].ministries {
			continue
		}
		count[m.country]++
		switch n := count[m.country]; {
		case n > bestN:
			best, bestN, tie = m.country, n, false
		case n == bestN && m.country != best:
			tie = true
		}
	}
	return best, best >= 0 && !tie
}

// paragraphCountry is the one country the paragraph names before pos; ok
// is false when it names none or several.
func (r *resolver) paragraphCountry(pos int) (int, bool) {
	para := r.d.toks[pos].para
	c := -1
	for _, m := range r.ctryAt {
		if m.s >= pos || r.d.toks[m.s].para != para {
			continue
		}
		if c >= 0 && m.country != c {
			return 0, false
		}
		c = m.country
	}
	return c, c >= 0
}

// ministryWord is a ministry's word as the table spells it (keySynonyms).
func ministryWord(w string) string {
	if syn, ok := keySynonyms[w]; ok && len(syn) == 1 {
		return syn[0] // "defence", "labour", "internal"
	}
	return w
}
