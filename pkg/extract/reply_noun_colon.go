package extract

import "strings"

// A reply's noun before a colon: "Musk responded to the post with a
// single word: “Interesting.”", "She summed it up in three words: “…”",
// "The senator replied with a question: “…”". The clause before the colon
// ends in a noun, which colonSubjectFrame refuses (a common noun before
// the colon is mostly no speech: "emailed a link with one sentence:"), and
// the quotation is often one word, shorter than a colon frame wants. A
// noun of saying (a word, a question, a reply) after "with" or "in" (or
// "had", "gave": "had a one-word response:") names
// what the subject said, and the quotation is it. The frame is built at
// inference only and accepted by rule, so the models do not move.

// replyNouns name what was said.
// A sentence or a message is what a mail or a post holds, not a reply
// ("emailed a link with one sentence:", colon_subject.go).
var replyNouns = set("word", "words", "question", "questions", "reply", "response", "answer",
	"phrase", "retort", "quip", "warning")

// replyNounModifiers may stand between the preposition and the noun.
var replyNounModifiers = set("a", "an", "one", "two", "three", "four", "five", "single", "simple",
	"just", "only", "short", "blunt", "brief", "terse", "curt", "pointed", "rhetorical", "few", "familiar", "sharp", "stark", "clear")

// replyNounOpeners come before the noun's phrase: a preposition of
// manner ("with a question", "in three words") or a verb of giving ("had
// a one-word response", "gave a blunt answer").
var replyNounOpeners = set("with", "in", "had", "has", "gave", "gives", "offered", "offers")

// replyNounColonConf is the confidence of the rule's frames.
const replyNounColonConf = 0.7

// replyNounColonFrame returns the frame of quotation q after a clause that
// ends in "with/in" and a noun of replyNouns before a colon, with a
// subject at the sentence's start (colonSubject), or nil. Inference only.
func (d *doc) replyNounColonFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 {
		return nil
	}
	first := q.first()
	c := first - 1
	if c < 1 || d.punct(c) != ":" || d.inQuote(c) || d.toks[c].para != d.toks[first].para || d.countWords(first, q.last()) == 0 {
		return nil
	}
	si := d.sentOf[c]
	s := d.sents[si]
	if d.hasQuoteIn(s.s, c) || !replyNouns.has(d.word(c-1)) || d.inQuote(c-1) {
		return nil
	}
	p := c - 2
	for p > s.s && p > c-6 && (replyNounModifiers.has(d.word(p)) || strings.HasSuffix(d.word(p), "-word")) && !d.inQuote(p) {
		p-- // "a single", "a one-word"
	}
	if w := d.word(p); !replyNounOpeners.has(w) || p <= s.s || p == c-2 && w != "with" && w != "in" {
		return nil // "had a response:", but not "had response:"
	}
	subj := d.colonSubject(si, c)
	if !subj.ok() || subj.e > p {
		return nil
	}
	a := d.colonClauseAttribution(q, c, subj, replyNounColonConf)
	a.ruleAccepted = true
	return a
}
