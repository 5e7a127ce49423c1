package extract

// "has been asked about a loan and his bankruptcies (legitimate questions,
// in my mind), ...", "said Carson had been led astray by insiders — and
// he ...": a content whose end was found inside a parenthesis or at an
// aside's dash kept the opening bracket or the dash as its last token. No
// statement ends on an opening bracket or a dash outside quotation marks
// (a quoted "I was going to —" keeps its own), so the range ends before
// them. Inference only, so the models do not move. Session 28,
// hand-written probes.
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
	return c
}
