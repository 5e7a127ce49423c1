package extract

// Endorsements in body text: "Christie endorsed Trump last week", "Obama,
// who endorsed Clinton on Thursday, ...". They are body stances
// (stance_body.go), rule-accepted at inference, with a narrower shape:
// the annotation leaves "endorsed him" and "the union endorsed her"
// (often a background fact in a subordinate clause) unmarked, while an
// endorsement of a named person or a thing by a named or relative subject
// is marked. On the training split 25 of its 28 finds match a statement.
// A pronoun object is taken after a name that opens its clause
// (namedEndorser; cv3 all tp +6 fp +0, speech, direct and exact unchanged).
var endorseForms = set("endorsed", "endorses")

// endorseCue reports an endorsement verb at i with a named or pronoun
// subject, or closing an appositive ("Brockovich, the activist, endorsed
// Sanders"), and a noun-phrase object that is no pronoun.
func (d *doc) endorseCue(s sentence, i int) bool {
	if objPronouns.has(d.word(i+1)) && !d.namedEndorser(s, i) || !d.bodyStanceObject(i+1) || d.endorseBackground(s, i) {
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

// namedEndorser reports a name right before "endorsed" at i that opens its
// clause: "President Barack Obama endorsed her", "Gov. Jerry Brown
// endorsed her, citing ...". With a pronoun object the endorsement is
// marked after such a subject (3 of 3 on train), not after a subordinator
// ("after Sanders endorsed him", "the fact that the union endorsed her")
// nor in a relative clause ("Christie, who endorsed him"): pronoun objects
// overall are annotated 10 times in 14. Inference only, as the frame.
func (d *doc) namedEndorser(s sentence, i int) bool {
	k := i - 1
	for k > s.s && d.adverbAt(k) && !d.inQuote(k) {
		k--
	}
	if k < s.s || d.inQuote(k) || d.tokAt(k).kind != tWord || !d.tokAt(k).upper || subjPronouns.has(d.word(k)) {
		return false
	}
	j := k
	for j > s.s && j > k-10 && !d.inQuote(j-1) && (d.tokAt(j-1).kind == tWord && (d.tokAt(j-1).upper || nameLinkWords.has(d.word(j-1))) || d.punct(j-1) == ".") {
		j--
	}
	if j == s.s {
		return true
	}
	p := d.word(j - 1)
	return p != "" && !endorserSubordinators.has(p) && !relativeWords.has(p) && cueInfoOf(p).class == 0
}

// nameLinkWords may join the words of a name: "the American Federation of
// Teachers and the National Education Association".
var nameLinkWords = set("of", "and", "the", "for")

// endorserSubordinators open a subordinate clause whose endorsement is a
// background fact.
var endorserSubordinators = set("after", "that", "when", "because", "since", "before", "if", "while", "as", "until", "once", "whom", "although", "though")
