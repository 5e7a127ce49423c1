package extract

// Naming phrases inside a subject: "“The enemy is advancing,” a Ukrainian
// commander with the call sign “Hunter” told the BBC", "a resident who
// goes by Bear said", "a protester identified only as Maria said". The
// phrase gives the person a name of convenience between the head noun
// phrase and the cue; the subject scan (npBack, which training uses)
// stops inside it ("call" is no noun of a name) or takes the name alone
// ("sign Hunter"). At inference only the subject is the head with its
// naming phrase, and the speaker is the head: a call sign or a nickname is
// no person's name the article gives in full (namingPhraseOwner makes the
// head the mention and the refined speaker, speaker_subject.go).

// namingPhrases are the word sequences before a name of convenience.
var namingPhrases = [][]string{
	{"with", "the", "call", "sign"}, {"with", "the", "callsign"}, {"with", "the", "nickname"},
	{"with", "the", "code", "name"}, {"with", "the", "nom", "de", "guerre"},
	{"known", "as"}, {"known", "only", "as"}, {"identified", "only", "as"}, {"identified", "as"},
	{"who", "goes", "by"}, {"who", "go", "by"}, {"who", "goes", "by", "the", "name"},
	{"nicknamed"}, {"dubbed"},
}

// namingPhraseSubject returns the subject ending at k whose last part is a
// naming phrase and a name (a closed quotation of at most four words, or
// up to three capitalised words), with the name and title of its head
// noun phrase, or noRange three times. Inference only.
func (d *doc) namingPhraseSubject(s sentence, k int) (subj, name, title rng) {
	subj, name, title = noRange, noRange, noRange
	if d.training || k <= s.s {
		return
	}
	xs := k // the name's first token
	if d.isQuote(k) && d.inQuote(k) {
		q := &d.quotes[d.qidx[k]]
		if !q.closed || len(q.parts) != 1 || q.last() != k || q.first() <= s.s || d.countWords(q.first(), k) > 4 || d.countWords(q.first(), k) == 0 {
			return
		}
		xs = q.first()
	} else {
		if d.tokAt(k).kind != tWord || !d.tokAt(k).upper || d.inQuote(k) {
			return
		}
		for xs-1 > s.s && xs > k-2 && d.tokAt(xs-1).kind == tWord && d.tokAt(xs-1).upper && !d.inQuote(xs-1) {
			xs--
		}
	}
	n := d.namingPhraseStart(xs, s.s)
	if n <= s.s {
		return
	}
	head, hn, ht := d.subjectBefore(n-1, s.s)
	if !head.ok() || head.e != n || subjPronouns.has(d.word(head.s)) {
		return // "he known as"
	}
	if d.punct(head.s-1) == "," && !d.inQuote(head.s-1) {
		return // "Tom Ruiz, the hacker known as “Ghost,” said": the apposition frames keep the name
	}
	return rng{head.s, k + 1}, hn, ht
}

// namingPhraseOwner returns the head noun phrase of a subject that
// namingPhraseSubject gave, or noRange. Inference only.
func (d *doc) namingPhraseOwner(a *attribution) rng {
	if d.training || a.inverted || !a.subj.ok() {
		return noRange
	}
	s := d.sents[a.sent]
	if subj, _, _ := d.namingPhraseSubject(s, a.subj.e-1); subj != a.subj {
		return noRange
	}
	x := a.subj.e - 1
	if d.isQuote(x) {
		x = d.quotes[d.qidx[x]].first()
	} else {
		for x-1 > s.s && x > a.subj.e-3 && d.tokAt(x-1).kind == tWord && d.tokAt(x-1).upper && !d.inQuote(x-1) {
			x--
		}
	}
	if n := d.namingPhraseStart(x, s.s); n > a.subj.s {
		return rng{a.subj.s, n}
	}
	return noRange
}

// namingPhraseStart returns the first token of a naming phrase that ends
// right before x, or -1.
func (d *doc) namingPhraseStart(x, lo int) int {
next:
	for _, p := range namingPhrases {
		st := x - len(p)
		if st <= lo {
			continue
		}
		for j, w := range p {
			if d.word(st+j) != w || d.inQuote(st+j) {
				continue next
			}
		}
		return st
	}
	return -1
}

// namingPhraseCue reports a cue word at i that opens a naming phrase
// whose name a cue follows ("a medic known as Bear said", "a student
// identified only as Maria told"): the phrase names the subject, it
// reports nothing. Inference only.
func (d *doc) namingPhraseCue(s sentence, i int) bool {
	if d.training || d.inQuote(i) {
		return false
	}
	w := d.word(i)
	if w != "known" && w != "identified" && w != "nicknamed" && w != "dubbed" {
		return false
	}
next:
	for _, p := range namingPhrases {
		if p[0] != w {
			continue
		}
		for j, pw := range p {
			if d.word(i+j) != pw || d.inQuote(i+j) {
				continue next
			}
		}
		x := i + len(p) // the name's first token
		e := x          // the token after the name
		if d.isQuote(x) && d.inQuote(x) {
			q := &d.quotes[d.qidx[x]]
			if !q.closed || q.first() != x || len(q.parts) != 1 {
				return false
			}
			e = q.last() + 1
		} else {
			for e < s.e && e < x+3 && d.tokAt(e).kind == tWord && d.tokAt(e).upper && !d.inQuote(e) {
				e++
			}
		}
		if e == x || e >= s.e {
			return false
		}
		c, cue := cueOf(d.word(e))
		if !cue || c.participle || d.inQuote(e) {
			return false // "has dubbed it “the yuca primary,” referring to ...": a verb, not a name
		}
		subj, _, _ := d.namingPhraseSubject(s, e-1)
		return subj.ok() && subj.s < i
	}
	return false
}
