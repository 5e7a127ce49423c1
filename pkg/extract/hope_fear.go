package extract

import "strings"

// "Strategists hope the ads will help", "Many fear Lee would win", "His
// advisers believe he can win": a hope, a fear or a belief with a bare
// clause (or a that-clause) whose verb is a modal is a statement the
// annotation marks nearly always (on train, outside other statements: 19
// of 22 hopes and fears, the 3 others nouns such as "in hopes turnout
// would drop"; 34 of 43 beliefs, most others negated or hypothetical:
// "doesn't think Lee can win", "one might think"). "hopes" and "fears" are
// nouns as often as verbs, so the general rules take their bare clause
// only after a pronoun or a name. These frames are rule-accepted at
// inference (hopeFearAccepted); in training the rules stay as they were.
// Their Confidence is the frame's default 0.8, about their precision on
// train.

var hopeFearLemmas = set("hope", "fear", "worry", "believe", "think", "doubt", "wish", "suspect")

// hopeFearClause reports a clause with a modal verb at fs right after a
// hope or fear cue used as a verb; false in training.
func (d *doc) hopeFearClause(a *attribution, fs, limit int) bool {
	if d.training || a.class != cueBelief || !a.cue.ok() || a.inverted || fs != a.cue.e {
		return false
	}
	if !hopeFearLemmas.has(cueInfoOf(d.word(a.cue.s)).lemma) {
		return false
	}
	if p := d.word(a.cue.s - 1); determiners.has(p) || adjunctPreps.has(p) || beForms.has(p) || p == "of" || p == "to" {
		return false // nouns and infinitives: "in hopes", "there are fears", "began to worry"
	}
	if p := d.word(a.cue.s - 1); p == "not" || p == "never" || strings.HasSuffix(p, "n't") || strings.HasSuffix(p, "n’t") || p == "might" {
		return false // "doesn't think Lee can win", "one might think"
	}
	if !a.subj.ok() && !a.relative && a.partOf == nil {
		return false
	}
	if m := d.thatSubordinateEnd(fs, limit); m > 0 {
		return d.modalClauseAt(m, limit) // "hope that as X, Y will ..." (that_subordinate.go)
	}
	return d.modalClauseAt(fs, limit) || d.hopeFearFinite(a, fs, limit) // hope_fear_finite.go
}

// modalClauseAt reports a clause at fs (after an optional "that") whose
// short subject is followed by a modal: "the ads will help".
func (d *doc) modalClauseAt(fs, limit int) bool {
	k := fs
	if d.word(k) == "that" {
		k++
	}
	if w := d.word(k); w == "" || d.inQuote(k) || whWords.has(w) || w == "if" || w == "that" || badContentStart.has(w) || sayFallbackModals.has(w) {
		return false
	}
	for j := k + 1; j < limit && j <= k+6; j++ {
		if d.toks[j].kind != tWord || d.inQuote(j) {
			return false
		}
		if sayFallbackModals.has(d.word(j)) {
			return true
		}
	}
	return false
}

// hopeFearAccepted reports a rule-accepted hope or fear with its clause.
func (d *doc) hopeFearAccepted(a *attribution) bool {
	return len(a.content) > 0 && a.partOf == nil && d.hopeFearClause(a, a.content[0].s, a.content[0].e)
}

// relativeHopeStart returns the relative pronoun that opens a hope or a
// fear about the noun it modifies, "cases [that the groups hoped would
// help business]", "[which he hoped would spark a revival]": the subject
// follows the pronoun and a modal or a form of "be" follows the cue. The
// clause from the pronoun is the content, rule-accepted at inference. It
// returns -1 otherwise and in training. (With "think" and "believe" the
// clause is often unannotated: "what his interviewers thought was
// plausible".)
func (d *doc) relativeHopeStart(a *attribution) int {
	if d.training || a.class != cueBelief || !a.cue.ok() || a.inverted || a.partOf != nil || !a.subj.ok() || a.subj.e != a.cue.s {
		return -1
	}
	if l := cueInfoOf(d.word(a.cue.s)).lemma; l != "hope" && l != "fear" {
		return -1
	}
	r := a.subj.s - 1
	if w := d.word(r); w != "that" && w != "which" && w != "what" || d.inQuote(r) {
		return -1
	}
	if nx := d.word(a.cue.e); !sayFallbackModals.has(nx) && !beForms.has(nx) || d.inQuote(a.cue.e) || a.cue.e+1 >= len(d.toks) || d.tokAt(a.cue.e+1).kind != tWord {
		return -1
	}
	return r
}
