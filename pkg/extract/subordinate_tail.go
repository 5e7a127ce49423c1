package extract

// "Strikes will go on, the union said as talks collapsed", "Rates will
// stay high, the bank said amid signs of slowing growth", "..., said the
// union as talks collapsed": a clause before the comma, then the frame,
// then a subordinate clause or a phrase of circumstance. The content is
// the clause before; the rules took what follows the cue for it ("amid the
// talks"), or refused it when it opened with "as" and lost the statement,
// or (inverted) read "the union as talks collapsed" as the content of a
// frame whose subject was the clause. At inference the words after the cue
// or the inverted subject are a tail when they open with such a word and
// a clause of three words or more ends with the comma before the frame.
// The annotated corpus has one such sentence (design docs), which the
// rules already read; hand-written probes.

// circumstanceWords open a subordinate clause or a phrase of circumstance.
var circumstanceWords = set("as", "amid", "amidst", "despite", "because", "since", "following", "though", "although")

// notClauseAs follow an "as" that opens no clause: "said as much", "as
// well as", "described as", "as a result".
var notClauseAs = set("much", "many", "well", "such", "far", "long", "soon", "if", "to", "of", "part", "usual",
	"expected", "always", "ever", "a", "an", "being", "evidence", "proof", "though", "follows")

// tailCues are the reporting verbs whose frame the tail may follow.
var tailCues = set("say", "tell", "add", "write", "tweet", "post", "warn", "insist", "argue", "note", "explain", "state")

// backClauseComma reports a comma at k that ends a clause of three words
// or more opening the sentence, outside quotations: not a name with its
// apposition ("Dan Gross, president of the Brady Campaign,") nor an
// opening phrase ("After a 39-hour filibuster,"). Inference only.
func (d *doc) backClauseComma(k int) bool {
	if d.training || d.punct(k) != "," || d.inQuote(k) {
		return false
	}
	s := d.sents[d.sentOf[k]]
	return d.countWords(s.s, k) >= 3 && d.looksClause(s.s, k)
}

// circumstanceTail reports that the words from fs on, right after frame
// a's cue, are such a tail (see above). Inference only.
func (d *doc) circumstanceTail(a *attribution, fs int) bool {
	if d.training || a.inverted || fs != a.cue.e || !circumstanceWords.has(d.word(fs)) || d.inQuote(fs) || a.left < 1 {
		return false
	}
	if w := d.word(fs); w == "as" && notClauseAs.has(d.word(fs+1)) {
		return false
	}
	if !tailCues.has(cueInfoOf(d.word(a.cue.s)).lemma) || relativeWords.has(d.word(a.subj.s)) {
		return false // "the Bank of Japan, which did not announce as much stimulus"
	}
	return d.backClauseComma(a.left - 1)
}
