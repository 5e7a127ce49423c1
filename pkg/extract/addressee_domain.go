package extract

// addresseeDomainEnd returns the end of an addressee that is a website
// ("told KSL.com that", "told NBCNews.com on Monday that"): local TV
// copy names the station's site as the outlet a source spoke to. The
// tokenizer splits the domain at its dot, so the addressee ended at
// "KSL", the frame found no that-clause after it and the sentence lost its
// statement. The domain continues the addressee as it continues an
// "according to" source (domainSourceEnd, inference only, so the models
// do not move), also at the sentence's end ("..., he told KSL.com."),
// where the frame lost its backward content; np.e otherwise.
func (d *doc) addresseeDomainEnd(np rng, limit int) int {
	if e := d.domainSourceEnd(np); e > np.e && e <= limit && d.toks[np.s].upper {
		return e
	}
	return np.e
}
