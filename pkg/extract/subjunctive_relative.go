package extract

// subjunctiveRelativeOwner: "A mother of three who asked that her name not
// be used said ...", "a resident who requested that his name be withheld
// told ...": local news gives an unnamed source's reason in a relative
// clause whose request verb takes a subjunctive clause. The subject finder
// stopped inside that clause (the mention was "used"), and relative_head.go
// reads the "that" as the relative pronoun. A subjunctive "be" (bare,
// after the clause's subject or "not") has no finite verb for "said" to
// follow, so the speaker is the noun the "who" clause modifies. After the
// model, like relative_head.go: the mention and the refined-pass speaker
// change, statements do not. Hand-written local-news probes (session 24).
// Inference only.
func (d *doc) subjunctiveRelativeOwner(a *attribution) rng {
	if d.training || a.inverted || !a.cue.ok() || !a.subj.ok() || a.subj.e > a.cue.s {
		return noRange
	}
	s := d.sents[a.sent]
	be := -1
	for k := a.cue.s - 1; k > s.s && k >= a.cue.s-12; k-- {
		if d.tokAt(k).kind != tWord || d.inQuote(k) {
			return noRange // a comma or mark: an apposition, a quotation
		}
		switch d.word(k) {
		case "be":
			be = k
		case "that":
			rel := k - 2
			if be < 0 || !requestVerbs.has(d.word(k-1)) || !relativeWho(d.word(rel)) || a.subj.s <= rel {
				// (the subject must lie inside the clause: the owner's own
				// frame, resolved again, finds no owner)
				return noRange
			}
			head := d.relativeClauseHead(rel, s.s)
			if np := d.npBack(rel-1, s.s); np.ok() && head.ok() && np.s < head.s && np.e == head.e {
				head = np // "A resident who"
			}
			if np := d.npBack(rel-3, s.s); !head.ok() && d.word(rel-2) == "of" && np.ok() {
				head = rng{np.s, rel} // "A mother of three who": the phrase of the number
			}
			if !head.ok() || head.s != s.s && d.punct(head.s-1) == "" {
				return noRange // the noun opens the sentence or follows a comma
			}
			return head
		}
	}
	return noRange
}

// requestVerbs take a subjunctive that-clause ("asked that her name not be
// used").
var requestVerbs = set("asked", "requested", "insisted", "demanded")
