package extract

// A headline may open with a kicker and a colon: "Exclusive: Apple to cut
// jobs, sources say", "UPDATE 1: Oil rises, traders say", "Breaking: ...".
// The kicker labels the story, it is none of the source's words, but the
// content of an inverted frame ("..., sources say") ran from the text's
// first token and held it. The design gold agrees: of "EXCLUSIVE: In memo
// to Congress, Saudis insist ..." only the words after the colon are
// content. startAfterKickerColon starts such a content after the colon,
// when two words or more remain. The kickers are wire_kicker.go's and
// "breaking", in any case. Inference only; train predictions: see the
// commit message. Session 21, hand-written probes.
func (d *doc) startAfterKickerColon(a *attribution) {
	if d.training || len(a.content) == 0 || len(d.toks) == 0 {
		return
	}
	c := &a.content[0]
	if c.s != 0 || d.toks[0].para != 0 {
		return
	}
	if w := d.word(0); !wireKickers.has(w) && w != "breaking" {
		return
	}
	k := 1
	if isDayNumber(d.word(k)) {
		k++ // "UPDATE 1:"
	}
	if d.punct(k) != ":" || d.inQuote(k) || d.countWords(k+1, c.e) < 2 {
		return
	}
	c.s = k + 1
}
