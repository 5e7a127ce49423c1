package extract

import "strings"

// Stage names broken by a lower-case word: "Charlamagne tha God", "Larry
// the Cable Guy", "Alexander the Great". The speaker's name was the last
// capitalised run ("God", splitName), as if the words before it were a
// title. A subject that is all capitalised words but one "the" (or its
// spelling "tha") between two of them is one name: an organisation's
// preposition ("Bank of Japan", "Centers for Disease Control") is no such
// word, and a role or an honorific before the run ("Coach", "Sen.") or an
// organisation's word inside it leaves the subject as it was. Refined pass
// only (resolve.go), so the models' speaker kinds do not move.

// stageNameLinks join the parts of a stage name.
var stageNameLinks = set("the", "tha")

// stageName returns the stage name that ends subj and holds name, the
// capitalised run after its link ("Charlamagne tha God", "Radio host
// Charlamagne tha God"), or name.
func (d *doc) stageName(name, subj rng) rng {
	subj = d.trimDet(subj)
	if subj.ok() && name.e-name.s == 1 && name.e < subj.e {
		if e := d.epithetEnd(name.e); e == subj.e || e < subj.e && d.punct(e) == "," {
			return rng{name.s, e} // "Andre the Giant", split as "Andre" titled "the Giant"
		}
	}
	if !subj.ok() || name.e != subj.e || name.s <= subj.s+1 || name.e-name.s > 3 {
		return name
	}
	link := name.s - 1
	if !stageNameLinks.has(d.word(link)) || d.tokAt(link).upper || d.inQuote(link) != d.inQuote(subj.s) {
		return name
	}
	plain := func(k int) bool { // a capitalised word of no role, honorific or organisation
		t := d.tokAt(k)
		w := stripPossessive(t.lower)
		return t.kind == tWord && t.upper && !orgWords.has(w) && !roleNouns.has(w) && !honorifics[strings.TrimSuffix(w, ".")]
	}
	for k := name.s; k < name.e; k++ {
		if !plain(k) {
			return name
		}
	}
	st := link
	for st > subj.s && st > link-3 && plain(st-1) {
		st--
	}
	if st == link {
		return name
	}
	if st > subj.s {
		if t := d.tokAt(st - 1); t.upper && !roleNouns.has(stripPossessive(t.lower)) && !honorifics[strings.TrimSuffix(t.lower, ".")] {
			return name // "the Bank the Fed ...": no title before the run
		}
	}
	return rng{st, name.e}
}

// Epithets: "Andre the Giant", "Ivan the Terrible", "Larry the Cable Guy".
// A listed given name, alone, then "the" and a capitalised epithet of no
// role, honorific, organisation, party or people, is one person's name:
// the subject finder stops at "the" ("the Giant said", "said Larry"), and
// the capitalised runs either side were two speakers ("Andre", "Giant").
// The person is recorded whole (scanNames), so a later "the Giant" is
// that person; the mention is the whole name (stageNameOwner,
// writerSubject). Inference only. Train has no such name (one "Wallace
// the Democrat": a party, not an epithet). Session 27, hand-written probes.

// epithetEnd returns the end of an epithet "the Giant" opening at k (the
// "the") after the given name at k-1, or k.
func (d *doc) epithetEnd(k int) int {
	if d.word(k) != "the" || d.tokAt(k).upper || d.training {
		return k
	}
	g := d.tokAt(k - 1)
	if g.kind != tWord || !g.upper || firstNameGender(g.lower) == genderUnknown || d.inQuote(k-1) != d.inQuote(k) {
		return k
	}
	if clauseAux.has(g.lower) {
		return k // "Will the Giants ..."
	}
	if p := d.tokAt(k - 2); k-2 >= d.sents[d.sentOf[k-1]].s && p.kind == tWord && p.upper {
		if w := strings.TrimSuffix(p.lower, "."); !roleNouns.has(w) && !honorifics[w] && !descriptorWords.has(w) && !performerTrades.has(w) {
			return k // "Tom Hale the ...": a name before, not a given name alone
		}
	}
	e := k + 1
	for e < k+4 && e < len(d.toks) && d.epithetWord(e) && d.toks[e].para == g.para {
		e++
	}
	if e == k+1 || d.tokAt(e).kind == tWord && d.tokAt(e).upper {
		return k
	}
	return e
}

// epithetWord: a capitalised word of an epithet, of no role, honorific,
// organisation, party or people, and no plural ("the Giants").
func (d *doc) epithetWord(k int) bool {
	t := d.tokAt(k)
	if t.kind != tWord || !t.upper {
		return false
	}
	w := stripPossessive(t.lower)
	if len(w) < 2 || orgWords.has(w) || roleNouns.has(w) || partyWords.has(w) || honorifics[strings.TrimSuffix(w, ".")] {
		return false
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || demonymWord(w) {
		return false
	}
	return true
}

// stageNameOwner returns the whole epithet name when a's subject is its
// given name ("said Larry") or its epithet ("the Giant said" after
// "Andre"), or noRange.
func (d *doc) stageNameOwner(a *attribution) rng {
	s := a.subj
	if !s.ok() {
		return noRange
	}
	if s.e-s.s == 1 && d.word(s.e) == "the" {
		if e := d.epithetEnd(s.e); e > s.e {
			return rng{s.s, e} // "said Larry the Cable Guy"
		}
		return noRange
	}
	if d.word(s.s) == "the" && s.e-s.s >= 2 && s.e-s.s <= 4 {
		if e := d.epithetEnd(s.s); e == s.e {
			return rng{s.s - 1, e} // "Andre the Giant said"
		}
	}
	return noRange
}
