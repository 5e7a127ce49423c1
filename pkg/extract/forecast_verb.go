package extract

// "Forecast" as a verb, the business news' "predict": "The bank forecasts
// that inflation will fall", "The company forecast revenue of $4 billion".
// It is no cue; as a noun it takes a clause of its own ("forecasts that
// the economy will slow": complaints_that.go), which gave the verb a
// statement without a speaker. At inference "forecast(s)" right after the
// sentence's opening noun phrase, before "that" or a noun phrase, is the
// cue "predict" (a speech cue of data/cues.txt), scored by the accept
// model; training never sees it, so the models do not move. The training
// split has no such verb (hand-written probes).

var forecastForms = set("forecast", "forecasts")

// predictCue is the cue "forecast" reads as, and its slot in cueTable.
var (
	predictCue, _  = cueOf("predicts")
	predictSlot, _ = cueTable.slot("predicts")
)

// readAsPredict makes the rules that look the cue of token i up (cueAt,
// cueInfoAt: the content's shape, the features) read "predict" there.
func (d *doc) readAsPredict(i int) {
	d.cueAt(i) // makes the cache
	d.cueSlots[i] = int32(predictSlot) + 1
}

// forecastVerb reports "forecast(s)" at i used as a verb after the
// sentence's subject. Inference only.
func (d *doc) forecastVerb(s sentence, i int) bool {
	if d.training || !forecastForms.has(d.word(i)) || d.inQuote(i) || i == s.s || d.toks[i].upper {
		return false
	}
	np := d.npFwd(s.s, i+1) // may take the verb for the noun phrase's head
	if !np.ok() || np.e != i && np.e != i+1 || np.e == i+1 && np.s == i {
		return false // "despite forecasts that", "gloomy forecasts"
	}
	p := d.word(i - 1)
	if p == "" || determiners.has(p) || adjunctPreps.has(p) || p == "weather" || p == "economic" || p == "official" || p == "latest" || p == "new" {
		return false // "the forecast", "the weather forecast", "the latest forecasts"
	}
	n := d.tokAt(i + 1)
	return n.kind == tWord && !d.inQuote(i+1) && !clauseAux.has(n.lower) && !finiteVerb(n.lower) && !adjunctPreps.has(n.lower)
}
