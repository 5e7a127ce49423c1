package extract

// A nickname in quotation marks inside a name: "said “Big” Tony Moran, 40",
// "Juan “Chico” Ruiz said". The quotation stopped the speaker's noun
// phrase, so "said “Big” Tony Moran" had no subject and the statement was
// lost. At inference the forward noun-phrase scan (npFwd) goes on over
// such a quotation: one to three capitalised words in marks, followed by
// a capitalised word outside them. Training keeps the old noun phrases,
// so the models do not move. Hand-written probes. (The backward scan too,
// for "Juan “Chico” Ruiz said", lost a right statement on train: a
// subject found for a belief verb inside another's content cut it.)

// nicknameEnd returns the token after a nickname quotation opening at k,
// or k.
func (d *doc) nicknameEnd(k int) int {
	if d.training || !d.isQuote(k) || !d.inQuote(k) {
		return k
	}
	q := d.quotes[d.qidx[k]]
	if q.first() != k || !q.closed || len(q.parts) != 1 {
		return k
	}
	last := q.last()
	if n := last - k - 1; n < 1 || n > 3 {
		return k
	}
	for x := k + 1; x < last; x++ {
		if t := d.toks[x]; t.kind != tWord || !t.upper {
			return k
		}
	}
	if n := d.tokAt(last + 1); n.kind != tWord || !n.upper || n.para != d.toks[k].para || d.inQuote(last+1) {
		return k
	}
	return last + 1
}

// A nickname in marks between the given name and the surname ("Dwayne
// “The Rock” Johnson", "Joaquin “El Chapo” Guzman") left the surname alone
// as the speaker ("Johnson"), and a later "Johnson said" found no full
// name: scanNames records the name without the nickname as the
// surname's full name ("Dwayne Johnson"), at inference only
// (nicknameEnd), and the surname after the marks is a name in running
// text (runningTextRun), as a sentence-initial "Johnson" asks. Session
// 27, hand-written probe; train: two surnames change, both right
// ("Keyworth" of George “Jay” Keyworth, "Tiegen" of John “Tig” Tiegen).

// nicknameFullName records, for a capitalised run before the quotation
// opening at k, the full name of the run and the surname after a
// nickname there.
func (r *resolver) nicknameFullName(run rng, k int) {
	d := r.d
	e := d.nicknameEnd(k)
	if e == k {
		return
	}
	given := d.stripRoles(run)
	if n := given.e - given.s; n < 1 || n > 2 || given.e != k || !r.looksPerson(given) {
		return
	}
	s := e
	for e < len(d.toks) && e < s+2 && d.toks[e].kind == tWord && d.toks[e].upper && d.toks[e].para == d.toks[s].para {
		e++
	}
	if t := d.tokAt(e); t.kind == tWord && t.upper || !r.looksPerson(rng{s, e}) {
		return // a longer run: no surname
	}
	last := stripPossessive(d.word(e - 1))
	if _, seen := r.fullName[last]; seen {
		return
	}
	r.fullName[last] = stripPossessive(r.textOf(given)) + " " + stripPossessive(d.text[d.toks[s].s:d.toks[e-1].e])
}

// afterNickname reports a token k right after the closing mark of a
// nickname (nicknameEnd).
func (d *doc) afterNickname(k int) bool {
	m := k - 1
	if d.training || m < 0 || !d.isQuote(m) || !d.inQuote(m) {
		return false
	}
	q := d.quotes[d.qidx[m]]
	return q.last() == m && d.nicknameEnd(q.first()) == k
}
