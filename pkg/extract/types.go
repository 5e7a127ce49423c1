// Package extract finds attributed statements (quotes and reported speech) in
// English news text and resolves who made them. It is pure Go, does no I/O at
// extraction time and is safe for concurrent use.
package extract

// Span is a half-open range of UTF-8 byte offsets into the article text.
type Span struct{ Start, End int }

// Kind classifies how a statement is rendered in the text.
type Kind string

const (
	// KindDirect: the content is one or more whole quotations.
	KindDirect Kind = "direct"
	// KindPartial: reported speech that contains quoted fragments.
	KindPartial Kind = "partial"
	// KindIndirect: reported speech without quotation marks.
	KindIndirect Kind = "indirect"
)

// SpeakerKind classifies a resolved speaker.
type SpeakerKind string

const (
	SpeakerPerson       SpeakerKind = "person"
	SpeakerOrganization SpeakerKind = "organization"
	SpeakerAnonymous    SpeakerKind = "anonymous"
	SpeakerUnknown      SpeakerKind = "unknown"
)

// Speaker is a canonical speaker.
type Speaker struct {
	ID      string // stable slug of Name, see SpeakerID
	Name    string // canonical name
	Kind    SpeakerKind
	Title   string   // role if known
	Aliases []string // alias-table forms plus the surface forms seen in the article
	// Members are the speakers of a joint statement ("Lavrov and Blinken
	// said"), each as resolved, without aliases; nil for one speaker.
	Members []Speaker
}

// Quote is one attributed statement.
type Quote struct {
	Text           string // content spans joined by a space, quotation marks trimmed
	Content        []Span
	SpeakerMention *Span // the mention in the text ("he", "Price"), nil if none
	Cue            *Span // the reporting cue ("said", "according to"), nil if none
	CueText        string
	Kind           Kind
	IsSpeech       bool // speech act (said, told, according to, colon) rather than belief or plan
	Speaker        Speaker
	Confidence     float64 // 0..1
}
