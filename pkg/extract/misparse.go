package extract

// Frames the rules build from a cue word that is not a reporting verb in
// its sentence. They are dropped before the models see them (in training
// too), so the models learn from real frames only.

// misparsedFrame reports a frame whose cue or content the rules misread.
func (d *doc) misparsedFrame(a *attribution) bool {
	return d.relativeThatContent(a) || d.adjectiveNounCue(a) || d.namingParticiple(a) ||
		d.adverbOnlyContent(a) || d.dateSubject(a) || d.bareFrameContent(a) ||
		d.moreMisparsedFrame(a)
}

// adverbOnlyWords make up a content that only says when or how the cue
// happened ("as the paper reported a few days later", "Rubio responded
// first", "voters that respond favorably every time").
var adverbOnlyWords = set("a", "few", "days", "day", "weeks", "week", "months", "month", "years", "year",
	"later", "earlier", "first", "again", "every", "time", "times", "last", "next", "ago", "once", "twice",
	"favorably", "immediately", "quickly", "recently", "previously", "repeatedly", "today", "yesterday",
	"tonight", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

// adverbOnlyContent reports an unquoted content of at most four words, all
// adverbOnlyWords, that opens in lower case.
func (d *doc) adverbOnlyContent(a *attribution) bool {
	if len(a.content) != 1 {
		return false
	}
	c := a.content[0]
	if c.e <= c.s || c.e-c.s > 5 || d.toks[c.s].upper {
		return false
	}
	words := 0
	for k := c.s; k < c.e; k++ {
		if d.isQuote(k) || d.inQuote(k) {
			return false
		}
		if w := d.word(k); w != "" {
			if !adverbOnlyWords.has(w) {
				return false
			}
			words++
		}
	}
	return words > 0
}

// monthAbbrevs open a date as monthNames do ("Sept. 9").
var monthAbbrevs = set("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")

// dateSubject reports a frame whose subject is a date ("— Announced March
// 23, 2015" in a list of candidates): a date says nothing.
func (d *doc) dateSubject(a *attribution) bool {
	if !a.subj.ok() || a.subj.e-a.subj.s > 3 || !monthNames.has(d.word(a.subj.s)) && !monthAbbrevs.has(d.word(a.subj.s)) || !d.toks[a.subj.s].upper {
		return false
	}
	k := a.subj.s + 1
	if k >= a.subj.e {
		return false
	}
	w := d.text[d.toks[k].s:d.toks[k].e]
	return w != "" && w[0] >= '0' && w[0] <= '9'
}

// bareFrameContent reports a content of at most four words that is itself
// only a subject and a reporting verb ("Politico reported, according to
// sources, ...", "The arguments, Greenberg says his research shows,
// include ..."): the report is the sentence around it.
func (d *doc) bareFrameContent(a *attribution) bool {
	if len(a.content) != 1 {
		return false
	}
	c := a.content[0]
	if c.e-c.s > 4 || c.e-c.s < 2 || whWords.has(d.word(c.s)) || d.word(c.s) == "that" {
		return false // "defended what he said": a clause object
	}
	for k := c.s; k < c.e; k++ {
		if d.isQuote(k) || d.inQuote(k) || d.toks[k].kind != tWord || clauseAux.has(d.word(k)) || beForms.has(d.word(k)) {
			return false
		}
	}
	last := d.word(c.e - 1)
	ci, ok := cueOf(last)
	if !ok || ci.class != cueSpeech || ci.participle || nounish.has(last) {
		return false // "denied the charges", "defended his comments": a noun object
	}
	return ci.past || bareFrameVerbs.has(last)
}

// bareFrameVerbs are present forms of reporting verbs that are no nouns.
var bareFrameVerbs = set("says", "shows", "suggests", "writes", "tells", "argues", "adds", "explains", "insists", "indicates")

// nameContent reports a content that opens as a name does: a quotation or
// a capitalised word, after "the" at most ("the “Feed”", "“Move To
// Ohio”", "Tenemos Familias").
func (d *doc) nameContent(a *attribution) bool {
	if len(a.content) == 0 {
		return false
	}
	k := a.content[0].s
	if d.word(k) == "the" {
		k++
	}
	return d.isQuote(k) || d.word(k) != "" && d.toks[k].upper
}

// relativeThatContent reports a content that is the bare relative pronoun
// "that" ("a deal that was rejected by ...", "an officer that was claimed
// by ..."): the clause it opens belongs to the noun before it, so nothing
// is reported.
func (d *doc) relativeThatContent(a *attribution) bool {
	if len(a.content) != 1 {
		return false
	}
	c := a.content[0]
	return c.e == c.s+1 && d.word(c.s) == "that" && !d.toks[c.s].upper && !d.inQuote(c.s)
}

// nounAdjectives are common adjectives that put the word after them in a
// noun phrase: after "the new", "an old", "his recent" a cue word is a noun
// ("the new thinking that ...", "an old quip in economics that ...").
var nounAdjectives = set("new", "old", "recent", "latest", "simple", "famous", "familiar", "frequent",
	"favorite", "favourite", "usual", "standard", "popular", "common", "constant", "original")

// nounPhraseOpeners open the noun phrase of nounAdjectives.
var nounPhraseOpeners = set("a", "an", "the", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "one")

// plainNounCues are cue words that, as nouns, name no statement the
// annotation marks ("claim", "demand" and "question" as nouns do).
var plainNounCues = set("thinking", "quip", "quips", "read", "reads", "joke", "jokes")

// adjectiveNounCue reports a one-word cue after a determiner and a common
// adjective: a noun, not a reporting verb.
func (d *doc) adjectiveNounCue(a *attribution) bool {
	i := a.cue.s
	if a.cue.e != i+1 || i < 2 || d.inQuote(i) || a.inverted || !plainNounCues.has(d.word(i)) {
		return false
	}
	return nounAdjectives.has(d.word(i-1)) && !d.tokAt(i-1).upper && nounPhraseOpeners.has(d.word(i-2))
}

// namedThings are nouns for works, outlets, groups and schemes that
// "called" or "named" right after them names ("a website called “X”",
// "A blog, called the “Feed”", "an inflation formula called the “chained
// CPI”"): the quotation is a name, not a statement.
// Groups of people ("a group called ...") are left out: the annotation
// takes what such a group is called for its statement.
var namedThings = set("website", "site", "blog", "organization", "organisation", "company", "firm",
	"book", "film", "movie", "documentary", "show", "program", "programme", "project", "app", "initiative",
	"formula", "bill", "law", "policy", "tool", "network", "channel", "podcast", "column", "series", "song",
	"newsletter", "video", "ad", "event", "fund", "page", "account", "product", "startup", "publication",
	"magazine", "newspaper", "album", "game", "scheme", "technique", "practice", "phenomenon", "concept", "theory")

// namingParticiple reports "called", "named" or "dubbed" right after a
// namedThings noun (or that noun and a comma) whose phrase opens with "a"
// or "an".
func (d *doc) namingParticiple(a *attribution) bool {
	i := a.cue.s
	if a.cue.e != i+1 || d.inQuote(i) {
		return false
	}
	switch d.word(i) {
	case "called", "named", "dubbed", "titled", "entitled":
	default:
		return false
	}
	k := i - 1
	if d.punct(k) == "," {
		k--
	}
	if !namedThings.has(d.word(k)) || d.toks[k].upper {
		return false
	}
	if !d.nameContent(a) {
		return false // "A firm called the ruling “unfair”": a firm may speak
	}
	// the noun phrase: at most three modifiers back to "a"/"an"
	for j := k - 1; j >= k-4 && j >= 0; j-- {
		w := d.word(j)
		if w == "" || d.inQuote(j) {
			return false
		}
		if w == "a" || w == "an" {
			return true
		}
		if determiners.has(w) || subjPronouns.has(w) {
			return false
		}
	}
	return false
}
