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
// quotes are added in. Speakers are compared by identity: a speaker joined
// to another's identity (SetIdentity) is the same speaker until it leaves
// again, which splits the statements that only the join held together.
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
	ID string
	// SpeakerID is the first appearance's speaker (the appearances of a
	// statement are all one speaker's, or one identity's: see SetIdentity).
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
	// identity holds, by speaker, the speaker whose identity it belongs to
	// (itself unless joined by SetIdentity); spApps, by speaker, its
	// appearances in the order added.
	identity []uint32
	spApps   [][]uint32
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
	sp := x.speakerIndex(q.SpeakerID)
	who := x.identity[sp]
	x.apps = append(x.apps, appearance{id: q.ID, words: words, saidAt: q.SaidAt, pubAt: q.PublishedAt, speaker: sp})
	x.byQuote[q.ID] = ai
	x.spApps[sp] = append(x.spApps[sp], ai)
	sh := x.shingleSet(words, nil, true)

	// Statements by the same speaker sharing a shingle, then those the new
	// appearance is similar to.
	x.nextGen()
	x.cands = x.cands[:0]
	for _, h := range sh {
		for _, p := range x.posting(h) {
			a := &x.apps[p]
			if x.identity[a.speaker] != who || x.mark[a.stmt] == x.gen {
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
				// A twin is the same speaker's, never only the same
				// identity's: it must stay in the statement when the
				// identity is split again.
				if twin == nil && x.apps[m].speaker == sp && slices.Equal(words, mw) {
					twin = mw
				}
				break
			}
		}
	}

	var target uint32
	if len(matched) == 0 {
		target = x.newStatement()
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
		// shares the twin's words and adds no postings. A statement splits
		// only between speakers, never between an appearance and its twin
		// (the same speaker's), so this cannot change what is found.
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

// speakerSet returns the indexes of the speakers id and same that the
// index knows. Callers hold mu.
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

// speakerIndex returns speaker id's index, made on first use. Callers hold
// mu for writing.
func (x *Index) speakerIndex(id string) uint32 {
	sp, ok := x.speakers[id]
	if !ok {
		sp = uint32(len(x.spIDs))
		x.speakers[id] = sp
		x.spIDs = append(x.spIDs, id)
		x.identity = append(x.identity, sp)
		x.spApps = append(x.spApps, nil)
	}
	return sp
}

// newStatement adds an empty statement. Callers hold mu for writing.
func (x *Index) newStatement() uint32 {
	s := uint32(len(x.stmts))
	x.stmts = append(x.stmts, stmtRec{})
	x.mark = append(x.mark, 0)
	x.live++
	return s
}

// nextGen starts a new generation of statement marks. Callers hold mu for
// writing.
func (x *Index) nextGen() {
	x.gen++
	if x.gen == 0 { // wrapped: reset the marks
		clear(x.mark)
		x.gen = 1
	}
}

// SetIdentity makes speaker speakerID part of speaker identityID's
// identity, or its own again when identityID is "" or speakerID: its
// appearances are grouped into statements with those of every speaker of
// the identity. A caller that merges speakers ("Sanders" into Bernie
// Sanders, while he is the only Sanders quoted in full) calls it whenever
// the merge changes; joining merges statements and leaving splits them
// again, so the statements are those that adding every quote after the
// last change would give. identityID must be its own identity.
func (x *Index) SetIdentity(speakerID, identityID string) {
	if identityID == "" {
		identityID = speakerID
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	sp, who := x.speakerIndex(speakerID), x.speakerIndex(identityID)
	if x.identity[sp] == who {
		return
	}
	x.identity[sp] = who
	// Leave: regroup the statements the speaker's appearances are in.
	x.nextGen()
	for _, a := range x.spApps[sp] {
		if s := x.apps[a].stmt; x.mark[s] != x.gen {
			x.mark[s] = x.gen
			x.regroup(s)
		}
	}
	// Join: group the speaker's appearances with the identity's, until
	// nothing more merges (a merge can bring a statement near another).
	if who == sp {
		return
	}
	for merged := true; merged; {
		merged = false
		for _, a := range x.spApps[sp] {
			merged = x.attach(a) || merged
		}
	}
}

// attach merges the statement of appearance ai with every statement of
// its speaker's identity that it shares a shingle with and is similar to a
// member of, as Add does for a new appearance. It reports whether it
// merged any. Callers hold mu for writing.
func (x *Index) attach(ai uint32) bool {
	words := x.apps[ai].words
	who := x.identity[x.apps[ai].speaker]
	x.nextGen()
	x.mark[x.apps[ai].stmt] = x.gen
	var cands []uint32
	for _, h := range x.shingleSet(words, nil, true) {
		for _, p := range x.posting(h) {
			a := &x.apps[p]
			if x.identity[a.speaker] != who || x.mark[a.stmt] == x.gen {
				continue
			}
			x.mark[a.stmt] = x.gen
			cands = append(cands, a.stmt)
		}
	}
	merged := false
	for _, s := range cands {
		for _, m := range x.stmts[s].members {
			if x.same(words, x.apps[m].words) {
				t := x.apps[ai].stmt
				if len(x.stmts[s].members) > len(x.stmts[t].members) {
					t, s = s, t
				}
				x.merge(t, s)
				merged = true
				break
			}
		}
	}
	return merged
}

// regroup splits statement s into the statements its appearances make
// with the speakers' identities as they are now: Add's grouping replayed
// over its members in the order they were added (an appearance joins the
// groups of the same identity it shares a shingle with and is similar to a
// member of). No member can group with an appearance outside s, as
// identities only lost speakers. Callers hold mu for writing.
func (x *Index) regroup(s uint32) {
	members := x.stmts[s].members
	who := x.identity[x.apps[members[0]].speaker]
	if !slices.ContainsFunc(members, func(m uint32) bool { return x.identity[x.apps[m].speaker] != who }) {
		return
	}
	order := slices.Sorted(slices.Values(members))
	shingles := make(map[uint32][]uint32, len(order))
	for _, m := range order {
		shingles[m] = x.shingleSet(x.apps[m].words, nil, true)
	}
	// Union-find over the members, by appearance.
	parent := make(map[uint32]uint32, len(order))
	root := func(m uint32) uint32 {
		for parent[m] != m {
			parent[m] = parent[parent[m]]
			m = parent[m]
		}
		return m
	}
	for i, a := range order {
		parent[a] = a
		// The groups so far that a shares a shingle with, then those it is
		// similar to a member of.
		var near []uint32
		for _, b := range order[:i] {
			if r := root(b); x.identity[x.apps[b].speaker] == x.identity[x.apps[a].speaker] &&
				!slices.Contains(near, r) && sharesAny(shingles[a], shingles[b]) {
				near = append(near, r)
			}
		}
		for _, r := range near {
			for _, c := range order[:i] {
				if root(c) == r && x.same(x.apps[a].words, x.apps[c].words) {
					parent[root(a)] = r
					break
				}
			}
		}
	}
	// The group of the first appearance keeps s; the others are new
	// statements. Members stay in first-appearance order.
	byRoot := map[uint32]uint32{root(members[0]): s}
	split := map[uint32][]uint32{}
	for _, m := range members {
		r := root(m)
		t, ok := byRoot[r]
		if !ok {
			t = x.newStatement()
			byRoot[r] = t
		}
		x.apps[m].stmt = t
		split[t] = append(split[t], m)
	}
	for t, ms := range split {
		x.stmts[t].members = ms
	}
}

// sharesAny reports whether two ascending sets have an element in common.
func sharesAny(a, b []uint32) bool {
	for len(a) > 0 && len(b) > 0 {
		switch {
		case a[0] == b[0]:
			return true
		case a[0] < b[0]:
			a = a[1:]
		default:
			b = b[1:]
		}
	}
	return false
}
