package extract

// The accept model judges a content whose end the cut model chose. How sure
// the cut model was tells how likely that end is right: a content cut at a
// point it barely accepted, or run on past points it nearly took, more
// often misses the annotated span, and the accept model cannot see that
// from the content alone.

// cutState records the cut model's decisions on a forward content.
type cutState struct {
	points   uint8   // cut points the model judged
	cutP     float32 // probability of the point it cut at, 0 if none
	bestPass float32 // highest probability of a point it passed over
}

func (c *cutState) pass(p float64) {
	if c.points < 255 {
		c.points++
	}
	c.bestPass = max(c.bestPass, float32(p))
}

func (c *cutState) cut(p float64) {
	c.pass(0)
	c.cutP = float32(p)
}

// features describes the cut decisions: none to make, a cut and how sure,
// or no cut and how close the nearest point came.
func (c *cutState) features(kind string, f *feats) {
	var v string
	switch {
	case c.points == 0:
		v = "nopoints"
	case c.cutP > 0:
		v = "cut" + probBucket(c.cutP)
	default:
		v = "run" + probBucket(c.bestPass)
	}
	f.add2(273 /* cutstate,kind */, v, kind)
}

// probBucket gives a probability in coarse steps.
func probBucket(p float32) string {
	switch {
	case p < 0.1:
		return "0"
	case p < 0.2:
		return "1"
	case p < 0.35:
		return "2"
	case p < 0.5:
		return "3"
	case p < 0.7:
		return "5"
	case p < 0.9:
		return "7"
	}
	return "9"
}
