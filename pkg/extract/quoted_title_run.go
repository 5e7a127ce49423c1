package extract

// "whose British distributor, Fenwick Films, had complained about the
// slot for “Northern Lights Hotel.” The company said ...": a capitalised
// run that fills a quotation by itself is a title (a film, a book, a
// song), which no "the company" or "it" can mean. It competed with the
// company in bodyAntecedent, which then named neither. Session 28, long
// article 47 and hand-written probes.

// quotedTitleRun: the run is the whole of a quotation, a comma or a
// period before the closing mark allowed ("“Northern Lights Hotel,”").
func (d *doc) quotedTitleRun(run rng) bool {
	if !d.inQuote(run.s) || d.tokAt(run.s-1).kind != tQuote {
		return false
	}
	k := run.e
	if p := d.punct(k); p == "," || p == "." {
		k++
	}
	return d.tokAt(k).kind == tQuote
}
