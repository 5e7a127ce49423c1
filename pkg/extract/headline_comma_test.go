package extract

import "testing"

// TestHeadlineCommaAt pins the reading of "NAME VERB ..., CUE CLAUSE": the
// opening name across "of", the first verb and whether it is a cue, the
// clause without the final stop; no name before a capitalised or quoted
// word, and no reading in the body, inside a quotation or without a comma.
func TestHeadlineCommaAt(t *testing.T) {
	for _, c := range []struct {
		text, cue, name, verb string // name and verb "" when none is read
		verbCue               bool
		clause                string
	}{
		{"Fed holds rates steady, signals two cuts this year", "signals", "Fed", "holds", false, "two cuts this year"},
		{"Bank of Japan keeps policy loose, says inflation is weak.", "says", "Bank of Japan", "keeps", false, "inflation is weak"},
		{"Lee defends budget, says cuts are needed", "says", "Lee", "defends", true, "cuts are needed"},
		{"Kishida to step down, says party needs new face", "says", "Kishida", "to", false, "party needs new face"},
		{"Lee Defends Budget, Says Cuts Are Needed", "says", "", "", false, "Cuts Are Needed"},
		{"Lee 'defends' budget, says cuts are needed", "says", "", "", false, "cuts are needed"},
	} {
		d := newDoc(c.text)
		i := tokenIndex(d, c.cue)
		hc, ok := d.headlineCommaAt(d.sents[0], i)
		if !ok {
			t.Errorf("%q: no reading", c.text)
			d.release()
			continue
		}
		name, verb := "", ""
		if hc.verb >= 0 {
			name, verb = d.rangeText(hc.name), d.word(hc.verb)
		}
		if name != c.name || verb != c.verb || hc.verbCue != c.verbCue || hc.comma != i-1 || d.rangeText(hc.clause) != c.clause {
			t.Errorf("%q: name %q verb %q (cue %v) clause %q", c.text, name, verb, hc.verbCue, d.rangeText(hc.clause))
		}
		d.release()
	}
	for _, c := range []struct{ text, cue string }{
		{"Markets rise.\n\nFed holds rates steady, says cuts are likely", "says"}, // the body
		{"Fed holds rates steady says cuts are likely", "says"},                   // no comma
		{"Lee said: “We cut rates, says the bank”", "says"},                       // inside a quotation
	} {
		d := newDoc(c.text)
		s := d.sents[len(d.sents)-1]
		if _, ok := d.headlineCommaAt(s, tokenIndex(d, c.cue)); ok {
			t.Errorf("%q: read as a headline comma", c.text)
		}
		d.release()
	}
	d := newDocFor("Fed holds rates steady, says cuts are likely", true)
	defer d.release()
	if _, ok := d.headlineCommaAt(d.sents[0], tokenIndex(d, "says")); ok {
		t.Errorf("read in training")
	}
}

// tokenIndex returns the index of the first token of d whose lower-case
// form is w, or -1.
func tokenIndex(d *doc, w string) int {
	for i, t := range d.toks {
		if t.lower == w {
			return i
		}
	}
	return -1
}

// rangeText returns the text of the tokens of r, "" for an empty range.
func (d *doc) rangeText(r rng) string {
	if r.e <= r.s {
		return ""
	}
	return d.text[d.toks[r.s].s:d.toks[r.e-1].e]
}

// TestHeadlineCommaSubject covers a headline's second verb phrase after a
// comma: it shares the first's subject, and the first content ends at the
// comma; a relative clause between commas and a body sentence stay.
func TestHeadlineCommaSubject(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Lee defends budget, says cuts are needed", content: "budget", mention: "Lee"},
		{text: "Lee defends budget, says cuts are needed", content: "cuts are needed", mention: "Lee"},
		{text: "Lee urges calm, says police will act", content: "calm", mention: "Lee"},
		{text: "Lee urges calm, says police will act", content: "police will act", mention: "Lee"},
		{text: "Sunak slams Labour, says Tories will win", content: "Tories will win", mention: "Sunak"},
		// openings the first frame's subject finder reads, not the capital run
		{text: "Police chief defends budget, says cuts are needed", content: "cuts are needed", mention: "Police chief"},
		{text: "Lee again defends budget, says cuts are needed", content: "cuts are needed", mention: "Lee"},
		// a verbless clause after "says": the noun is no speaker
		{text: "Trump vows tariffs on China, says deal 'dead'", content: "deal 'dead'", mention: "Trump"},
		{text: "Lee defends plan, says economy “fragile”", content: "economy “fragile”", mention: "Lee"},
		{text: "Lee says the plan, which critics say is costly, will work.", content: "the plan, which critics say is costly, will work", mention: "Lee"},
	})
	d := newDocFor("Lee defends budget, says cuts are needed", true)
	defer d.release()
	for _, a := range d.findAttributions() {
		if a.cueText == "said" && a.subj.e == 1 {
			t.Errorf("subject shared in training")
		}
	}
}

// TestHeadlineCommaFirstVerb: a headline's speech cue after a comma takes
// the opening name when the first verb is no cue; no name first, another
// verb form or a body sentence leave it.
func TestHeadlineCommaFirstVerb(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, subj, content string }{
		{"Fed holds rates steady, signals two cuts this year", "Fed", "two cuts this year"},
		{"Fed holds rates steady, says two cuts are likely", "Fed", "two cuts are likely"},
		{"Bank of Japan keeps policy loose, says inflation is weak", "Bank of Japan", "inflation is weak"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.SpeakerMention == nil || c.text[q.SpeakerMention.Start:q.SpeakerMention.End] != c.subj {
			t.Errorf("%q: mention %v, want %q", c.text, q.SpeakerMention, c.subj)
		}
	}
	for _, text := range []string{
		"Markets rise as Fed holds rates, signals cuts",
		"Fed held rates steady, signals two cuts this year",
		"Biz.\n\nFed holds rates steady, signals two cuts this year.",
	} {
		for _, q := range ex.Extract(text) {
			if q.SpeakerMention != nil && text[q.SpeakerMention.Start:q.SpeakerMention.End] == "Fed" {
				t.Errorf("%q: a statement of the Fed", text)
			}
		}
	}
}

// TestHeadlineCommaSays: a clause after the headline's "says" is the
// content of the opening name, not the speaker of the words before it.
func TestHeadlineCommaSays(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "RBI keeps repo rate unchanged, says inflation risks remain\n\nThe bank met on Friday.", content: "inflation risks remain", mention: "RBI"},
		{text: "Kishida to step down, says party needs new face", content: "party needs new face", mention: "Kishida"},
		{text: "Bank of Japan keeps rates unchanged, says inflation risks remain", content: "inflation risks remain", mention: "Bank of Japan"},
		// near misses: the speaker after "says" is a noun phrase
		{text: "Inflation will fall next year, says minister", content: "Inflation will fall next year", mention: "minister"},
		{text: "Economy is slowing, says IMF", content: "Economy is slowing", mention: "IMF"},
		{text: "Prices will rise, says Bank of England chief", content: "Prices will rise", mention: "Bank of England chief"},
	})
	// in the body, the inverted reading stands
	qs := ex.Extract("Talks resumed.\n\nThe talks went well, says the minister.")
	if len(qs) == 0 || probeSpeaker("Talks resumed.\n\nThe talks went well, says the minister.", qs[0]) == "" || qs[0].Text != "The talks went well" {
		t.Errorf("body inverted frame: %+v", qs)
	}
}

// TestHeadlineClause pins the clause test after "says": a verb after the
// first word and before the last, in three words or more.
func TestHeadlineClause(t *testing.T) {
	for _, c := range []struct {
		words  string
		clause bool
	}{
		{"inflation risks remain", true},
		{"party needs new face", true},
		{"cuts were deep", true},
		{"two cuts this year", true}, // a plural in -s passes for a verb: the test is loose
		{"minister", false},
		{"Bank of England chief", false},
		{"rates stay", false}, // too short
	} {
		d := newDoc(c.words)
		if got := d.headlineClause(rng{0, len(d.toks)}); got != c.clause {
			t.Errorf("%q: clause %v, want %v", c.words, got, c.clause)
		}
		d.release()
	}
}
