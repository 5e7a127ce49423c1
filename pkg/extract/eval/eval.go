// Package eval scores extracted quotes against an annotated corpus. It
// reproduces the reference scorer shared/eval/score.py: the same matching
// rules, slices and figures.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Span is a half-open range of UTF-8 byte offsets (predictions).
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// GoldSpan is a half-open range of Unicode code-point offsets (gold).
type GoldSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// GoldAttribution is one annotated attribution relation.
type GoldAttribution struct {
	ID        string     `json:"id"`
	NoSource  bool       `json:"no_source"`
	Source    []GoldSpan `json:"source"`
	Cue       []GoldSpan `json:"cue"`
	Content   []GoldSpan `json:"content"`
	QuoteType string     `json:"quote_type_heuristic"`
}

// GoldDoc is one annotated article.
type GoldDoc struct {
	ID           string            `json:"doc_id"`
	Text         string            `json:"text"`
	Attributions []GoldAttribution `json:"attributions"`
}

// PredQuote is a predicted quote: byte spans into the document text.
type PredQuote struct {
	Content        []Span `json:"content"`
	SpeakerMention *Span  `json:"speaker_mention"`
	Cue            *Span  `json:"cue"`
}

// Level holds the figures at one match level.
type Level struct {
	P, R, F1   float64
	SpeakerAcc float64 // share of matched quotes with the right speaker mention
	E2EF1      float64 // F1 of quotes matched with the right speaker
	CueAcc     float64
	TP, FP, FN int
}

// Result is the score of a prediction set on one slice.
type Result struct {
	Docs, DocsPredicted int
	Slice               string
	// Levels by name: "exact", "0.3", "0.8".
	Levels map[string]Level
}

// LevelNames are the match levels in report order.
var LevelNames = []string{"exact", "0.3", "0.8"}

// Slices are the slice names score.py accepts.
var Slices = []string{"all", "speech", "direct"}

// ReadGold reads a corpus in the JSONL format of shared/eval/polnear.
func ReadGold(r io.Reader) ([]GoldDoc, error) {
	var docs []GoldDoc
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			var d GoldDoc
			if jerr := json.Unmarshal(b, &d); jerr != nil {
				return nil, fmt.Errorf("gold line %d: %w", line, jerr)
			}
			docs = append(docs, d)
		}
		if err == io.EOF {
			return docs, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadGoldFile reads a gold corpus file.
func ReadGoldFile(path string) ([]GoldDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadGold(f)
}

// ReadPredictions reads predictions, one {"id", "quotes"} object a line; a
// later line for the same id replaces an earlier one, as in score.py.
func ReadPredictions(r io.Reader) (map[string][]PredQuote, error) {
	preds := map[string][]PredQuote{}
	br := bufio.NewReader(r)
	for line := 1; ; line++ {
		b, err := br.ReadBytes('\n')
		if len(strings.TrimSpace(string(b))) > 0 {
			var d struct {
				ID     *string     `json:"id"`
				DocID  *string     `json:"doc_id"`
				Quotes []PredQuote `json:"quotes"`
			}
			if jerr := json.Unmarshal(b, &d); jerr != nil {
				return nil, fmt.Errorf("predictions line %d: %w", line, jerr)
			}
			id := ""
			switch {
			case d.ID != nil:
				id = *d.ID
			case d.DocID != nil:
				id = *d.DocID
			}
			preds[id] = d.Quotes
		}
		if err == io.EOF {
			return preds, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// LoadVerbs reads a whitespace-separated verb list (score.py reads
// speech_verbs.txt next to itself).
func LoadVerbs(path string) (map[string]bool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	v := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		v[w] = true
	}
	return v, nil
}

// ignored reports the characters left out of matching: whitespace (as
// Python's str.isspace), quotation marks and edge punctuation.
func ignored(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u2018', '\u2019', '\'', '.', ',', ':', ';':
		return true
	}
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// charset is a sorted set of code-point indices.
type charset []int

func makeCharset(text []rune, spans [][2]int) charset {
	var s charset
	for _, sp := range spans {
		for i := max(0, sp[0]); i < min(len(text), sp[1]); i++ {
			if !ignored(text[i]) {
				s = append(s, i)
			}
		}
	}
	slices.Sort(s)
	return slices.Compact(s)
}

func (a charset) inter(b charset) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// byteToCP converts byte offsets of a prediction to code points like
// score.py: an offset inside a rune moves back to its start; an offset
// past the end maps to the end; a negative one to 0.
type byteToCP struct {
	cp    []int // per byte offset: code point index, -1 inside a rune
	total int
}

func newByteToCP(text string) byteToCP {
	t := byteToCP{cp: make([]int, len(text)+1)}
	i := 0
	for b := 0; b < len(text); {
		_, n := utf8.DecodeRuneInString(text[b:])
		t.cp[b] = i
		for k := 1; k < n; k++ {
			t.cp[b+k] = -1
		}
		b += n
		i++
	}
	t.cp[len(text)] = i
	t.total = i
	return t
}

func (t byteToCP) at(off int) int {
	if off > len(t.cp)-1 {
		return t.total
	}
	for off > 0 && t.cp[off] < 0 {
		off--
	}
	if off < 0 {
		return 0
	}
	return t.cp[off]
}

var cueWord = regexp.MustCompile(`[a-z]+`)

func inSlice(a *GoldAttribution, name string, verbs map[string]bool) bool {
	switch name {
	case "all":
		return true
	case "direct":
		return a.QuoteType == "direct"
	}
	parts := make([]string, len(a.Cue))
	for i, c := range a.Cue {
		parts[i] = c.Text
	}
	cue := pyLower(strings.Join(parts, " "))
	for _, w := range cueWord.FindAllString(cue, -1) {
		if verbs[w] || w == "according" {
			return true
		}
	}
	return strings.TrimFunc(cue, pyIsSpace) == ":"
}

func pyLower(s string) string { return strings.ToLower(s) }

func pyIsSpace(r rune) bool { return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f) }

type predSets struct {
	content, source, cue charset
	hasSource, hasCue    bool
}

// Score scores predictions against gold on a slice ("all", "speech",
// "direct"); verbs is the speech verb list (used by the speech slice).
func Score(gold []GoldDoc, preds map[string][]PredQuote, slice string, verbs map[string]bool) Result {
	type counts struct{ tp, fp, fn, spk, cue int }
	C := map[string]*counts{}
	for _, k := range LevelNames {
		C[k] = &counts{}
	}
	for gi := range gold {
		g := &gold[gi]
		text := []rune(g.Text)
		tab := newByteToCP(g.Text)
		conv := func(s Span) [2]int { return [2]int{tab.at(s.Start), tab.at(s.End)} }
		var P []predSets
		for _, q := range preds[g.ID] {
			var cs [][2]int
			for _, s := range q.Content {
				cs = append(cs, conv(s))
			}
			p := predSets{content: makeCharset(text, cs)}
			if q.SpeakerMention != nil {
				p.hasSource = true
				p.source = makeCharset(text, [][2]int{conv(*q.SpeakerMention)})
			}
			if q.Cue != nil {
				p.hasCue = true
				p.cue = makeCharset(text, [][2]int{conv(*q.Cue)})
			}
			P = append(P, p)
		}
		var all, G []*GoldAttribution
		var outsideIdx []int
		for i := range g.Attributions {
			a := &g.Attributions[i]
			if len(a.Content) == 0 {
				continue
			}
			all = append(all, a)
			if inSlice(a, slice, verbs) {
				G = append(G, a)
			} else {
				outsideIdx = append(outsideIdx, len(all)-1)
			}
		}
		if slice != "all" {
			var outside []charset
			for _, i := range outsideIdx {
				outside = append(outside, goldSet(text, all[i].Content))
			}
			kept := P[:0:0]
			for _, p := range P {
				drop := false
				for _, x := range outside {
					if float64(x.inter(p.content)) >= 0.5*float64(max(1, len(p.content))) {
						drop = true
						break
					}
				}
				if !drop {
					kept = append(kept, p)
				}
			}
			P = kept
		}
		gsets := make([]charset, len(G))
		for i, a := range G {
			gsets[i] = goldSet(text, a.Content)
		}
		for _, lv := range LevelNames {
			c := C[lv]
			used := make([]bool, len(P))
			nused := 0
			for gi, gs := range gsets {
				best, bs := -1, 0.0
				for pi, p := range P {
					ps := p.content
					if used[pi] || len(gs) == 0 || len(ps) == 0 {
						continue
					}
					var sc float64
					var ok bool
					inter := gs.inter(ps)
					if lv == "exact" {
						if slices.Equal(gs, ps) {
							sc = 1
						}
						ok = sc == 1
					} else {
						thr := 0.3
						if lv == "0.8" {
							thr = 0.8
						}
						sc = float64(inter) / float64(len(gs))
						ok = sc >= thr && float64(inter)/float64(len(ps)) >= 0.5
					}
					if ok && sc > bs {
						best, bs = pi, sc
					}
				}
				if best < 0 {
					c.fn++
					continue
				}
				used[best] = true
				nused++
				c.tp++
				ga, pq := G[gi], P[best]
				var ok bool
				if ga.NoSource || len(ga.Source) == 0 {
					ok = !pq.hasSource
				} else {
					ok = goldSet(text, ga.Source).inter(pq.source) > 0
				}
				if ok {
					c.spk++
				}
				if len(ga.Cue) > 0 && pq.hasCue && goldSet(text, ga.Cue).inter(pq.cue) > 0 {
					c.cue++
				}
			}
			c.fp += len(P) - nused
		}
	}
	res := Result{Docs: len(gold), DocsPredicted: len(preds), Slice: slice, Levels: map[string]Level{}}
	for _, k := range LevelNames {
		c := C[k]
		var l Level
		l.TP, l.FP, l.FN = c.tp, c.fp, c.fn
		l.P = ratio(c.tp, c.tp+c.fp)
		l.R = ratio(c.tp, c.tp+c.fn)
		l.F1 = f1(l.P, l.R)
		ep, er := ratio(c.spk, c.tp+c.fp), ratio(c.spk, c.tp+c.fn)
		l.E2EF1 = f1(ep, er)
		l.SpeakerAcc = ratio(c.spk, c.tp)
		l.CueAcc = ratio(c.cue, c.tp)
		res.Levels[k] = l
	}
	return res
}

func goldSet(text []rune, spans []GoldSpan) charset {
	s := make([][2]int, len(spans))
	for i, sp := range spans {
		s[i] = [2]int{sp.Start, sp.End}
	}
	return makeCharset(text, s)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Round4 rounds like score.py's round(x, 4).
func Round4(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// String formats the result like score.py's text output.
func (r Result) String() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "%d docs, slice %s\n", r.Docs, r.Slice)
	for _, k := range LevelNames {
		l := r.Levels[k]
		fmt.Fprintf(&sb, "match %5s: P %.3f R %.3f F1 %.3f  speaker_acc %.3f  e2e_F1 %.3f  cue_acc %.3f  (tp %d fp %d fn %d)\n",
			k, Round4(l.P), Round4(l.R), Round4(l.F1), Round4(l.SpeakerAcc), Round4(l.E2EF1), Round4(l.CueAcc), l.TP, l.FP, l.FN)
	}
	return sb.String()
}

// Matcher compares predicted contents with the gold contents of one
// document by score.py's rules; for training tools.
type Matcher struct {
	text []rune
	tab  byteToCP
	gold []charset
}

// NewMatcher prepares the gold contents of g.
func NewMatcher(g *GoldDoc) *Matcher {
	m := &Matcher{text: []rune(g.Text), tab: newByteToCP(g.Text)}
	for i := range g.Attributions {
		m.gold = append(m.gold, goldSet(m.text, g.Attributions[i].Content))
	}
	return m
}

func (m *Matcher) set(pred []Span) charset {
	cs := make([][2]int, len(pred))
	for i, s := range pred {
		cs[i] = [2]int{m.tab.at(s.Start), m.tab.at(s.End)}
	}
	return makeCharset(m.text, cs)
}

// Best returns the attribution (index into g.Attributions) whose content
// pred covers most with at least half of pred inside it, and the share of
// that content covered; -1 if none.
func (m *Matcher) Best(pred []Span) (gi int, cover float64) {
	p := m.set(pred)
	gi = -1
	for i, g := range m.gold {
		if len(g) == 0 || len(p) == 0 {
			continue
		}
		n := g.inter(p)
		if float64(n) < 0.5*float64(len(p)) {
			continue
		}
		if c := float64(n) / float64(len(g)); c > cover {
			gi, cover = i, c
		}
	}
	return gi, cover
}

// Jaccard returns the overlap of pred with attribution gi's content over
// their union.
func (m *Matcher) Jaccard(pred []Span, gi int) float64 {
	p, g := m.set(pred), m.gold[gi]
	n := g.inter(p)
	if u := len(p) + len(g) - n; u > 0 {
		return float64(n) / float64(u)
	}
	return 0
}

// Covers returns, per attribution of the document, the share of its
// content pred covers, or 0 when less than half of pred lies inside it.
func (m *Matcher) Covers(pred []Span) []float64 {
	p := m.set(pred)
	out := make([]float64, len(m.gold))
	for i, g := range m.gold {
		if len(g) == 0 || len(p) == 0 {
			continue
		}
		if n := g.inter(p); float64(n) >= 0.5*float64(len(p)) {
			out[i] = float64(n) / float64(len(g))
		}
	}
	return out
}
