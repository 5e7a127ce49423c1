package store

import (
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// The documents are plain typed structs: no value from a request is ever
// spliced into a filter, and the stored shape is readable in the mongo shell.

type articleDoc struct {
	ID          string    `bson:"_id"`
	URL         string    `bson:"url"`
	Title       string    `bson:"title"`
	Outlet      string    `bson:"outlet"`
	PublishedAt time.Time `bson:"published_at"`
	Text        string    `bson:"text"`
	IngestedAt  time.Time `bson:"ingested_at"`
}

type articleRefDoc struct {
	ID          string    `bson:"id"`
	URL         string    `bson:"url"`
	Title       string    `bson:"title"`
	Outlet      string    `bson:"outlet"`
	PublishedAt time.Time `bson:"published_at"`
}

type spanDoc struct {
	Start int32 `bson:"start"`
	End   int32 `bson:"end"`
}

type speakerDoc struct {
	ID      string       `bson:"id"`
	Name    string       `bson:"name"`
	Aliases []string     `bson:"aliases"`
	Kind    string       `bson:"kind"`
	Title   string       `bson:"title,omitempty"`
	Members []speakerDoc `bson:"members,omitempty"` // of a joint speaker
}

func speakerToDoc(sp *qtv1.Speaker) speakerDoc {
	d := speakerDoc{ID: sp.GetId(), Name: sp.GetName(), Aliases: sp.GetAliases(), Kind: speakerKindName(sp.GetKind()), Title: sp.GetTitle()}
	for _, m := range sp.GetMembers() {
		d.Members = append(d.Members, speakerToDoc(m))
	}
	return d
}

func (d speakerDoc) toProto() *qtv1.Speaker {
	sp := &qtv1.Speaker{Id: d.ID, Name: d.Name, Aliases: d.Aliases, Kind: speakerKindValue(d.Kind), Title: d.Title}
	for _, m := range d.Members {
		sp.Members = append(sp.Members, m.toProto())
	}
	return sp
}

type quoteDoc struct {
	ID                 string        `bson:"_id"`
	Text               string        `bson:"text"`
	Speaker            speakerDoc    `bson:"speaker"`
	Cue                string        `bson:"cue"`
	Kind               string        `bson:"kind"`
	SaidAt             time.Time     `bson:"said_at"`
	Article            articleRefDoc `bson:"article"`
	Span               spanDoc       `bson:"span"`
	ContentSpans       []spanDoc     `bson:"content_spans"`
	SpeakerMention     string        `bson:"speaker_mention"`
	SpeakerMentionSpan *spanDoc      `bson:"speaker_mention_span,omitempty"`
	CueSpan            *spanDoc      `bson:"cue_span,omitempty"`
	Confidence         float64       `bson:"confidence"`
	IsSpeech           bool          `bson:"is_speech"`
	StoredAt           time.Time     `bson:"stored_at"`
}

func articleToDoc(a *qtv1.Article) articleDoc {
	return articleDoc{
		ID: a.GetId(), URL: a.GetUrl(), Title: a.GetTitle(), Outlet: a.GetOutlet(),
		PublishedAt: toTime(a.GetPublishedAt()), Text: a.GetText(), IngestedAt: toTime(a.GetIngestedAt()),
	}
}

func quoteToDoc(q *qtv1.Quote) quoteDoc {
	ar := q.GetArticle()
	d := quoteDoc{
		ID:      q.GetId(),
		Text:    q.GetText(),
		Speaker: speakerToDoc(q.GetSpeaker()),
		Cue:     q.GetCue(),
		Kind:    quoteKindName(q.GetKind()),
		SaidAt:  toTime(q.GetSaidAt()),
		Article: articleRefDoc{
			ID: ar.GetId(), URL: ar.GetUrl(), Title: ar.GetTitle(), Outlet: ar.GetOutlet(),
			PublishedAt: toTime(ar.GetPublishedAt()),
		},
		Span:           spanFrom(q.GetSpan()),
		SpeakerMention: q.GetSpeakerMention(),
		Confidence:     q.GetConfidence(),
		IsSpeech:       q.GetIsSpeech(),
		StoredAt:       toTime(q.GetStoredAt()),
	}
	for _, s := range q.GetContentSpans() {
		d.ContentSpans = append(d.ContentSpans, spanFrom(s))
	}
	if s := q.GetSpeakerMentionSpan(); s != nil {
		v := spanFrom(s)
		d.SpeakerMentionSpan = &v
	}
	if s := q.GetCueSpan(); s != nil {
		v := spanFrom(s)
		d.CueSpan = &v
	}
	return d
}

func (d quoteDoc) toProto() *qtv1.Quote {
	q := &qtv1.Quote{
		Id:      d.ID,
		Text:    d.Text,
		Speaker: d.Speaker.toProto(),
		Cue:     d.Cue,
		Kind:    quoteKindValue(d.Kind),
		SaidAt:  fromTime(d.SaidAt),
		Article: &qtv1.ArticleRef{
			Id: d.Article.ID, Url: d.Article.URL, Title: d.Article.Title, Outlet: d.Article.Outlet,
			PublishedAt: fromTime(d.Article.PublishedAt),
		},
		Span:           d.Span.toProto(),
		SpeakerMention: d.SpeakerMention,
		Confidence:     d.Confidence,
		IsSpeech:       d.IsSpeech,
		StoredAt:       fromTime(d.StoredAt),
	}
	for _, s := range d.ContentSpans {
		q.ContentSpans = append(q.ContentSpans, s.toProto())
	}
	if d.SpeakerMentionSpan != nil {
		q.SpeakerMentionSpan = d.SpeakerMentionSpan.toProto()
	}
	if d.CueSpan != nil {
		q.CueSpan = d.CueSpan.toProto()
	}
	return q
}

func spanFrom(s *qtv1.Span) spanDoc { return spanDoc{Start: s.GetStart(), End: s.GetEnd()} }

func (s spanDoc) toProto() *qtv1.Span { return &qtv1.Span{Start: s.Start, End: s.End} }

func toTime(ts *timestamppb.Timestamp) time.Time {
	if ts == nil {
		return time.Time{}
	}
	return ts.AsTime().UTC()
}

func fromTime(t time.Time) *timestamppb.Timestamp {
	if t.IsZero() {
		return nil
	}
	return timestamppb.New(t)
}

// Enums are stored by name so the documents stay readable and stable if
// enum numbers were ever reordered.
var (
	speakerKinds = map[qtv1.SpeakerKind]string{
		qtv1.SpeakerKind_SPEAKER_KIND_PERSON:       "person",
		qtv1.SpeakerKind_SPEAKER_KIND_ORGANIZATION: "organization",
		qtv1.SpeakerKind_SPEAKER_KIND_ANONYMOUS:    "anonymous",
	}
	quoteKinds = map[qtv1.QuoteKind]string{
		qtv1.QuoteKind_QUOTE_KIND_DIRECT:   "direct",
		qtv1.QuoteKind_QUOTE_KIND_PARTIAL:  "partial",
		qtv1.QuoteKind_QUOTE_KIND_INDIRECT: "indirect",
	}
)

func speakerKindName(k qtv1.SpeakerKind) string { return speakerKinds[k] }
func quoteKindName(k qtv1.QuoteKind) string     { return quoteKinds[k] }

func speakerKindValue(s string) qtv1.SpeakerKind {
	for k, v := range speakerKinds {
		if v == s {
			return k
		}
	}
	return qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED
}

func quoteKindValue(s string) qtv1.QuoteKind {
	for k, v := range quoteKinds {
		if v == s {
			return k
		}
	}
	return qtv1.QuoteKind_QUOTE_KIND_UNSPECIFIED
}
