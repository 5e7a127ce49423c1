package extract

// Poll authors joined by "and" or a slash: "a new poll from USA
// TODAY/Suffolk University found ...", "A national poll released Sunday by
// The Washington Post and ABC News shows ...", "Other recent polls from
// Monmouth University and CNN/ORC show ...". The subject found is the last
// author, which evidenceSubject takes only right after "by", "from", "of"
// or "for". At inference only (training keeps its candidates), the walk
// back to the preposition also crosses the other authors. cv3: all tp +12
// fp +0 (with coordinatedFindingEnd), speech and direct unchanged.

// coordinatedEvidenceAuthor reports a subject that ends a run of authors
// ("USA TODAY/Suffolk University", "The Post and ABC News") after "by",
// "from", "of" or "for" that follows an evidence noun within eight words.
func (d *doc) coordinatedEvidenceAuthor(a *attribution) bool {
	if d.training || !a.subj.ok() {
		return false
	}
	k := a.subj.s - 1
	if p := d.word(k); p != "and" && d.punct(k) != "/" && d.punct(k) != "&" {
		return false
	}
	for n := 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if d.inQuote(k) {
			return false
		}
		w := d.word(k)
		if w == "by" || w == "from" || w == "of" || w == "for" {
			break
		}
		if w == "" && d.punct(k) != "/" && d.punct(k) != "&" && d.punct(k) != "." && d.punct(k) != "-" {
			return false
		}
	}
	if k < 0 || d.word(k) != "by" && d.word(k) != "from" && d.word(k) != "of" && d.word(k) != "for" {
		return false
	}
	for j := k - 1; j >= 0 && j > k-8 && d.toks[j].kind == tWord; j-- {
		if evidenceNouns.has(d.word(j)) {
			return true
		}
	}
	return false
}

// coordinatedFindingEnd ends the finding of such a subject before ", and"
// or ", but" opening a new clause ("found 40% of voters unsure, and
// Republican Donald Trump has been ..."), at inference only.
func (d *doc) coordinatedFindingEnd(a *attribution, fwd rng) int {
	if d.training || fwd.s != a.cue.e || !d.coordinatedEvidenceAuthor(a) {
		return fwd.e
	}
	for k := fwd.s + 1; k+2 < fwd.e; k++ {
		if d.punct(k) != "," || d.inQuote(k) {
			continue
		}
		if w := d.word(k + 1); (w == "and" || w == "but") && (d.tokAt(k+2).upper || subjPronouns.has(d.word(k+2)) || determiners.has(d.word(k+2))) {
			return k
		}
	}
	return fwd.e
}
