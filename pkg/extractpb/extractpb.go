// Package extractpb converts the extractor's types into the API's, so the
// quote service (which stores quotes) and the gateway (which resolves
// speakers) describe a speaker the same way.
package extractpb

import (
	"slices"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Speaker converts a speaker; the aliases are copied, and the members of a
// joint speaker converted.
func Speaker(s extract.Speaker) *qtv1.Speaker {
	sp := &qtv1.Speaker{Id: s.ID, Name: s.Name, Aliases: slices.Clone(s.Aliases), Kind: SpeakerKind(s.Kind), Title: s.Title}
	for _, m := range s.Members {
		sp.Members = append(sp.Members, Speaker(m))
	}
	return sp
}

// SpeakerKind converts a speaker kind; unknown is unspecified.
func SpeakerKind(k extract.SpeakerKind) qtv1.SpeakerKind {
	switch k {
	case extract.SpeakerPerson:
		return qtv1.SpeakerKind_SPEAKER_KIND_PERSON
	case extract.SpeakerOrganization:
		return qtv1.SpeakerKind_SPEAKER_KIND_ORGANIZATION
	case extract.SpeakerAnonymous:
		return qtv1.SpeakerKind_SPEAKER_KIND_ANONYMOUS
	}
	return qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED
}

// Kind converts a quote kind.
func Kind(k extract.Kind) qtv1.QuoteKind {
	switch k {
	case extract.KindDirect:
		return qtv1.QuoteKind_QUOTE_KIND_DIRECT
	case extract.KindPartial:
		return qtv1.QuoteKind_QUOTE_KIND_PARTIAL
	case extract.KindIndirect:
		return qtv1.QuoteKind_QUOTE_KIND_INDIRECT
	}
	return qtv1.QuoteKind_QUOTE_KIND_UNSPECIFIED
}

// Span converts a byte span.
func Span(s extract.Span) *qtv1.Span {
	return &qtv1.Span{Start: int32(s.Start), End: int32(s.End)}
}
