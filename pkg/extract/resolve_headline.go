package extract

// Headlines in title case ("Trump Says He’s Unlikely To Have A Good
// Relationship With David Cameron") make one long capitalised run. Read as
// one name, the run became the full name of every later "Cameron", the
// person a later "she" referred to, and the antecedent of "the network".
// A name holds no capitalised function word between other words, so such
// a run is cut at them, and in each part only a name that starts with a
// known first name and whose surname the article writes again counts
// ("David Cameron").

// headlineWords are the function words a title-case headline capitalises
// (lower case).
var headlineWords = set("a", "an", "and", "or", "but", "to", "with", "for", "from", "after", "before", "about",
	"against", "over", "into", "as", "at", "on", "in", "by", "than", "that", "if", "why", "how", "what", "who",
	"is", "are", "was", "were", "be", "will", "would", "can", "could", "should", "has", "have", "had", "not",
	"says", "said", "tells", "told", "it", "he", "she", "they", "we", "you", "his", "her", "its", "their",
	"our", "my", "him", "them", "up", "out", "off")

// headlineWordAt reports a title-case function word at k: "To", not "TO"
// or an initial "A.".
func (d *doc) headlineWordAt(k int) bool {
	t := d.tokAt(k)
	if t.kind != tWord || !t.upper || t.abbr || !headlineWords.has(t.lower) {
		return false
	}
	w := d.text[t.s:t.e]
	return len(w) == 1 || w[1:] == t.lower[1:]
}

// headlineRun reports a capitalised run holding a function word between
// other words ("George Will" and "Al From" are names).
func (d *doc) headlineRun(run rng) bool {
	for k := run.s + 1; k < run.e-1; k++ {
		if d.headlineWordAt(k) && !(k+2 == run.e && d.functionWordName(rng{k, run.e})) {
			return true // not "Vietnamese President To Lam" (function_word_name.go)
		}
	}
	return false
}

// headlinePart is the part of a headline run between function words that
// holds k.
func (d *doc) headlinePart(run rng, k int) rng {
	s, e := k, k+1
	for s > run.s && !d.headlineWordAt(s) {
		s--
	}
	if d.headlineWordAt(s) && s != k {
		s++
	}
	for e < run.e && !d.headlineWordAt(e) {
		e++
	}
	return rng{s, e}
}

// headlineName returns the person's name in a part of a headline run: a
// known first name and the next one or two words up to a surname that the
// article capitalises again elsewhere ("Jim Yong Kim" in "Nominates Jim
// Yong Kim", not "Hillary Just" in "Hillary Just Insulted"); noRange if
// none.
func (d *doc) headlineName(part rng) rng {
	s := part.s
	for s < part.e && firstNameGender(d.word(s)) == genderUnknown {
		s++
	}
	for k := s + 1; k < min(s+3, part.e); k++ {
		if d.capitalisedOutside(part, stripPossessive(d.word(k))) {
			return rng{s, k + 1}
		}
	}
	return noRange
}

// capitalisedOutside reports that the article writes w with a capital
// outside the range x.
func (d *doc) capitalisedOutside(x rng, w string) bool {
	for k := range d.toks {
		if (k < x.s || k >= x.e) && d.toks[k].upper && d.toks[k].kind == tWord && stripPossessive(d.toks[k].lower) == w {
			return true
		}
	}
	return false
}

// headlinePersons records the persons of a headline run: the name in each
// of its parts.
func (r *resolver) headlinePersons(run rng) {
	d := r.d
	for s := run.s; s < run.e; {
		part := d.headlinePart(run, s)
		if name := d.headlineName(part); name.ok() && r.looksPerson(name) && !d.inQuote(name.s) {
			r.addPerson(name)
		}
		s = part.e + 1
	}
}
