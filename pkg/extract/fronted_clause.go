package extract

// endFrontedClause ends, at inference, the content of a cue inside a
// sentence-initial subordinate clause at the comma that closes the clause:
// the main clause after it is the writer's ("As her campaign sent out
// pitches highlighting his remarks, Clinton tried to make light of it",
// "When asked which quality mattered most, only 23 percent ...", "Just
// when we thought the deals had slowed, we got the biggest one"). The
// clause opens with a subordinator (fronted below) and holds no comma
// before the cue; the content starts right after the cue and is no
// quotation, and no quotation follows the comma ("As Lee had written
// years earlier, “…”" keeps its content). On train (held-out folds, 3
// seeds) the rule changed 9 contents, all 9 wrong ones that became
// matches (all: tp +9, fp -9). Training keeps the old contents, so the
// models do not move (doc.go).
func (d *doc) endFrontedClause(a *attribution) {
	if d.training || len(a.content) != 1 || !a.cue.ok() {
		return
	}
	c := &a.content[0]
	if c.s < a.cue.e || d.isQuote(c.s) || d.inQuote(c.s) {
		return
	}
	s := d.sents[d.sentOf[a.cue.s]]
	i := s.s
	for i < a.cue.s && d.isQuote(i) {
		i++
	}
	i = d.skipFrontedLead(i, a.cue.s)
	if w := d.word(i); w == "just" || w == "even" {
		i++
	}
	if !fronted.has(d.word(i)) {
		return
	}
	for k := i; k < c.s; k++ {
		if k >= a.cue.s && k < a.cue.e {
			continue
		}
		if d.punct(k) == "," {
			return // the cue is past the clause, or the content starts after a comma
		}
	}
	for x := c.s + 1; x+1 < c.e; x++ {
		if d.punct(x) != "," || d.inQuote(x) {
			continue
		}
		if !d.isQuote(x + 1) {
			c.e = x
		}
		return
	}
}

var fronted = set("as", "when", "while", "after", "before", "because", "if", "although", "though", "since", "once", "until", "whereas", "unless")
