package extract

// Wishes with "would like": "The White House would like to make the race a
// test of competence", "He would like to see the platform reflect his
// ideas". The infinitive (after "to see", its object and predicate) is the
// subject's wish, which the annotation marks. "Like" is no cue: the frames
// are built at inference only and accepted by rule, and only as their
// sentence's first frame ("they said they would like to ..." belongs to
// the statement before).

// wouldLikeConf is the confidence of a rule-accepted wish: on the training
// split its 8 finds match a statement at 30%.
const wouldLikeConf = 0.75

// wouldLikeCue reports "like" or "love" at i after "would" (or "'d") and
// before "to" and a lower-case verb, outside quotations and questions.
func (d *doc) wouldLikeCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) || i-1 <= s.s || d.punct(s.e-1) == "?" {
		return false
	}
	if w := d.word(i); w != "like" && w != "love" {
		return false
	}
	k := i - 1
	if d.word(k) == "also" || d.word(k) == "really" {
		k--
	}
	if p := d.word(k); p != "would" && p != "'d" && p != "’d" || d.inQuote(k) {
		return false
	}
	v := d.tokAt(i + 2)
	return d.word(i+1) == "to" && i+2 < s.e && v.kind == tWord && !v.upper && !d.inQuote(i+2)
}

// wouldLikeContentEnd returns the end of a wish's content, which starts
// at its "to" (or, after "to see", at the object), 0 for a wish without
// its subject before it, or -1 for other frames.
func (d *doc) wouldLikeContentEnd(a *attribution, limit int) (int, int) {
	if d.training || !a.ruleAccepted || a.cueText != "would like" || !a.cue.ok() {
		return -1, -1
	}
	if !a.subj.ok() || a.inverted || a.subj.e > a.cue.s || relativeWords.has(d.word(a.subj.e-1)) {
		return 0, 0
	}
	s := a.cue.e
	if d.word(s+1) == "see" && s+2 < limit {
		s += 2 // "would like to see the platform reflect ..."
	}
	e := d.clauseAsideEnd(s, limit, false)
	if e <= s+2 {
		return 0, 0 // "the figure he would like to become: ...": a fragment
	}
	return s, e
}
