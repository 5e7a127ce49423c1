package extract

// A headline names its speaker and states what was said in one verb phrase:
// "Donald Trump Tweets A Misleading Graphic", "Rick Perry Just Announced His
// Endorsement", "Obama Claims Hillary Most Qualified", "Trump claims
// nomination;". headlineCue leaves out title-case cues after an adverb,
// the noun-like forms ("Claims", "Tweets") and the object verbs, which are
// unreliable in body text; in the headline, a short capitalised name right
// before the verb and the rest of the headline after it leave them no other
// reading.

// headlineAdverbs may stand between the headline's subject and its verb.
var headlineAdverbs = set("just", "finally", "now", "also", "again", "still")

// headlineNameStops open a clause or phrase, not a name: "How Paul Ryan
// Thinks About ...", "Obama To Asians Worried About ...".
var headlineNameStops = set("how", "why", "what", "when", "where", "who", "as", "if", "while", "after",
	"before", "because", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "and", "or")

// headlineNameVerb reports a cue at i in the article's first sentence, a
// third-person or past form, right after a short capitalised name that opens
// the headline (or follows its kicker's colon), with a word after it.
func (d *doc) headlineNameVerb(s sentence, i int, c cueInfo) bool {
	if s.para != 0 || s.s != d.sents[0].s || c.participle || d.inQuote(i) || i+1 >= s.e {
		return false
	}
	w := d.word(i)
	if !(len(w) > 3 && (w[len(w)-1] == 's' || w[len(w)-2:] == "ed")) && !pastVerbs.has(w) {
		return false // "To Release", "Think": not a finite verb
	}
	k := i - 1
	if k > s.s && headlineAdverbs.has(d.word(k)) {
		k--
	}
	// the name: one to four capitalised words back to the headline's start
	// or a colon
	n := 0
	for k >= s.s && d.toks[k].kind == tWord && d.toks[k].upper && !d.inQuote(k) && n < 5 {
		if x := d.word(k); headlineNameStops.has(x) || auxAdv.has(x) {
			return false // "How Paul Ryan Thinks", "Tim Allen Just Got Asked"
		}
		k--
		n++
	}
	if n == 0 || n > 4 || !(k < s.s || d.punct(k) == ":" || d.punct(k) == ",") {
		return false
	}
	if _, cue := cueOf(d.word(i + 1)); cue {
		return false // "Media Reports Reveal ...": a noun before the verb
	}
	// the verb phrase after the cue runs on to words, not to the end
	return d.tokAt(i+1).kind == tWord || d.isQuote(i+1)
}

// headlineDashEnd ends the content of a headline frame at a dash: in
// "Trump Just Revealed Who He Would Pick – It Might Surprise You" the
// teaser after the dash is the outlet's, not the speaker's.
func (d *doc) headlineDashEnd(a *attribution, fwd rng) int {
	if a.inverted || fwd.s != a.cue.e || !d.headlineNameVerb(d.sents[a.sent], a.cue.s, d.cueInfoAt(a.cue.s)) {
		return fwd.e
	}
	for k := fwd.s + 1; k < fwd.e; k++ {
		if d.isDash(k) && !d.inQuote(k) {
			return k
		}
	}
	return fwd.e
}
