package extract

// A dash between a quotation and its frame: "“We will win” – he said",
// "“We will win” -- he said". The spaced en dash is the British dash and
// "--" the typewriter's; only the em dash ("“…” — he said") let the frame
// take the quotation before it, so these gave nothing. At inference an en
// dash, "--" or a spaced hyphen right after a closing quotation mark
// counts as the em dash does; training keeps the old frames, so the
// models do not move. Hand-written probes.

// dashAfterQuote reports such a dash at k, outside quotations, after the
// closing mark of a closed quotation. Inference only.
func (d *doc) dashAfterQuote(k int) bool {
	if d.training || d.inQuote(k) || d.punct(k) == "—" || !(d.isDash(k) || d.punct(k) == "--") {
		return false
	}
	q := k - 1
	if d.punct(q) == "-" && d.punct(k) == "-" {
		q-- // "--" as two hyphens
	}
	return d.isQuote(q) && d.inQuote(q) && d.quotes[d.qidx[q]].last() == q && d.quotes[d.qidx[q]].closed
}
