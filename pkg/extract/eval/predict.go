package eval

import "github.com/quotetracker/quotetracker/pkg/extract"

// Predictions converts the extractor's quotes into scorable predictions.
func Predictions(qs []extract.Quote) []PredQuote {
	ps := make([]PredQuote, 0, len(qs))
	for _, q := range qs {
		p := PredQuote{Content: Spans(q.Content)}
		if q.SpeakerMention != nil {
			s := Span(*q.SpeakerMention)
			p.SpeakerMention = &s
		}
		if q.Cue != nil {
			s := Span(*q.Cue)
			p.Cue = &s
		}
		ps = append(ps, p)
	}
	return ps
}

// Spans converts extractor spans.
func Spans(s []extract.Span) []Span {
	out := make([]Span, len(s))
	for i, x := range s {
		out[i] = Span(x)
	}
	return out
}
