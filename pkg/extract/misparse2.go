package extract

import "strings"

// More frames misread from a cue word that is no reporting verb in its
// sentence (see misparse.go).

// moreMisparsedFrame reports the frames of this file's checks.
func (d *doc) moreMisparsedFrame(a *attribution) bool {
	return d.prepositionNounCue(a) || d.reducedRelativeCue(a) || d.writtenDocumentObject(a)
}

// nounPrepositions take a noun, never a finite verb, as object: a bare
// cue form right after one is a noun ("a base of support", "an erosion in
// support", "in hopes of ...", "in mock exasperation").
var nounPrepositions = set("of", "in", "on", "for", "with", "without", "by", "about", "from", "at", "into",
	"under", "against", "among", "amid", "despite", "toward", "towards")

// prepositionNounCue reports a one-word cue that is neither a participle
// nor a past form right after a nounPrepositions word.
func (d *doc) prepositionNounCue(a *attribution) bool {
	i := a.cue.s
	if a.cue.e != i+1 || i < 1 || a.inverted || d.inQuote(i) || d.inQuote(i-1) {
		return false
	}
	c, ok := d.cueAt(i)
	if !ok || c.participle || c.past || strings.HasSuffix(d.word(i), "s") {
		return false // "in hopes that ...": the annotation takes the plural noun's clause
	}
	return nounPrepositions.has(d.word(i-1)) && !d.tokAt(i-1).upper
}

// reducedRelativeCue reports an -ing cue right after its subject noun
// whose unquoted content runs into a finite verb: "superdelegates
// supporting Sanders declined to comment", "a stereotype denouncing
// communists ignored ...": the participle phrase only modifies the noun of
// a sentence that reports nothing.
func (d *doc) reducedRelativeCue(a *attribution) bool {
	i := a.cue.s
	if a.cue.e != i+1 || a.inverted || !a.subj.ok() || a.subj.e != i || d.inQuote(i) || len(a.content) != 1 {
		return false
	}
	c, ok := d.cueAt(i)
	if !ok || !c.participle {
		return false
	}
	ct := a.content[0]
	if ct.s < a.cue.e || ct.e >= len(d.toks) || d.isQuote(ct.s) || d.inQuote(ct.s) {
		return false
	}
	w := d.word(ct.e)
	if w == "" || d.inQuote(ct.e) || d.toks[ct.e].upper {
		return false
	}
	return finiteVerb(w) || clauseAux.has(w) && !strings.HasPrefix(w, "'")
}

// documentNouns name a piece of writing: "wrote the letter", "wrote a
// children's book" say what was written, not what it says.
var documentNouns = set("letter", "letters", "book", "books", "profile", "introduction", "op-ed", "column",
	"columns", "article", "articles", "memo", "memos", "note", "notes", "story", "stories", "piece", "pieces",
	"essay", "essays", "blog", "editorial", "editorials", "review", "foreword", "preface", "chapter",
	"speech", "speeches", "biography", "memoir", "novel", "song", "songs", "script", "commentary")

// writtenDocumentObject reports a forward content of "write" that is only
// a written thing and its adjuncts: a determiner, a documentNouns word
// among its next four tokens, and after it no quotation, no clause
// ("that", "which", "who", "in which"), no name ("called") and no
// participle ("a letter urging ...").
func (d *doc) writtenDocumentObject(a *attribution) bool {
	if a.cue.e != a.cue.s+1 || a.inverted || len(a.content) != 1 || d.inQuote(a.cue.s) {
		return false
	}
	if c, ok := d.cueAt(a.cue.s); !ok || c.lemma != "write" {
		return false
	}
	ct := a.content[0]
	if ct.s < a.cue.e || !determiners.has(d.word(ct.s)) {
		return false
	}
	noun := -1
	for k := ct.s + 1; k < ct.e && k <= ct.s+4; k++ {
		if documentNouns.has(d.word(k)) {
			noun = k
			break
		}
	}
	if noun < 0 {
		return false
	}
	for k := ct.s; k < ct.e; k++ {
		if d.isQuote(k) || d.inQuote(k) {
			return false
		}
		if k <= noun {
			continue
		}
		switch w := d.word(k); {
		case w == "that" || w == "which" || w == "who" || w == "whom" || w == "called" || w == "titled" || w == "entitled":
			return false
		case strings.HasSuffix(w, "ing") && (k == noun+1 || d.punct(k-1) == ","):
			return false // "a letter urging ...": what the letter says
		}
	}
	return true
}
