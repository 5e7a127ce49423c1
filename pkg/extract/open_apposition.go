package extract

// "Sen. Ann Lee (D-NY), a supporter of Tom Reed's bid for the presidency
// told host ...": an apposition whose closing comma the writer left out.
// The subject finder took the apposition's last noun phrase for the
// speaker ("the presidency"). When a name opens the clause and a comma
// and a determiner open the apposition, with no verb or clause word
// before the cue, and the subject found is the object of a preposition
// in the apposition, the speaker is the name. At
// inference, after the accept model, the mention and the refined-pass
// speaker are that noun phrase (speaker_subject.go); the frames are as
// trained. Session 23, train design docs: 1 mention right, none wrong (a
// wider rule without the preposition condition gave 13 neutral changes
// that only added an introduction: "Significantly, the judge").

// openAppositionOwner returns the name before the apposition before frame a's
// subject, or noRange. Inference only.
func (d *doc) openAppositionOwner(a *attribution) rng {
	if d.training || a.inverted || a.partOf != nil || !a.subj.ok() || !a.cue.ok() || a.subj.e != a.cue.s || d.tokAt(a.subj.s).upper || !subjectPreps.has(d.word(a.subj.s-1)) {
		return noRange // (the preposition before the subject is asked below too: first, before the walk)
	}
	s := d.sents[a.sent]
	c := -1
	for k := a.subj.s - 1; k >= s.s && k > a.subj.s-12; k-- {
		if d.inQuote(k) {
			return noRange
		}
		if d.punct(k) == "," {
			c = k
			break
		}
		w := d.word(k)
		if d.tokAt(k).kind != tWord && !d.possessiveApostrophe(k) || w == "that" || w == "who" || w == "which" || w == "and" || w == "but" || copulas.has(w) || clauseAux.has(w) {
			return noRange
		}
		if _, cue := cueOf(w); cue && !anonymousHeads.has(w) && !roleNouns.has(w) {
			return noRange
		}
	}
	if c <= s.s || a.subj.s <= c+1 || // a name before the comma (FuzzExtract: ",A to 0 argue 0 0")
		!subjectPreps.has(d.word(a.subj.s-1)) || !(determiners.has(d.word(c+1)) || possessives.has(d.word(c+1))) || d.tokAt(c+1).upper && d.word(c+1) != "a" {
		return noRange
	}
	name, _, _ := d.subjectBefore(c-1, s.s)
	if !name.ok() || name.e != c || !d.tokAt(name.s).upper || subjPronouns.has(d.word(name.s)) {
		return noRange
	}
	if !(name.s == s.s || d.punct(name.s-1) == "," || d.isQuote(name.s-1)) {
		return noRange // "In Ohio, a state ..."
	}
	return d.withoutParenthesis(name) // "Sen. Ann Lee (D-NY)": the name without the party
}
