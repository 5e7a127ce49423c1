package extract

// dateComma reports, at inference, the comma between a month or a day and
// its year ("in an April, 2012 meeting", "an Aug. 8, 2015, affidavit",
// "since Jan. 7, 2012"): part of a date, never the end of what was said,
// but the cut model ended contents there. In the annotation of train, of
// the 20 such commas at a content's end or inside it, all 20 lie inside.
// Inference only (applyCut): training keeps its cut points, so the models
// do not move. cv3: all and speech 0.3 tp +3 fp -5, exact tp +5 fp -7,
// direct unchanged.
func (d *doc) dateComma(k int) bool {
	if d.training || d.punct(k) != "," || d.inQuote(k) || !yearWord(d.word(k+1)) {
		return false
	}
	if d.monthAt(k - 1) {
		return true
	}
	day := d.word(k - 1)
	return len(day) >= 1 && len(day) <= 2 && day[0] >= '0' && day[0] <= '9' && d.monthAt(k-2)
}

// monthAt reports a month at j: its name or its abbreviation, with or
// without the abbreviation's dot ("April", "Aug.", "Sept").
func (d *doc) monthAt(j int) bool {
	if d.punct(j) == "." {
		j--
	}
	w := d.word(j)
	if len(w) > 1 && w[len(w)-1] == '.' {
		w = w[:len(w)-1]
	}
	return monthNames.has(w) || monthAbbrevs.has(w)
}

// yearWord reports a year of four digits from 1900 to 2099.
func yearWord(w string) bool {
	if len(w) != 4 || !(w[:2] == "19" || w[:2] == "20") {
		return false
	}
	return w[2] >= '0' && w[2] <= '9' && w[3] >= '0' && w[3] <= '9'
}
