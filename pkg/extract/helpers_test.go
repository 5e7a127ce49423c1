package extract

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// sharedPath returns a file of the shared data folder (<root>/shared, next to
// the repository at <root>/main), skipping the test when it is absent.
func sharedPath(t testing.TB, rel string) string {
	t.Helper()
	p := filepath.Join("..", "..", "..", "shared", filepath.FromSlash(rel))
	if _, err := os.Stat(p); err != nil {
		t.Skipf("shared data not available: %v", err)
	}
	return p
}

func readShared(t testing.TB, rel string) string {
	t.Helper()
	b, err := os.ReadFile(sharedPath(t, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestDump prints the quotes of the file named by QT_DUMP (a debugging aid).
func TestDump(t *testing.T) {
	p := os.Getenv("QT_DUMP")
	if p == "" {
		t.Skip("set QT_DUMP=file to print its quotes")
	}
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	text := string(b)
	for _, q := range New(nil).Extract(text) {
		m := ""
		if q.SpeakerMention != nil {
			m = text[q.SpeakerMention.Start:q.SpeakerMention.End]
		}
		t.Logf("[%s speech=%v conf=%.2f] cue=%q mention=%q -> %s (%s, %q)\n    %q", q.Kind, q.IsSpeech, q.Confidence, q.CueText, m, q.Speaker.Name, q.Speaker.Kind, q.Speaker.Title, q.Text)
	}
}

// withoutAccept returns an extractor with the shipped cut model and no
// accept model: for tests of frames and bounds, whose statements must not
// come and go with a retrained accept model.
func withoutAccept() *Extractor {
	cut, _ := DefaultModels()
	return NewWithModels(nil, cut, nil)
}

// mentionCase is a sentence whose statement holding sub must have the
// speaker mention mention.
type mentionCase struct{ name, text, sub, mention string }

// checkMentions runs the cases through ex: spans valid, a statement holding
// sub, its mention as given, and the extra checks on that statement.
func checkMentions(t *testing.T, ex *Extractor, cases []mentionCase, extra ...func(*testing.T, Quote)) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := ex.Extract(c.text)
			checkSpans(t, c.text, qs)
			q := find(t, qs, c.sub)
			if m := mention(c.text, q); m != c.mention {
				t.Errorf("mention %q, want %q", m, c.mention)
			}
			for _, check := range extra {
				check(t, q)
			}
		})
	}
}

// contentCase is a sentence with a statement whose content text is
// exactly content and whose speaker mention is mention.
type contentCase struct{ text, content, mention string }

// checkContents runs the cases through ex: a statement holding content,
// with that content and no more, and its mention as given.
func checkContents(t *testing.T, ex *Extractor, cases []contentCase) {
	t.Helper()
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
}

// checkNoStatements fails for each text in which ex finds a statement.
func checkNoStatements(t *testing.T, ex *Extractor, texts []string) {
	t.Helper()
	for _, text := range texts {
		if qs := ex.Extract(text); len(qs) != 0 {
			t.Errorf("%q: got %d statements, want none: %+v", text, len(qs), qs)
		}
	}
}

// checkNoStatementWith fails for each statement of qs whose text holds one
// of parts.
func checkNoStatementWith(t *testing.T, qs []Quote, parts ...string) {
	t.Helper()
	for _, q := range qs {
		for _, p := range parts {
			if strings.Contains(q.Text, p) {
				t.Errorf("unexpected statement %q", q.Text)
				break
			}
		}
	}
}

// cutFeaturesAt returns the cut model's features of the cut point that ends
// a candidate of text with suffix.
func cutFeaturesAt(t *testing.T, text, suffix string) []uint32 {
	t.Helper()
	for _, c := range NewWithModels(nil, nil, nil).Candidates(text) {
		for _, k := range c.Cuts {
			last := k.Content[len(k.Content)-1]
			if strings.HasSuffix(text[last.Start:last.End], suffix) {
				return k.Features
			}
		}
	}
	t.Fatalf("no cut point after %q in %q", suffix, text)
	return nil
}

// hasFeature reports whether fs holds feature id with the values vals.
func hasFeature(fs []uint32, id uint32, vals ...string) bool {
	var f feats
	switch len(vals) {
	case 1:
		f.add(id, vals[0])
	case 2:
		f.add2(id, vals[0], vals[1])
	case 3:
		f.add3(id, vals[0], vals[1], vals[2])
	}
	for _, x := range fs {
		if x == f.fs[0] {
			return true
		}
	}
	return false
}

// firstComma returns the index of the text's first comma, or -1.
func firstComma(d *doc) int {
	for i := range d.toks {
		if d.punct(i) == "," {
			return i
		}
	}
	return -1
}

// commaAfter returns the index of the comma right after the first token
// spelling word, and fails the test when there is none.
func commaAfter(t *testing.T, d *doc, word string) int {
	t.Helper()
	for i := range d.toks {
		if d.word(i) == word && d.punct(i+1) == "," {
			return i + 1
		}
	}
	t.Fatalf("%q: no comma after %q", d.text, word)
	return -1
}

// ruleFrameContent returns the text of the first content part of the
// rule-accepted frame with cue text cue that findAttributions builds for
// text (as in training if training), or "" when it builds none.
func ruleFrameContent(text, cue string, training bool) string {
	d := newDoc(text)
	defer d.release()
	d.training = training
	for _, a := range d.findAttributions() {
		if a.cueText == cue && a.ruleAccepted && len(a.content) > 0 {
			c := a.content[0]
			return d.text[d.toks[c.s].s:d.toks[c.e-1].e]
		}
	}
	return ""
}

// checkSpeakerNames is wantSpeakers for texts that follow a headline.
func checkSpeakerNames(t *testing.T, cases []speakerCase) {
	t.Helper()
	for i := range cases {
		cases[i].text = "Headline\n\n" + cases[i].text
	}
	wantSpeakers(t, cases)
}

// statementText is a text one of whose statements must read want.
type statementText struct{ text, want string }

// checkStatementTexts runs the cases through ex: each text has a
// statement whose Text is want.
func checkStatementTexts(t *testing.T, ex *Extractor, cases []statementText) {
	t.Helper()
	for _, c := range cases {
		var got []string
		for _, q := range ex.Extract(c.text) {
			got = append(got, q.Text)
		}
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: want a statement %q, got %q", c.text, c.want, got)
		}
	}
}

// soleStatement returns the one statement ex finds in text; it reports
// an error and false when the text has none or several.
func soleStatement(t *testing.T, ex *Extractor, text string) (Quote, bool) {
	t.Helper()
	qs := ex.Extract(text)
	if len(qs) != 1 {
		t.Errorf("%q: %d statements, want 1", text, len(qs))
		return Quote{}, false
	}
	return qs[0], true
}

// soleSpeaker is a text whose one statement has a speaker named name,
// titled title ("" for any title), with the mention mention ("" for any).
type soleSpeaker struct{ text, mention, name, title string }

// checkSoleSpeakers runs the cases through ex (see soleSpeaker).
func checkSoleSpeakers(t *testing.T, ex *Extractor, cases []soleSpeaker) {
	t.Helper()
	for _, c := range cases {
		q, ok := soleStatement(t, ex, c.text)
		if !ok {
			continue
		}
		m, sp := mention(c.text, q), q.Speaker
		if c.mention != "" && m != c.mention || sp.Name != c.name || c.title != "" && sp.Title != c.title {
			t.Errorf("%q: mention %q, speaker %q titled %q; want %q, %q titled %q", c.text, m, sp.Name, sp.Title, c.mention, c.name, c.title)
		}
	}
}

// checkOffInTraining checks that a per-token rule of inference, fires,
// never fires on text in training, where the models' candidates must stay
// as they were.
func checkOffInTraining(t *testing.T, text, name string, fires func(d *doc, k int) bool) {
	t.Helper()
	d := newDoc(text)
	defer d.release()
	d.training = true
	for k := range d.toks {
		if fires(d, k) {
			t.Errorf("%s fired in training at %q", name, d.word(k))
		}
	}
}
