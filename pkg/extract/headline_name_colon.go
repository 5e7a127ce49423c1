package extract

import "strings"

// "Macron: Europe could die", "Scholz: Germany will act": a headline names
// its speaker before a colon and gives the words after it. On the design
// docs, of the 89 headlines that open with one to three capitalised words
// and a colon, 55 are annotated as the name's statement; the rest are
// kickers and labels ("The Latest:", "BOOM:", "Monday's Morning Email:"),
// which this rule leaves out. The accept model kept the long ones but
// dropped short wire headlines (three or four words after the colon).
// headlineNameColon keeps at inference, whatever the accept model says
// (keep_unscored.go: the confidence stays the model's), a headline colon frame
// whose subject is a name (one word, or two or three after a known first
// name; no article, possessive, all-caps word, kicker or label) and whose
// content is a clause of three words or more with a verb. Train
// predictions: see the commit message. Session 21, hand-written probes.
func (d *doc) headlineNameColon(a *attribution) bool {
	if d.training || a.cueText != ":" || !a.subj.ok() || len(a.content) == 0 || d.sents[a.sent].para != 0 || a.inverted {
		return false
	}
	s := a.subj
	n := s.e - s.s
	if n < 1 || n > 3 || s.e != a.cue.s || d.headlineLabel(s) {
		return false
	}
	for k := s.s; k < s.e; k++ {
		t := d.toks[k]
		raw := d.text[t.s:t.e]
		if t.kind != tWord || !t.upper || isAllCaps(raw) || headlineKickers.has(t.lower) || wireKickers.has(t.lower) || headlineLabelNouns.has(t.lower) ||
			headlineWords.has(t.lower) || stripPossessive(t.lower) != t.lower || strings.HasSuffix(t.lower, "'s") || nonPersonNames.has(t.lower) {
			return false
		}
	}
	if n > 1 && firstNameGender(d.word(s.s)) == genderUnknown {
		return false
	}
	c := a.content[0]
	if len(a.content) != 1 || d.countWords(c.s, c.e) < 3 {
		return false
	}
	for k := c.s + 1; k < c.e; k++ {
		if w := d.word(k); clauseAux.has(w) && w != "'s" || finiteVerb(w) {
			return true
		}
	}
	return false
}

// headlineLabelNouns name a column, a genre or a finding rather than a
// speaker before a headline's colon.
var headlineLabelNouns = set("poll", "polls", "report", "reports", "survey", "study", "opinion", "editorial",
	"review", "comment", "commentary", "letters", "obituary", "podcast", "quiz", "recap", "fact", "check",
	"factcheck", "transcript", "text", "photos", "video", "watch", "listen", "read", "analysis", "explainer")
