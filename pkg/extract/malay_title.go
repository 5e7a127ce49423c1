package extract

// malayTitle reports a word of a Malaysian or Bruneian title of honour at
// token i, which is no part of the name: "Datuk Seri Anwar Ibrahim", "Dato'
// Sri Anwar Ibrahim", "Tan Sri Muhyiddin Yassin", "Puan Sri ...", "Datin
// ...". "Sri" and "Seri" alone are given names ("Sri Mulyani Indrawati",
// the US judge "Sri Srinivasan"), titles only after "Datuk", "Dato'",
// "Tan", "Puan" or "Toh"; "Tan" alone is a surname. The corpus (US
// politics) has none of these titles, so the plain pass and the trained
// speaker kinds do not move (hand-written probes, session 24).
func (d *doc) malayTitle(i int) bool {
	t := d.tokAt(i)
	if t.kind != tWord || !t.upper {
		return false
	}
	switch t.lower {
	case "datuk", "dato", "dato'", "dato’", "datin", "tan", "puan", "toh", "sri", "seri":
	default:
		return false // asked of every name's first word (stripRoles): no title, no look at the next
	}
	next := d.tokAt(i + 1)
	if d.apostropheAt(i+1) && (t.lower == "dato" || t.lower == "datuk") {
		next = d.tokAt(i + 2) // Dato' Sri: the apostrophe typed as a mark
	}
	if next.kind != tWord || !next.upper {
		return false // a title stands before a name
	}
	switch t.lower {
	case "datuk", "dato", "dato'", "dato’", "datin":
		return true
	case "tan", "puan", "toh":
		return next.lower == "sri" || next.lower == "seri" || t.lower == "toh" && next.lower == "puan"
	case "sri", "seri":
		p := i - 1
		if d.apostropheAt(p) {
			p--
		}
		switch d.word(p) {
		case "datuk", "dato", "dato'", "dato’", "tan", "puan", "toh":
			return d.tokAt(p).upper
		}
	}
	return false
}

// apostropheAt: the apostrophe of "Dato'", a punctuation token or a
// single quotation mark.
func (d *doc) apostropheAt(i int) bool {
	p := d.punct(i)
	return p == "'" || p == "’" || d.isQuote(i) && (d.tokAt(i).lower == "'" || d.tokAt(i).lower == "’")
}
