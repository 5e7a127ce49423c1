package extract

// "has been asked about a loan and his bankruptcies (legitimate questions,
// in my mind), ...", "said Carson had been led astray by insiders — and
// he ...": a content whose end was found inside a parenthesis or at an
// aside's dash kept the opening bracket or the dash as its last token. No
// statement ends on an opening bracket or a dash outside quotation marks
// (a quoted "I was going to —" keeps its own), so the range ends before
// them. A closing bracket that ends a content without its opening one
// ("(the site, which many say is damaging her)") closes a parenthesis the
// content started inside, and goes too. Inference only, so the models do
// not move. Session 28, hand-written probes.
func (d *doc) trimOpenMarkEnd(c rng) rng {
	if d.training {
		return c
	}
	for c.e-1 > c.s && !d.inQuote(c.e-1) {
		if p := d.punct(c.e - 1); p != "(" && p != "[" && p != "--" && !d.isDash(c.e-1) {
			break
		}
		c.e--
	}
	if c.e-1 > c.s && d.punct(c.e-1) == ")" && !d.inQuote(c.e-1) && !d.opensParen(c.s, c.e-1) {
		c.e--
	}
	return c
}

// opensParen reports an opening bracket "(" among tokens [s, e).
func (d *doc) opensParen(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].kind == tPunct && d.toks[k].lower == "(" {
			return true
		}
	}
	return false
}
