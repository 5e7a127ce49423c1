package logging

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
	"testing"
)

func TestLevels(t *testing.T) {
	tests := []struct {
		level   string
		enabled slog.Level // lowest level that is logged
	}{
		{"debug", slog.LevelDebug},
		{"info", slog.LevelInfo},
		{"warn", slog.LevelWarn},
		{"error", slog.LevelError},
		{"WARN", slog.LevelWarn},
		{"  Error ", slog.LevelError},
	}
	for _, tt := range tests {
		t.Run(tt.level, func(t *testing.T) {
			var buf bytes.Buffer
			log, err := New(&buf, tt.level, "text")
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range []slog.Level{slog.LevelDebug, slog.LevelInfo, slog.LevelWarn, slog.LevelError} {
				buf.Reset()
				log.Log(t.Context(), l, "hello")
				if logged := buf.Len() > 0; logged != (l >= tt.enabled) {
					t.Errorf("level %v logged = %v, want %v", l, logged, l >= tt.enabled)
				}
			}
		})
	}
}

func TestTextFormat(t *testing.T) {
	for _, format := range []string{"", "text", " TEXT "} {
		var buf bytes.Buffer
		log, err := New(&buf, "info", format)
		if err != nil {
			t.Fatalf("format %q: %v", format, err)
		}
		log.Info("article stored", "id", "abc")
		out := buf.String()
		for _, want := range []string{"level=INFO", `msg="article stored"`, "id=abc"} {
			if !strings.Contains(out, want) {
				t.Errorf("format %q: output %q lacks %q", format, out, want)
			}
		}
	}
}

func TestJSONFormat(t *testing.T) {
	var buf bytes.Buffer
	log, err := New(&buf, "debug", "JSON")
	if err != nil {
		t.Fatal(err)
	}
	log.Debug("quote", "n", 3)
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("output %q is not JSON: %v", buf.String(), err)
	}
	if rec["msg"] != "quote" || rec["level"] != "DEBUG" || rec["n"] != float64(3) {
		t.Errorf("record = %v", rec)
	}
}

func TestInvalid(t *testing.T) {
	tests := []struct{ level, format, mention string }{
		{"verbose", "text", "verbose"},
		{"", "text", "log level"},
		{"info", "xml", "xml"},
		{"info", "logfmt", "logfmt"},
	}
	for _, tt := range tests {
		log, err := New(&bytes.Buffer{}, tt.level, tt.format)
		if err == nil {
			t.Errorf("New(%q, %q) = %v, want an error", tt.level, tt.format, log)
			continue
		}
		if log != nil {
			t.Errorf("New(%q, %q) returned a logger with an error", tt.level, tt.format)
		}
		if !strings.Contains(err.Error(), tt.mention) {
			t.Errorf("error %q does not mention %q", err, tt.mention)
		}
	}
}
