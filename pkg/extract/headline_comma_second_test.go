package extract

import "testing"

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
