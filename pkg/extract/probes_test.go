package extract

import (
	"bufio"
	"os"
	"strings"
	"testing"
)

// TestProbes runs the hand-written probes of testdata/probes.tsv: short
// sentences in the styles of wire services, British papers, business,
// courts, science, sports and local news, which the annotated corpus (US
// political news) hardly has, so its scores cannot guard them. A line is
// text (\n for a paragraph break), the speaker expected (found in the
// mention or in the canonical name in parentheses: "Smith (Jane Smith)"),
// and the content expected (a part of it; "=" before it for the whole
// content), tab-separated; speaker "-" means no statement at all (a belief
// or plan may be found).
func TestProbes(t *testing.T) {
	f, err := os.Open("testdata/probes.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ex := New(nil)
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		if sc.Text() == "" || strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		fields := strings.Split(sc.Text(), "\t")
		if len(fields) != 3 {
			t.Fatalf("probes.tsv:%d: want 3 tab-separated fields, got %d", line, len(fields))
		}
		text, speaker, content := strings.ReplaceAll(fields[0], `\n`, "\n"), fields[1], fields[2]
		qs := ex.Extract(text)
		if !probeFound(text, qs, speaker, content) {
			var got []string
			for _, q := range qs {
				got = append(got, probeSpeaker(text, q)+": "+probeContent(text, q))
			}
			t.Errorf("probes.tsv:%d: %q: want %q saying %q; got %q", line, text, speaker, content, got)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

func probeFound(text string, qs []Quote, speaker, content string) bool {
	if speaker == "-" {
		for _, q := range qs {
			if q.IsSpeech {
				return false
			}
		}
		return true
	}
	for _, q := range qs {
		if !strings.Contains(probeSpeaker(text, q), speaker) {
			continue
		}
		c := probeContent(text, q)
		if exact, ok := strings.CutPrefix(content, "="); ok && c == exact || !ok && (content == "-" || strings.Contains(c, content)) {
			return true
		}
	}
	return false
}

// probeSpeaker: the mention as written, then the canonical name in
// parentheses.
func probeSpeaker(text string, q Quote) string {
	m := ""
	if q.SpeakerMention != nil {
		m = text[q.SpeakerMention.Start:q.SpeakerMention.End]
	}
	return m + " (" + q.Speaker.Name + ")"
}

// probeContent: the content spans as written, joined by " | ".
func probeContent(text string, q Quote) string {
	parts := make([]string, len(q.Content))
	for i, c := range q.Content {
		parts[i] = text[c.Start:c.End]
	}
	return strings.Join(parts, " | ")
}
