// Package jsonl runs the extractor over JSON-lines documents:
//
//	in:  {"id": "...", "text": "...", "published_at": "YYYY-MM-DD"}   (other fields ignored)
//	out: {"id": "...", "quotes": [{"content": [{"start": B, "end": B}], "speaker_mention": {...} or null,
//	       "cue": {...} or null, "speaker": "canonical name", "kind": "direct|partial|indirect",
//	       "text": "...", "confidence": 0.0-1.0,
//	       "is_speech": true|false, "speaker_kind": "person|organization|anonymous|unknown"}]}
//
// Offsets B are UTF-8 byte offsets into text, end exclusive. The fields up
// to "confidence" are the fixed offline contract; "is_speech" (false for
// beliefs, plans and findings such as "polls show", "he hopes") and
// "speaker_kind" come after them so a client can filter statements and
// anonymous sources.
package jsonl

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"unicode/utf8"

	"github.com/quotetracker/quotetracker/pkg/extract"
)

// Doc is one input document.
type Doc struct {
	ID          string `json:"id"`
	Text        string `json:"text"`
	PublishedAt string `json:"published_at"`
}

// Span is a byte range in the output.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Quote is one output quote.
type Quote struct {
	Content        []Span  `json:"content"`
	SpeakerMention *Span   `json:"speaker_mention"`
	Cue            *Span   `json:"cue"`
	Speaker        string  `json:"speaker"`
	Kind           string  `json:"kind"`
	Text           string  `json:"text"`
	Confidence     float64 `json:"confidence"`
	IsSpeech       bool    `json:"is_speech"`
	SpeakerKind    string  `json:"speaker_kind"`
}

// Result is one output line.
type Result struct {
	ID     string  `json:"id"`
	Quotes []Quote `json:"quotes"`
}

// ParseLine decodes one input line. It requires a JSON object with a string
// "id"; "text" may be absent (empty document).
func ParseLine(line []byte) (Doc, error) {
	var raw struct {
		ID          *string `json:"id"`
		Text        *string `json:"text"`
		PublishedAt *string `json:"published_at"`
	}
	if err := json.Unmarshal(line, &raw); err != nil {
		var ute *json.UnmarshalTypeError
		if errors.As(err, &ute) {
			if ute.Field == "" {
				return Doc{}, fmt.Errorf("want a JSON object, got %s", ute.Value)
			}
			return Doc{}, fmt.Errorf("field %q: want %s, got %s", ute.Field, ute.Type, ute.Value)
		}
		return Doc{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if raw.ID == nil {
		return Doc{}, errors.New(`missing "id"`)
	}
	d := Doc{ID: *raw.ID}
	if raw.Text != nil {
		d.Text = *raw.Text
	}
	if raw.PublishedAt != nil {
		d.PublishedAt = *raw.PublishedAt
	}
	return d, nil
}

// Convert turns extracted quotes into the output form.
func Convert(id string, qs []extract.Quote) Result {
	r := Result{ID: id, Quotes: make([]Quote, 0, len(qs))}
	for _, q := range qs {
		o := Quote{Speaker: q.Speaker.Name, Kind: string(q.Kind), Text: q.Text, Confidence: q.Confidence,
			IsSpeech: q.IsSpeech, SpeakerKind: string(q.Speaker.Kind)}
		for _, c := range q.Content {
			o.Content = append(o.Content, Span(c))
		}
		if q.SpeakerMention != nil {
			s := Span(*q.SpeakerMention)
			o.SpeakerMention = &s
		}
		if q.Cue != nil {
			s := Span(*q.Cue)
			o.Cue = &s
		}
		r.Quotes = append(r.Quotes, o)
	}
	return r
}

var utf8BOM = []byte("\ufeff")

// Run reads documents from in and writes one result line per document to
// out, in input order. A malformed line is reported on errOut with its line
// number and counted in failed; the other documents are still processed.
// Lines may be of any length. err is an I/O error or the context's error.
func Run(ctx context.Context, in io.Reader, out, errOut io.Writer, ex *extract.Extractor) (failed int, err error) {
	if ex == nil {
		ex = extract.New(nil)
	}
	br := bufio.NewReaderSize(in, 1<<16)
	bw := bufio.NewWriterSize(out, 1<<16)
	defer func() {
		if ferr := bw.Flush(); err == nil && ferr != nil {
			err = ferr
		}
	}()
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for lineNo := 1; ; lineNo++ {
		if cerr := ctx.Err(); cerr != nil {
			return failed, cerr
		}
		line, rerr := br.ReadBytes('\n')
		if rerr != nil && rerr != io.EOF {
			return failed, fmt.Errorf("reading line %d: %w", lineNo, rerr)
		}
		if lineNo == 1 {
			// a byte order mark that editors on Windows write
			line = bytes.TrimPrefix(line, utf8BOM)
		}
		if trimmed := bytes.TrimSpace(line); len(trimmed) > 0 {
			d, perr := ParseLine(trimmed)
			if perr != nil {
				failed++
				fmt.Fprintf(errOut, "line %d: %v\n", lineNo, perr)
			} else {
				if !utf8.Valid(trimmed) {
					// JSON decoding replaced the bytes; the document is
					// still worth extracting, but offsets would not match
					// the caller's copy of the text, so the caller is told.
					fmt.Fprintf(errOut, "line %d: warning: not valid UTF-8; invalid bytes were read as U+FFFD (3 bytes each), and offsets count them so\n", lineNo)
				}
				if werr := enc.Encode(Convert(d.ID, ex.Extract(d.Text))); werr != nil {
					return failed, werr
				}
			}
		}
		if rerr == io.EOF {
			return failed, nil
		}
	}
}
