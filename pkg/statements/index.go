// Package statements groups the appearances of one statement in many
// articles, checks whether given words were said (and by whom), and searches
// statements by words or phrases. It is pure Go, does no I/O and is safe for
// concurrent use.
//
// Texts are compared as normalised words (see Normalize). Each appearance is
// indexed by hashed word 3-grams (shingles; 1- and 2-grams for texts of one or
// two words) in an inverted index of posting lists, and by its words for
// search. Two appearances by the same speaker are the same statement when
// the shorter one's words align with the longer one (see Similarity) at
// MergeThreshold or better; statements are the connected groups of that
// relation, so the grouping and the statement ids do not depend on the order
// quotes are added in.
package statements

import (
	"hash/maphash"
	"slices"
	"strings"
	"sync"
)

// Quote is one appearance of a statement: one article's quoting of it.
type Quote struct {
	ID          string // unique; the statement id is its first appearance's
	SpeakerID   string
	Text        string
	SaidAt      int64 // unix nanoseconds
	PublishedAt int64 // unix nanoseconds; orders appearances said at the same time
}

// Statement is a snapshot of one statement.
type Statement struct {
	// ID is the quote id of the first appearance: earliest SaidAt, then
	// earliest PublishedAt, then smallest quote id.
	ID        string
	SpeakerID string
	SaidAt    int64 // the first appearance's
	// Appearances are the quote ids, first appearance first.
	Appearances []string
}

// Tuning. The thresholds were chosen by the tests in this package: a
// trimmed or changed word, an ellipsis, an excerpt of five words or more
// and typographic differences are kept together; different statements that
// share a phrase are not.
const (
	// MergeThreshold is the similarity at which two appearances by one
	// speaker are one statement.
	MergeThreshold = 0.75
	// MatchThreshold is the score at which Check reports a match.
	MatchThreshold = 0.75
	// minExcerptWords is the shortest text that may match as an excerpt of
	// a longer one when grouping; shorter texts must match near whole.
	minExcerptWords = 5
	// maxPosting: posting lists longer than this are too common to be
	// worth scanning in Check (they are always scanned when grouping, which
	// looks only at one speaker's appearances).
	maxPosting = 20000
	// candidateCap is how many candidate appearances Check verifies, best
	// first by shared shingles and words; preferCap more by the preferred
	// speaker.
	candidateCap = 256
	preferCap    = 64
)

// Index holds statements. The zero value is not usable; call New.
type Index struct {
	mu sync.RWMutex

	vocab    map[string]uint32 // word → id; ids start at 1
	wordHash []uint64          // by word id
	wordStop []bool            // by word id: a stopword
	// wordPosts lists, by word id, the appearances containing the word,
	// ascending.
	wordPosts [][]uint32

	// shingles maps a shingle hash to its posting: one appearance inline
	// (inlineBit set) or an index into lists. Lists are ascending.
	shingles map[uint32]uint32
	lists    [][]uint32

	apps     []appearance
	byQuote  map[string]uint32 // quote id → appearance
	speakers map[string]uint32 // speaker id → index in speakerIDs
	spIDs    []string
	stmts    []stmtRec
	live     int // statements not merged away

	// Scratch for Add (under mu).
	cands []uint32
	mark  []uint32 // by statement: the Add generation that saw it
	gen   uint32
	dp    []int32
}

const inlineBit = 1 << 31

type appearance struct {
	id      string
	words   []uint32
	saidAt  int64
	pubAt   int64
	speaker uint32
	stmt    uint32
}

type stmtRec struct {
	// members are appearance indexes in first-appearance order; nil once
	// merged into another statement.
	members []uint32
}

// New returns an empty index.
func New() *Index {
	return &Index{
		vocab:     map[string]uint32{},
		wordHash:  []uint64{0},
		wordStop:  []bool{false},
		wordPosts: [][]uint32{nil},
		shingles:  map[uint32]uint32{},
		byQuote:   map[string]uint32{},
		speakers:  map[string]uint32{},
	}
}

var hashSeed = maphash.MakeSeed()

// Add indexes q and groups it with the statements it repeats. It reports
// false when a quote with q's id is indexed already.
func (x *Index) Add(q Quote) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.byQuote[q.ID]; ok {
		return false
	}
	if len(x.apps) >= inlineBit-1 {
		panic("statements: index full")
	}
	var words []uint32
	eachWord(q.Text, nil, func(w []byte) { words = append(words, x.intern(w)) })
	words = slices.Clip(words)
	ai := uint32(len(x.apps))
	sp, ok := x.speakers[q.SpeakerID]
	if !ok {
		sp = uint32(len(x.spIDs))
		x.speakers[q.SpeakerID] = sp
		x.spIDs = append(x.spIDs, q.SpeakerID)
	}
	x.apps = append(x.apps, appearance{id: q.ID, words: words, saidAt: q.SaidAt, pubAt: q.PublishedAt, speaker: sp})
	x.byQuote[q.ID] = ai
	sh := x.shingleSet(words, nil, true)

	// Statements by the same speaker sharing a shingle, then those the new
	// appearance is similar to.
	x.gen++
	if x.gen == 0 { // wrapped: reset the marks
		clear(x.mark)
		x.gen = 1
	}
	x.cands = x.cands[:0]
	for _, h := range sh {
		for _, p := range x.posting(h) {
			a := &x.apps[p]
			if a.speaker != sp || x.mark[a.stmt] == x.gen {
				continue
			}
			x.mark[a.stmt] = x.gen
			x.cands = append(x.cands, a.stmt)
		}
	}
	slices.Sort(x.cands)
	// Members with the very same words share one slice (see below), which
	// is compared once.
	matched := x.cands[:0]
	var twin []uint32 // a member of a matched statement with the same words
	for _, s := range x.cands {
		var last *uint32
		for _, m := range x.stmts[s].members {
			mw := x.apps[m].words
			if len(mw) > 0 && &mw[0] == last {
				continue
			}
			if len(mw) > 0 {
				last = &mw[0]
			}
			if x.same(words, mw) {
				matched = append(matched, s)
				if twin == nil && slices.Equal(words, mw) {
					twin = mw
				}
				break
			}
		}
	}

	var target uint32
	if len(matched) == 0 {
		target = uint32(len(x.stmts))
		x.stmts = append(x.stmts, stmtRec{})
		x.mark = append(x.mark, 0)
		x.live++
	} else {
		// Merge into the largest (the fewest relabels).
		target = matched[0]
		for _, s := range matched[1:] {
			if len(x.stmts[s].members) > len(x.stmts[target].members) {
				target = s
			}
		}
		for _, s := range matched {
			if s != target {
				x.merge(target, s)
			}
		}
	}
	x.apps[ai].stmt = target
	t := &x.stmts[target]
	i, _ := slices.BinarySearchFunc(t.members, ai, x.cmpApp)
	t.members = slices.Insert(t.members, i, ai)

	if twin != nil {
		// A verbatim repeat (syndicated copy) of an appearance of its
		// statement: the twin's postings find the statement for it, so it
		// shares the twin's words and adds no postings. Statements never
		// split, so this cannot change what is found.
		x.apps[ai].words = twin
		return true
	}
	for _, h := range sh {
		x.post(h, ai)
	}
	for _, w := range uniqueWords(words) {
		x.wordPosts[w] = append(x.wordPosts[w], ai)
	}
	return true
}

func (x *Index) intern(w []byte) uint32 {
	if id, ok := x.vocab[string(w)]; ok {
		return id
	}
	id := uint32(len(x.wordHash))
	s := string(w)
	x.vocab[s] = id
	x.wordHash = append(x.wordHash, maphash.String(hashSeed, s))
	x.wordStop = append(x.wordStop, stopwords[s])
	x.wordPosts = append(x.wordPosts, nil)
	return id
}

// lookup returns the ids of words, 0 for words never indexed. Callers hold
// mu.
func (x *Index) lookup(words []string) []uint32 {
	ids := make([]uint32, len(words))
	for i, w := range words {
		ids[i] = x.vocab[w]
	}
	return ids
}

func uniqueWords(words []uint32) []uint32 {
	u := slices.Clone(words)
	slices.Sort(u)
	return slices.Compact(u)
}

// merge moves statement s's appearances into t.
func (x *Index) merge(t, s uint32) {
	for _, m := range x.stmts[s].members {
		x.apps[m].stmt = t
	}
	merged := make([]uint32, 0, len(x.stmts[t].members)+len(x.stmts[s].members))
	a, b := x.stmts[t].members, x.stmts[s].members
	for len(a) > 0 && len(b) > 0 {
		if x.cmpApp(a[0], b[0]) < 0 {
			merged, a = append(merged, a[0]), a[1:]
		} else {
			merged, b = append(merged, b[0]), b[1:]
		}
	}
	merged = append(append(merged, a...), b...)
	x.stmts[t].members = merged
	x.stmts[s].members = nil
	x.live--
}

// cmpApp orders appearances first-appearance first: said, then published,
// then by quote id.
func (x *Index) cmpApp(i, j uint32) int {
	a, b := &x.apps[i], &x.apps[j]
	switch {
	case a.saidAt != b.saidAt:
		return cmpInt(a.saidAt, b.saidAt)
	case a.pubAt != b.pubAt:
		return cmpInt(a.pubAt, b.pubAt)
	}
	return strings.Compare(a.id, b.id)
}

func cmpInt(a, b int64) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func (x *Index) posting(h uint32) []uint32 {
	v, ok := x.shingles[h]
	switch {
	case !ok:
		return nil
	case v&inlineBit != 0:
		return []uint32{v &^ inlineBit}
	}
	return x.lists[v]
}

func (x *Index) postingLen(h uint32) int {
	v, ok := x.shingles[h]
	switch {
	case !ok:
		return 0
	case v&inlineBit != 0:
		return 1
	}
	return len(x.lists[v])
}

func (x *Index) post(h, ai uint32) {
	v, ok := x.shingles[h]
	switch {
	case !ok:
		x.shingles[h] = ai | inlineBit
	case v&inlineBit != 0:
		x.shingles[h] = uint32(len(x.lists))
		x.lists = append(x.lists, []uint32{v &^ inlineBit, ai})
	default:
		x.lists[v] = append(x.lists[v], ai)
	}
}

// shingleSet returns the distinct shingle hashes of words: 3-grams, or the
// whole text when shorter. With indexed set, it keeps only the shingles
// holding a word that is not a stopword, unless there are none (a rule that
// depends on the text alone, so grouping stays independent of order).
// Shingles with an unknown word (id 0) are left out.
func (x *Index) shingleSet(words []uint32, dst []uint32, indexed bool) []uint32 {
	n := min(3, len(words))
	if n == 0 {
		return dst[:0]
	}
	out := dst[:0]
	content := false
	for pass := 0; pass < 2; pass++ {
		for i := 0; i+n <= len(words); i++ {
			g := words[i : i+n]
			if slices.Contains(g, 0) {
				continue
			}
			if indexed && pass == 0 {
				stop := true
				for _, w := range g {
					stop = stop && x.wordStop[w]
				}
				if stop {
					continue
				}
				content = true
			}
			out = append(out, x.shingleHash(g))
		}
		if !indexed || content {
			break
		}
		indexed = false // no content shingle: take them all
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func (x *Index) shingleHash(g []uint32) uint32 {
	h := uint64(len(g)) * 0x9e3779b97f4a7c15
	for _, w := range g {
		h = mix64(h ^ x.wordHash[w])
	}
	return uint32(h >> 32)
}

func mix64(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9
	z = (z ^ (z >> 27)) * 0x94d049bb133111eb
	return z ^ (z >> 31)
}

// same reports whether two appearances' words are one statement.
func (x *Index) same(a, b []uint32) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	x.dp = growDP(x.dp, max(len(a), len(b)))
	return similar(a, b, x.dp)
}

// snapshot returns statement s. Callers hold mu.
func (x *Index) snapshot(s uint32) Statement {
	m := x.stmts[s].members
	first := &x.apps[m[0]]
	st := Statement{ID: first.id, SpeakerID: x.spIDs[first.speaker], SaidAt: first.saidAt, Appearances: make([]string, len(m))}
	for i, a := range m {
		st.Appearances[i] = x.apps[a].id
	}
	return st
}

// Get returns the statement with id, or the one the quote with id is an
// appearance of.
func (x *Index) Get(id string) (Statement, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	a, ok := x.byQuote[id]
	if !ok {
		return Statement{}, false
	}
	return x.snapshot(x.apps[a].stmt), true
}

// StatementOf returns the id of the statement quote quoteID is an appearance
// of and how many appearances it has.
func (x *Index) StatementOf(quoteID string) (id string, appearances int, ok bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	a, ok := x.byQuote[quoteID]
	if !ok {
		return "", 0, false
	}
	m := x.stmts[x.apps[a].stmt].members
	return x.apps[m[0]].id, len(m), true
}

// IsFirst reports whether quote quoteID is its statement's first appearance
// (true for a quote the index does not hold).
func (x *Index) IsFirst(quoteID string) bool {
	x.mu.RLock()
	defer x.mu.RUnlock()
	a, ok := x.byQuote[quoteID]
	if !ok {
		return true
	}
	return x.stmts[x.apps[a].stmt].members[0] == a
}

// speakerSet returns the indexes of the speakers id and same that have
// appearances. Callers hold mu.
func (x *Index) speakerSet(id string, same []string) []uint32 {
	var out []uint32
	for _, s := range append([]string{id}, same...) {
		if sp, ok := x.speakers[s]; ok && !slices.Contains(out, sp) {
			out = append(out, sp)
		}
	}
	return out
}

// Len returns the number of statements.
func (x *Index) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.live
}

// Appearances returns the number of quotes indexed.
func (x *Index) Appearances() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.apps)
}
