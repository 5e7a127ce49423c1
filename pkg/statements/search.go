package statements

import (
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Cursor is a position in the newest-first order of statements: by the
// first appearance's said_at descending, then statement id descending.
type Cursor struct {
	SaidAt int64 // unix nanoseconds
	ID     string
}

// SearchQuery selects statements.
type SearchQuery struct {
	// Text holds words that must all occur in one appearance; words in
	// double quotes (straight or typographic) must occur in that order.
	Text string
	// SpeakerID restricts the search to one speaker; "" searches all.
	SpeakerID string
	// SameSpeakerIDs are other ids of SpeakerID's speaker, searched too:
	// a caller that merges several extracted speakers into one identity
	// ("Sanders" into Bernie Sanders) names them here. Statements stay
	// grouped per id.
	SameSpeakerIDs []string
	// Start (inclusive) and End (exclusive) bound the statement's said_at
	// (its first appearance's); zero means unbounded.
	Start, End time.Time
	// After continues a listing after this position.
	After *Cursor
	// Limit is the most statements returned (at least 1).
	Limit int
}

// MaxQueryTerms is the most words a search may hold.
const MaxQueryTerms = 64

func isQuoteMark(r rune) bool {
	switch r {
	case '"', '\u201c', '\u201d', '\u201e', '\u201f', '\u00ab', '\u00bb', '\u2033':
		return true
	}
	return false
}

// ParseQuery splits a search text into terms: each phrase in double quotes
// is one term of its words in order; every other word is a term of its
// own. Words are normalised (see Normalize); repeated terms are dropped.
// An unclosed quote runs to the end of the text.
func ParseQuery(text string) [][]string {
	var terms [][]string
	seen := map[string]bool{}
	add := func(ws []string) {
		k := strings.Join(ws, " ")
		if len(ws) == 0 || seen[k] {
			return
		}
		seen[k] = true
		terms = append(terms, ws)
	}
	part := func(s string, phrase bool) {
		ws := Words(s)
		if phrase {
			add(ws)
			return
		}
		for _, w := range ws {
			add([]string{w})
		}
	}
	phrase := false
	start := 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if isQuoteMark(r) {
			part(text[start:i], phrase)
			phrase = !phrase
			start = i + size
		}
		i += size
	}
	part(text[start:], phrase)
	return terms
}

// Search returns up to q.Limit statements matching q, newest first,
// starting after q.After, and whether more follow.
func (x *Index) Search(q SearchQuery) ([]Statement, bool, error) {
	terms := ParseQuery(q.Text)
	n := 0
	for _, t := range terms {
		n += len(t)
	}
	switch {
	case n == 0:
		return nil, false, ErrNoWords
	case n > MaxQueryTerms:
		return nil, false, ErrTooManyTerms
	}
	limit := max(q.Limit, 1)

	x.mu.RLock()
	defer x.mu.RUnlock()
	sps := x.speakerSet(q.SpeakerID, q.SameSpeakerIDs)
	if q.SpeakerID != "" && len(sps) == 0 {
		return nil, false, nil
	}
	ids := make([][]uint32, len(terms))
	var lists [][]uint32
	for i, t := range terms {
		ids[i] = x.lookup(t)
		for _, w := range ids[i] {
			if w == 0 {
				return nil, false, nil // a word nobody said
			}
			lists = append(lists, x.wordPosts[w])
		}
	}
	slices.SortFunc(lists, func(a, b []uint32) int { return len(a) - len(b) })
	lists = slices.CompactFunc(lists, func(a, b []uint32) bool { return len(a) == len(b) && len(a) > 0 && &a[0] == &b[0] })

	var lo, hi int64
	hasLo, hasHi := !q.Start.IsZero(), !q.End.IsZero()
	if hasLo {
		lo = q.Start.UnixNano()
	}
	if hasHi {
		hi = q.End.UnixNano()
	}
	seen := newStmtSet(len(lists[0]), len(x.stmts))
	top := &topK{limit: limit + 1}
	rest := make([][]uint32, len(lists)-1)
	copy(rest, lists[1:])
next:
	for _, a := range lists[0] {
		app := &x.apps[a]
		if q.SpeakerID != "" && !slices.Contains(sps, app.speaker) || seen.has(app.stmt) {
			continue
		}
		for i, l := range rest {
			j, found := slices.BinarySearch(l, a)
			rest[i] = l[j:]
			if !found {
				continue next
			}
		}
		for _, t := range ids {
			if len(t) > 1 && !containsRun(app.words, t) {
				continue next
			}
		}
		seen.add(app.stmt)
		first := &x.apps[x.stmts[app.stmt].members[0]]
		if hasLo && first.saidAt < lo || hasHi && first.saidAt >= hi {
			continue
		}
		k := hit{saidAt: first.saidAt, id: first.id, stmt: app.stmt}
		if q.After != nil && !k.olderThan(Cursor{SaidAt: q.After.SaidAt, ID: q.After.ID}) {
			continue
		}
		top.push(k)
	}
	found := top.sorted()
	more := len(found) > limit
	if more {
		found = found[:limit]
	}
	out := make([]Statement, len(found))
	for i, h := range found {
		out[i] = x.snapshot(h.stmt)
	}
	return out, more, nil
}

// ErrTooManyTerms: a search with more than MaxQueryTerms words.
var ErrTooManyTerms = fmt.Errorf("more than %d words to search for", MaxQueryTerms)

func containsRun(words, run []uint32) bool {
	for i := 0; i+len(run) <= len(words); i++ {
		if words[i] == run[0] && slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

type hit struct {
	saidAt int64
	id     string
	stmt   uint32
}

func (h hit) olderThan(c Cursor) bool {
	return h.saidAt < c.SaidAt || h.saidAt == c.SaidAt && h.id < c.ID
}

func (h hit) newer(o hit) bool {
	return h.saidAt > o.saidAt || h.saidAt == o.saidAt && h.id > o.id
}

// topK keeps the limit newest hits: a heap with the oldest at the root.
type topK struct {
	limit int
	h     []hit
}

func (t *topK) push(k hit) {
	if len(t.h) < t.limit {
		t.h = append(t.h, k)
		for i := len(t.h) - 1; i > 0; {
			p := (i - 1) / 2
			if !t.h[p].newer(t.h[i]) {
				break
			}
			t.h[p], t.h[i] = t.h[i], t.h[p]
			i = p
		}
		return
	}
	if !k.newer(t.h[0]) {
		return
	}
	t.h[0] = k
	for i := 0; ; {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(t.h) && t.h[m].newer(t.h[l]) {
			m = l
		}
		if r < len(t.h) && t.h[m].newer(t.h[r]) {
			m = r
		}
		if m == i {
			break
		}
		t.h[m], t.h[i] = t.h[i], t.h[m]
		i = m
	}
}

func (t *topK) sorted() []hit {
	slices.SortFunc(t.h, func(a, b hit) int {
		if a.newer(b) {
			return -1
		}
		if b.newer(a) {
			return 1
		}
		return 0
	})
	return t.h
}

// stmtSet is a set of statements: a map for a few, a bitmap for many.
type stmtSet struct {
	m    map[uint32]bool
	bits []uint64
}

func newStmtSet(expect, universe int) stmtSet {
	if expect > universe/64 {
		return stmtSet{bits: make([]uint64, universe/64+1)}
	}
	return stmtSet{m: map[uint32]bool{}}
}

func (s stmtSet) has(i uint32) bool {
	if s.bits != nil {
		return s.bits[i/64]&(1<<(i%64)) != 0
	}
	return s.m[i]
}

func (s stmtSet) add(i uint32) {
	if s.bits != nil {
		s.bits[i/64] |= 1 << (i % 64)
		return
	}
	s.m[i] = true
}
