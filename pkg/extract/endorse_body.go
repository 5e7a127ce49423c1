package extract

// Endorsements in body text: "Christie endorsed Trump last week", "Obama,
// who endorsed Clinton on Thursday, ...". They are body stances
// (stance_body.go), rule-accepted at inference, with a narrower shape:
// the annotation leaves "endorsed him" and "the union endorsed her"
// (often a background fact in a subordinate clause) unmarked, while an
// endorsement of a named person or a thing by a named or relative subject
// is marked. On the training split 25 of its 28 finds match a statement.
var endorseForms = set("endorsed", "endorses")

// endorseCue reports an endorsement verb at i with a named or pronoun
// subject, or closing an appositive ("Brockovich, the activist, endorsed
// Sanders"), and a noun-phrase object that is no pronoun.
func (d *doc) endorseCue(s sentence, i int) bool {
	if objPronouns.has(d.word(i+1)) || !d.bodyStanceObject(i+1) || d.endorseBackground(s, i) {
		return false
	}
	if i-1 > s.s && d.punct(i-1) == "," && !d.inQuote(i-1) {
		return d.word(i-2) != "" && !d.adverbAt(i-2)
	}
	return d.bodyStanceLeft(s, i)
}

// endorseBackground reports an endorsement that only describes someone:
// a restrictive "who" after a common noun ("people who endorsed the
// plan", "Voters who endorsed"), or a relative clause on the speaker of an earlier speech verb
// ("said Mr. King, who endorsed Rubio").
func (d *doc) endorseBackground(s sentence, i int) bool {
	k := i - 1
	for k > s.s && d.toks[k].kind == tWord && (d.adverbAt(k) || timeWords.has(d.word(k))) {
		k--
	}
	if d.word(k) != "who" {
		return false
	}
	if p := d.word(k - 1); p != "" && (!d.tokAt(k-1).upper || k-1 == s.s) {
		return true
	}
	for j := s.s; j < k; j++ {
		if !d.inQuote(j) && cueInfoOf(d.word(j)).class == cueSpeech {
			return true
		}
	}
	return false
}
