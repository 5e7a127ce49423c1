package extract

// "The Panama Canal Authority said", "the Kenya Ports Authority said": a
// country's name opening an organisation's name is part of it, but the
// role words before a name are stripped with a country word before them
// ("Russian President Vladimir Putin"), so the speaker was "Canal
// Authority". A run whose last word names a body (orgWords,
// acronymOrgWords) keeps its country word. Session 27, hand-written long
// article.

// countryOrgName reports a run ending in a body's word.
func (d *doc) countryOrgName(run rng) bool {
	last := stripPossessive(d.word(run.e - 1))
	return orgWords.has(last) || acronymOrgWords.has(last)
}
