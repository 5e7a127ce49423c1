package extract

import (
	_ "embed"
	"encoding/binary"
	"math"
)

// Learned filters. Two small logistic-regression models over hashed,
// hand-designed features refine the rule-based candidates:
//
//   - the cut model decides, at each candidate cut point of a forward
//     content (", and", ", but", "while", "with", ...), whether the content
//     ends there;
//   - the accept model decides whether a candidate statement is kept.
//
// Their weights are trained on the training split only by
// `go run ./cmd/quoteeval/quotetrain` (from pkg) and embedded from
// data/cut.bin and data/accept.bin: a header and (feature hash, weight)
// pairs, numbers only.

// featBits is the size of the hashed feature space of both models.
const featBits = 14

const featMask = 1<<featBits - 1

// Model is a logistic-regression model over hashed features.
type Model struct {
	W         []float32 // 1<<featBits weights
	Bias      float32
	Threshold float32 // decision threshold on the probability
	// NonSpeechThreshold, when set, replaces Threshold for the accept
	// decision on beliefs, plans and findings (Quote.IsSpeech false): their
	// candidates are less precise, and a false one costs every slice.
	NonSpeechThreshold float32
}

// Prob returns the model's probability for the feature hashes fs.
func (m *Model) Prob(fs []uint32) float64 {
	z := float64(m.Bias)
	for _, f := range fs {
		z += float64(m.W[f&featMask])
	}
	return 1 / (1 + math.Exp(-z))
}

// threshold returns the decision threshold for a statement.
func (m *Model) threshold(speech bool) float64 {
	if !speech && m.NonSpeechThreshold > 0 {
		return float64(m.NonSpeechThreshold)
	}
	return float64(m.Threshold)
}

// NewModel returns an all-zero model (probability 0.5 everywhere).
func NewModel() *Model { return &Model{W: make([]float32, 1<<featBits), Threshold: 0.5} }

// modelMagic heads the encoding; the older "QTLR1" lacks NonSpeechThreshold.
const modelMagic, modelMagicV1 = "QTLR2", "QTLR1"

// MarshalBinary encodes the non-zero weights.
func (m *Model) MarshalBinary() ([]byte, error) {
	b := []byte(modelMagic)
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.Bias))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.Threshold))
	b = binary.LittleEndian.AppendUint32(b, math.Float32bits(m.NonSpeechThreshold))
	for i, w := range m.W {
		if w != 0 {
			b = binary.LittleEndian.AppendUint32(b, uint32(i))
			b = binary.LittleEndian.AppendUint32(b, math.Float32bits(w))
		}
	}
	return b, nil
}

// UnmarshalBinary decodes MarshalBinary's form.
func (m *Model) UnmarshalBinary(b []byte) error {
	*m = *NewModel()
	v2 := len(b) >= len(modelMagic)+12 && string(b[:len(modelMagic)]) == modelMagic
	if !v2 && (len(b) < len(modelMagicV1)+8 || string(b[:len(modelMagicV1)]) != modelMagicV1) {
		return errBadModel
	}
	b = b[len(modelMagic):]
	m.Bias = math.Float32frombits(binary.LittleEndian.Uint32(b))
	m.Threshold = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
	b = b[8:]
	if v2 {
		m.NonSpeechThreshold = math.Float32frombits(binary.LittleEndian.Uint32(b))
		b = b[4:]
	}
	for len(b) >= 8 {
		i := binary.LittleEndian.Uint32(b)
		m.W[i&featMask] = math.Float32frombits(binary.LittleEndian.Uint32(b[4:]))
		b = b[8:]
	}
	return nil
}

type modelError string

func (e modelError) Error() string { return string(e) }

const errBadModel = modelError("extract: bad model data")

//go:embed data/cut.bin
var cutData []byte

//go:embed data/accept.bin
var acceptData []byte

func loadModel(b []byte) *Model {
	m := NewModel()
	if len(b) == 0 {
		return nil
	}
	if err := m.UnmarshalBinary(b); err != nil {
		panic(err)
	}
	return m
}

// defaultModels are the embedded models; nil when the file is empty.
var defaultCut, defaultAccept = loadModel(cutData), loadModel(acceptData)

// fnv-1a hashing of feature names, allocation-free.
const (
	fnvOffset = 2166136261
	fnvPrime  = 16777619
)

func hstr(h uint32, s string) uint32 {
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= fnvPrime
	}
	return h
}

// feats accumulates hashed features.
type feats struct{ fs []uint32 }

// Features are named by small numbers (their templates in features.go).
func fid(id uint32) uint32 { return fnvOffset ^ id*2654435761 }

func (f *feats) add(id uint32, val string) {
	f.fs = append(f.fs, hstr(fid(id), val)&featMask)
}

func (f *feats) add2(id uint32, v1, v2 string) {
	h := hstr(fid(id), v1)
	h = hstr(h^0xff, v2)
	f.fs = append(f.fs, h&featMask)
}

func (f *feats) add3(id uint32, v1, v2, v3 string) {
	h := hstr(fid(id), v1)
	h = hstr(h^0xff, v2)
	h = hstr(h^0xfe, v3)
	f.fs = append(f.fs, h&featMask)
}

// bucket names the range of a count for features. The features take some
// forty buckets per statement: the small counts are looked up in a table
// (bucketNames), not classified by a chain of comparisons.
func bucket(n int) string {
	if uint(n) < uint(len(bucketNames)) {
		return bucketNames[n]
	}
	return countBucket(n)
}

// bucketNames[n] is countBucket(n).
var bucketNames = func() (t [61]string) {
	for n := range t {
		t[n] = countBucket(n)
	}
	return t
}()

func countBucket(n int) string {
	switch {
	case n <= 0:
		return "0"
	case n == 1:
		return "1"
	case n == 2:
		return "2"
	case n == 3:
		return "3"
	case n <= 5:
		return "4-5"
	case n <= 8:
		return "6-8"
	case n <= 12:
		return "9-12"
	case n <= 20:
		return "13-20"
	case n <= 35:
		return "21-35"
	case n <= 60:
		return "36-60"
	}
	return "61+"
}

// DefaultModels returns the embedded cut and accept models (nil if absent).
func DefaultModels() (cut, accept *Model) { return defaultCut, defaultAccept }
