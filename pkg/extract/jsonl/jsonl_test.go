package jsonl

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	long := strings.Repeat("The river is wide and the bridge is old. ", 100000) // ~4 MB line
	docs := []string{
		`{"id": "a", "text": "\"We will win,\" Smith said.", "published_at": "2022-01-07", "extra": 1}`,
		`{"id": "b", "text": ` + "\"" + long + "\"" + `}`,
		`{"id": 3, "text": "x"}`,
		`not json`,
		``,
		`{"text": "no id"}`,
		`{"id": "c", "text": "Officials said the road was closed. Polls show Lee leading in Ohio."}`,
	}
	var out, errOut bytes.Buffer
	failed, err := Run(context.Background(), strings.NewReader(strings.Join(docs, "\n")), &out, &errOut, nil)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 3 {
		t.Errorf("failed = %d, want 3; errors:\n%s", failed, errOut.String())
	}
	for _, want := range []string{"line 3:", "line 4:", "line 6:"} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("errors lack %q:\n%s", want, errOut.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 3 {
		t.Fatalf("got %d output lines, want 3", len(lines))
	}
	var ids []string
	for _, l := range lines {
		var r Result
		if err := json.Unmarshal([]byte(l), &r); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	if strings.Join(ids, ",") != "a,b,c" {
		t.Errorf("ids %v", ids)
	}
	var first map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	qs := first["quotes"].([]any)
	if len(qs) != 1 {
		t.Fatalf("doc a: %d quotes", len(qs))
	}
	q := qs[0].(map[string]any)
	for _, k := range []string{"content", "speaker_mention", "cue", "speaker", "kind", "text", "confidence"} {
		if _, ok := q[k]; !ok {
			t.Errorf("quote lacks %q", k)
		}
	}
	if q["speaker"] != "Smith" || q["kind"] != "direct" {
		t.Errorf("quote %v", q)
	}
	if q["is_speech"] != true || q["speaker_kind"] != "person" {
		t.Errorf("doc a: quote %v, want a person's speech", q)
	}
	var third Result
	json.Unmarshal([]byte(lines[2]), &third)
	if len(third.Quotes) != 2 {
		t.Fatalf("doc c: %d quotes, want 2: %s", len(third.Quotes), lines[2])
	}
	if said, poll := third.Quotes[0], third.Quotes[1]; !said.IsSpeech || said.SpeakerKind != "anonymous" || poll.IsSpeech {
		t.Errorf("doc c: want anonymous speech then a finding that is not speech, got %+v", third.Quotes)
	}
	if !strings.Contains(lines[1], `"quotes":[]`) {
		t.Errorf("doc b should have an empty quote list")
	}
}

func TestRunCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var out, errOut bytes.Buffer
	if _, err := Run(ctx, strings.NewReader(`{"id":"a","text":""}`), &out, &errOut, nil); err == nil {
		t.Error("want context error")
	}
}

func FuzzParseLine(f *testing.F) {
	for _, s := range []string{`{"id":"a","text":"b"}`, `{"id":1}`, `{`, `null`, `[]`, `{"id":"x","text":null}`, `{"id":"\ud800"}`, "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		d, err := ParseLine(line)
		if err == nil && !json.Valid(line) {
			t.Fatalf("accepted invalid JSON %q as %+v", line, d)
		}
	})
}

func TestRunExplainsOddLines(t *testing.T) {
	in := strings.Join([]string{
		`[1, 2]`,
		`null`,
		"{\"id\": \"latin1\", \"text\": \"\\\"We will stay,\\\" Ren\xe9 Dubois said.\"}",
		`{"id": "ok", "text": "\"Fine,\" Smith said."}`,
	}, "\n")
	var out, errOut bytes.Buffer
	failed, err := Run(context.Background(), strings.NewReader(in), &out, &errOut, nil)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 2 {
		t.Errorf("failed = %d, want 2 (the array and null)", failed)
	}
	for _, want := range []string{
		"line 1: want a JSON object, got array",
		`line 2: missing "id"`,
		"line 3: warning: not valid UTF-8",
	} {
		if !strings.Contains(errOut.String(), want) {
			t.Errorf("errors lack %q:\n%s", want, errOut.String())
		}
	}
	// The document with a stray Latin-1 byte is still extracted, with
	// offsets into the text as decoded (U+FFFD is 3 bytes).
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d output lines, want 2:\n%s", len(lines), out.String())
	}
	var r Result
	if err := json.Unmarshal([]byte(lines[0]), &r); err != nil {
		t.Fatal(err)
	}
	const decoded = "\"We will stay,\" Ren\uFFFD Dubois said."
	if r.ID != "latin1" || len(r.Quotes) != 1 || r.Quotes[0].SpeakerMention == nil {
		t.Fatalf("latin1: %s", lines[0])
	}
	if m := r.Quotes[0].SpeakerMention; decoded[m.Start:m.End] != "Ren\uFFFD Dubois" {
		t.Errorf("speaker mention %q, want the decoded name", decoded[m.Start:m.End])
	}
}

// TestRunByteOrderMark: a file saved with a byte order mark is read from
// its first document; a mark on a later line is no JSON.
func TestRunByteOrderMark(t *testing.T) {
	in := "\ufeff{\"id\": \"a\", \"text\": \"\\\"Fine,\\\" Smith said.\"}\r\n\ufeff{\"id\": \"b\"}\r\n"
	var out, errOut bytes.Buffer
	failed, err := Run(context.Background(), strings.NewReader(in), &out, &errOut, nil)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 1 || !strings.Contains(errOut.String(), "line 2: invalid JSON") || strings.Contains(errOut.String(), "line 1") {
		t.Errorf("failed = %d, errors:\n%s\nwant line 2 refused only", failed, errOut.String())
	}
	var r Result
	if err := json.Unmarshal(bytes.TrimSpace(out.Bytes()), &r); err != nil || r.ID != "a" || len(r.Quotes) != 1 {
		t.Errorf("output %q (%v); want document a with its quote", out.String(), err)
	}
}
