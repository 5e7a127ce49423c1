package extract

// The end fixes of a forward content (comparison_end.go, even_as_end.go,
// medium_end.go, name_apposition_end.go, this_story_end.go,
// time_when_end.go, whom_end.go) apply at inference only, to a statement
// whose last content is its forward one: training keeps the old contents,
// so the models do not move (doc.go). Most end the content at a comma
// before the writer's own addition.

// forwardEndContent returns the content an end fix may shorten: a's last
// content when it is the forward one, at inference; nil otherwise.
func (d *doc) forwardEndContent(a *attribution) *rng {
	if d.training {
		return nil
	}
	fi := d.fwdRange(a)
	if fi < 0 || fi != len(a.content)-1 {
		return nil
	}
	return &a.content[fi]
}

// commaBoundary returns the first comma of c outside quotation marks, after
// at least three words of content and more than tail tokens before its
// end, at which boundary holds; or -1.
func (d *doc) commaBoundary(c rng, tail int, boundary func(comma int) bool) int {
	words := 0
	for k := c.s; k < c.e-tail; k++ {
		if d.toks[k].kind == tWord {
			words++
			continue
		}
		if words >= 3 && d.punct(k) == "," && !d.inQuote(k) && boundary(k) {
			return k
		}
	}
	return -1
}

// endContentBefore ends c before token k, unless no content would be left.
func (d *doc) endContentBefore(c *rng, k int) {
	if end := d.trimEnd(c.s, k); end > c.s {
		c.e = end
	}
}

// endAtCommaBoundary ends a's forward content at its first comma boundary
// (commaBoundary), at inference.
func (d *doc) endAtCommaBoundary(a *attribution, tail int, boundary func(comma int) bool) {
	if c := d.forwardEndContent(a); c != nil {
		if k := d.commaBoundary(*c, tail, boundary); k >= 0 {
			d.endContentBefore(c, k)
		}
	}
}
