package extract

// dropListMarkers starts, at inference, a content after the list marker
// that opens its paragraph before a quotation: in a list of reactions
// ("- “We will act,” the minister said." or "• “It is over,” she said.")
// the dash or bullet marks the item, it is no part of what was said, and
// the quotation's text began with it. Inference only; the corpus has no
// such lists (no train prediction changes): it lands on its hand-written
// probes.
func (d *doc) dropListMarkers(atts []*attribution) {
	if d.training {
		return
	}
	for _, a := range atts {
		for i := range a.content {
			c := &a.content[i]
			if c.s != d.paraS[d.toks[c.s].para] {
				continue
			}
			k := c.s
			for k < c.e && d.listMarker(k) {
				k++
			}
			if k > c.s && k < c.e && (d.isQuote(k) || d.dialogueDash(c.s, k, a)) {
				c.s = k
			}
		}
	}
}

// listMarker reports a token that marks a list item: a dash, a bullet or
// an asterisk.
func (d *doc) listMarker(k int) bool {
	if d.isDash(k) {
		return true
	}
	switch d.punct(k) {
	case "-", "--", "*", "•", "·", "‣", "◦", "▪":
		return true
	}
	return false
}

// dialogueDash reports a paragraph opening with a single dash at m before
// the words at k of a content that ends before its frame's cue: the
// dialogue dash of translated and European copy ("— We will not go, said
// the minister."), which marks direct speech as quotation marks do.
func (d *doc) dialogueDash(m, k int, a *attribution) bool {
	switch d.punct(m) {
	case "—", "―", "–":
	default:
		return false
	}
	return k == m+1 && d.tokAt(k).kind == tWord && a.cue.s >= k && a.content[len(a.content)-1].e <= a.cue.s
}
