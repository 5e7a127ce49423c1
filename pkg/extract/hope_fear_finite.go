package extract

// hopeFearFinite extends hope_fear.go to a bare clause of any finite verb
// after "hope(s)" or "fear(s)" whose subject is a name or a plural noun
// (no pronoun): "Clinton allies fear the toll all this is taking",
// "Bivens hopes Clinton and other Democrats do not make the same
// mistake". On train, "hope(s)" or "fear(s)" after a name or a plural
// noun outside quotations is annotated in 27 of 29 cases. Inference only,
// rule-accepted through hopeFearAccepted. In 3-seed CV the rule adds 4
// statements per seed, all matching one at 30%: all tp +12 fp -3, speech
// and direct unchanged. "believe(s)" too when no quotation follows in the
// sentence (a quotation ran the content on past the annotated clause):
// 18 of 21 such phrases on train annotated; cv3 all tp +8 fp +0.
func (d *doc) hopeFearFinite(a *attribution, fs, limit int) bool {
	if d.training || fs != a.cue.e {
		return false
	}
	l := cueInfoOf(d.word(a.cue.s)).lemma
	if l != "hope" && l != "fear" && l != "believe" {
		return false
	}
	p := d.tokAt(a.cue.s - 1)
	if p.kind != tWord || subjPronouns.has(p.lower) || !(p.upper || len(p.lower) > 3 && p.lower[len(p.lower)-1] == 's') {
		return false
	}
	for j := fs; l == "believe" && j < limit; j++ {
		if d.tokAt(j).kind == tQuote || d.inQuote(j) {
			return false // "believe X has joined ... “provisionally”": a quotation runs on
		}
	}
	k := fs
	if d.word(k) == "that" {
		k++
	}
	if w := d.word(k); w == "" || d.inQuote(k) || whWords.has(w) || w == "if" || w == "that" || badContentStart.has(w) || sayFallbackModals.has(w) {
		return false
	}
	for j := k + 1; j < limit && j <= k+8; j++ {
		if d.tokAt(j).kind != tWord || d.inQuote(j) {
			return false
		}
		if d.mainVerb(j) && !d.tokAt(j).upper {
			return true
		}
	}
	return false
}
