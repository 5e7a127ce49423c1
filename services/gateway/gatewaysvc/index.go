package gatewaysvc

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/google/btree"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	"github.com/quotetracker/quotetracker/pkg/extract"
	"github.com/quotetracker/quotetracker/pkg/extractpb"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
	"github.com/quotetracker/quotetracker/pkg/statements"
)

// Index answers every read the gateway serves. It is held in memory, built
// from MongoDB at start-up and kept current from the QUOTES stream; the
// interface leaves room for a partitioned implementation later.
type Index interface {
	// Add indexes q; it reports false when a quote with q's id is there
	// already (so redelivered events are ignored). q is not modified and
	// must not be modified afterwards.
	Add(q *qtv1.Quote) bool
	// Get returns the quote with id. Quotes from Get and List may be
	// copies with statement_id and appearance_count filled in.
	Get(id string) (*qtv1.Quote, bool)
	// List returns up to q.Limit quotes matching q, newest first, starting
	// after q.After, and whether more follow. A speaker's quotes include
	// those of the speakers merged into their identity (see identity.go).
	List(q Query) (quotes []*qtv1.Quote, more bool)
	// ResolveSpeaker maps a name, alias or id to a speaker identity's id.
	// It fails with ErrUnknownSpeaker for a name nobody is known by and
	// with an *AmbiguousSpeakerError for one several identities are known
	// by.
	ResolveSpeaker(ref string) (id string, err error)
	// Speakers returns speaker identities whose name or an alias (or a
	// merged speaker's) starts with prefix (case-insensitive), most quoted
	// first; a merged speaker is not listed on its own.
	Speakers(prefix string) []*qtv1.SpeakerSummary
	// Speaker summarises the identity speaker id belongs to.
	Speaker(id string) (*qtv1.SpeakerSummary, bool)
	// SpeakerIdentity returns the id of the identity speaker id belongs
	// to: id itself unless it is a surname-only speaker merged into a
	// full name.
	SpeakerIdentity(id string) string
	// SpeakerIDs returns the speaker ids whose quotes are the identity
	// id's: the identity first, then the speakers merged into it.
	SpeakerIDs(id string) []string
	Len() int
}

// Query selects quotes. Zero Start or End means unbounded; SpeakerID ""
// means every speaker. FirstAppearances selects only each statement's first
// appearance (one quote per statement).
type Query struct {
	SpeakerID        string
	Start, End       time.Time
	After            *Cursor
	Limit            int
	FirstAppearances bool
}

// Cursor is a position in the newest-first order: quotes sort by said_at
// descending, then id descending, which is total and stable under inserts,
// so paging by cursor never skips or repeats.
type Cursor struct {
	SaidAt int64 // unix nanoseconds
	ID     string
}

func cursorOf(q *qtv1.Quote) Cursor {
	var at int64
	if ts := q.GetSaidAt(); ts != nil {
		at = ts.AsTime().UnixNano()
	}
	return Cursor{SaidAt: at, ID: q.GetId()}
}

type item struct {
	key Cursor
	q   *qtv1.Quote
}

func newestFirst(a, b item) bool {
	if a.key.SaidAt != b.key.SaidAt {
		return a.key.SaidAt > b.key.SaidAt
	}
	return a.key.ID > b.key.ID
}

type speakerStats struct {
	speaker     *qtv1.Speaker
	aliasSet    map[string]bool
	count       int64
	first, last time.Time
}

// memIndex is the single-process Index: B-trees by time (all quotes and per
// speaker) under one RW lock, and the statements the quotes are appearances
// of (which has its own lock, taken after mu when both are held).
type memIndex struct {
	aliases *extract.Aliases
	stmts   *statements.Index

	mu        sync.RWMutex
	byID      map[string]*qtv1.Quote
	all       *btree.BTreeG[item]
	bySpeaker map[string]*btree.BTreeG[item]
	speakers  map[string]*speakerStats
	// names maps normalised speaker names and aliases seen in quotes to
	// the ids of the speakers known by them, in the order first seen, for
	// names the alias table does not know. A name with several ids
	// ("Sanders", "the spokesman") is ambiguous.
	names map[string][]string
	// surnames maps the family names of full-name person speakers
	// ("orban", "von der leyen") to their ids: a journalist asks for
	// "Orban" though the articles wrote "Viktor Orban" only. Consulted
	// after every name and alias; a family name two people share is
	// ambiguous.
	surnames map[string][]string
	// surnameOnly maps a family name to the person speakers named by it
	// alone ("Sanders"); mergedInto and mergedFrom hold which of them are
	// merged into the identity of a full-name speaker, and back (see
	// identity.go).
	surnameOnly map[string][]string
	mergedInto  map[string]string
	mergedFrom  map[string][]string
}

const btreeDegree = 32

// NewIndex returns an empty in-memory index resolving names through aliases.
func NewIndex(aliases *extract.Aliases) Index {
	return &memIndex{
		aliases:     aliases,
		stmts:       statements.New(),
		byID:        map[string]*qtv1.Quote{},
		all:         btree.NewG(btreeDegree, newestFirst),
		bySpeaker:   map[string]*btree.BTreeG[item]{},
		speakers:    map[string]*speakerStats{},
		names:       map[string][]string{},
		surnames:    map[string][]string{},
		surnameOnly: map[string][]string{},
		mergedInto:  map[string]string{},
		mergedFrom:  map[string][]string{},
	}
}

func (x *memIndex) Add(q *qtv1.Quote) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	if _, ok := x.byID[q.GetId()]; ok {
		return false
	}
	x.byID[q.GetId()] = q
	it := item{key: cursorOf(q), q: q}
	x.all.ReplaceOrInsert(it)
	sp := q.GetSpeaker()
	x.bySpeakerTree(sp.GetId()).ReplaceOrInsert(it)
	x.addSpeaker(sp, q.GetSaidAt().AsTime())
	for _, m := range sp.GetMembers() {
		// "Lavrov and Blinken said": listed under each of them too
		if m.GetId() != "" && m.GetId() != sp.GetId() {
			x.bySpeakerTree(m.GetId()).ReplaceOrInsert(it)
			x.addSpeaker(m, q.GetSaidAt().AsTime())
		}
	}
	x.stmts.Add(statementQuote(q))
	return true
}

// bySpeakerTree returns the quotes of speaker id, made on first use.
func (x *memIndex) bySpeakerTree(id string) *btree.BTreeG[item] {
	t, ok := x.bySpeaker[id]
	if !ok {
		t = btree.NewG(btreeDegree, newestFirst)
		x.bySpeaker[id] = t
	}
	return t
}

func (x *memIndex) addSpeaker(sp *qtv1.Speaker, at time.Time) {
	st, ok := x.speakers[sp.GetId()]
	if !ok {
		st = &speakerStats{
			speaker: &qtv1.Speaker{Id: sp.GetId(), Name: sp.GetName(), Kind: sp.GetKind(), Title: sp.GetTitle(),
				Members: cloneMembers(sp.GetMembers())},
			aliasSet: map[string]bool{},
			first:    at, last: at,
		}
		x.speakers[sp.GetId()] = st
		x.addName(sp.GetName(), sp.GetId())
		if k := sp.GetKind(); (k == qtv1.SpeakerKind_SPEAKER_KIND_PERSON || k == qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED) && len(sp.GetMembers()) == 0 {
			x.indexPersonName(sp)
		}
	}
	st.count++
	if at.Before(st.first) {
		st.first = at
	}
	if at.After(st.last) {
		st.last = at
	}
	if st.speaker.Title == "" {
		st.speaker.Title = sp.GetTitle()
	}
	for _, a := range sp.GetAliases() {
		if a == "" || a == st.speaker.Name || st.aliasSet[a] {
			continue
		}
		st.aliasSet[a] = true
		st.speaker.Aliases = append(st.speaker.Aliases, a)
		x.addName(a, sp.GetId())
	}
}

// addName records that the speaker with id is known by name.
func (x *memIndex) addName(name, id string) {
	key := nameKey(name)
	if !slices.Contains(x.names[key], id) {
		x.names[key] = append(x.names[key], id)
	}
}

func (x *memIndex) Get(id string) (*qtv1.Quote, bool) {
	x.mu.RLock()
	q, ok := x.byID[id]
	x.mu.RUnlock()
	if !ok {
		return nil, false
	}
	return x.withStatement(q), true
}

// quote returns the stored quote with id as it is, without statement
// fields; the caller must not modify it.
func (x *memIndex) quote(id string) (*qtv1.Quote, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	q, ok := x.byID[id]
	return q, ok
}

// SpeakerProfile resolves a name, alias or id to a speaker: as quoted, or
// from the alias table for a speaker not quoted yet.
func (x *memIndex) SpeakerProfile(ref string) (*qtv1.Speaker, bool) {
	id, err := x.ResolveSpeaker(ref)
	if err != nil {
		return nil, false
	}
	if sum, ok := x.Speaker(id); ok {
		return sum.GetSpeaker(), true
	}
	if sp, ok := x.aliases.Resolve(strings.TrimSpace(ref)); ok && sp.ID == id {
		return extractpb.Speaker(sp), true
	}
	return &qtv1.Speaker{Id: id}, true
}

// Statements returns the statements index the quotes feed.
func (x *memIndex) Statements() *statements.Index { return x.stmts }

// withStatement returns a copy of q with its statement's id and number of
// appearances; stored quotes are shared with readers and never modified.
func (x *memIndex) withStatement(q *qtv1.Quote) *qtv1.Quote {
	id, n, ok := x.stmts.StatementOf(q.GetId())
	if !ok || q.GetStatementId() == id && q.GetAppearanceCount() == int32(n) {
		return q
	}
	c := proto.Clone(q).(*qtv1.Quote)
	c.StatementId, c.AppearanceCount = id, int32(n)
	return c
}

// statementQuote is what the statements index needs of a quote.
func statementQuote(q *qtv1.Quote) statements.Quote {
	var said, published int64
	if ts := q.GetSaidAt(); ts != nil {
		said = ts.AsTime().UnixNano()
	}
	if ts := q.GetArticle().GetPublishedAt(); ts != nil {
		published = ts.AsTime().UnixNano()
	}
	return statements.Quote{ID: q.GetId(), SpeakerID: q.GetSpeaker().GetId(), Text: q.GetText(), SaidAt: said, PublishedAt: published}
}

func (x *memIndex) Len() int {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return len(x.byID)
}

func (x *memIndex) List(q Query) ([]*qtv1.Quote, bool) {
	quotes, more := x.list(q)
	for i, qq := range quotes {
		quotes[i] = x.withStatement(qq)
	}
	return quotes, more
}

func (x *memIndex) list(q Query) ([]*qtv1.Quote, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	if q.SpeakerID == "" {
		return x.scan(x.all, q)
	}
	id := x.identity(q.SpeakerID)
	merged := x.mergedFrom[id]
	if len(merged) == 0 {
		t := x.bySpeaker[id]
		if t == nil {
			return nil, false
		}
		return x.scan(t, q)
	}
	trees := make([]*btree.BTreeG[item], 0, 1+len(merged))
	for _, sid := range append([]string{id}, merged...) {
		if t := x.bySpeaker[sid]; t != nil {
			trees = append(trees, t)
		}
	}
	return x.scanMerged(trees, q)
}

// scanMerged lists q over the union of several speakers' trees. Each
// tree's first q.Limit matches hold the union's first q.Limit (each match
// is ahead of fewer than q.Limit others in the union, so of fewer in its
// own tree), and there are more when any tree has more or the pages
// together hold more. A quote in two trees (a joint speaker naming both)
// is listed once. The caller holds x.mu.
func (x *memIndex) scanMerged(trees []*btree.BTreeG[item], q Query) ([]*qtv1.Quote, bool) {
	var all []*qtv1.Quote
	more := false
	for _, t := range trees {
		page, m := x.scan(t, q)
		all = append(all, page...)
		more = more || m
	}
	slices.SortFunc(all, func(a, b *qtv1.Quote) int {
		ca, cb := cursorOf(a), cursorOf(b)
		if ca.SaidAt != cb.SaidAt {
			return cmp.Compare(cb.SaidAt, ca.SaidAt)
		}
		return strings.Compare(cb.ID, ca.ID)
	})
	all = slices.CompactFunc(all, func(a, b *qtv1.Quote) bool { return a.GetId() == b.GetId() })
	if len(all) > q.Limit {
		all, more = all[:q.Limit], true
	}
	return all, more
}

// scan lists q over one tree of quotes. The caller holds x.mu.
func (x *memIndex) scan(t *btree.BTreeG[item], q Query) ([]*qtv1.Quote, bool) {
	var pivot *item
	switch {
	case q.After != nil:
		pivot = &item{key: *q.After}
	case !q.End.IsZero():
		// Sorts before every quote said at End-1ns or earlier (ids are hex).
		pivot = &item{key: Cursor{SaidAt: q.End.UnixNano() - 1, ID: "\xff"}}
	}
	var out []*qtv1.Quote
	more := false
	visit := func(it item) bool {
		if pivot != nil && it.key == pivot.key {
			return true // the cursor itself was on the previous page
		}
		if !q.End.IsZero() && it.key.SaidAt >= q.End.UnixNano() {
			return true
		}
		if !q.Start.IsZero() && it.key.SaidAt < q.Start.UnixNano() {
			return false
		}
		if q.FirstAppearances && !x.stmts.IsFirst(it.key.ID) {
			return true
		}
		if len(out) == q.Limit {
			more = true
			return false
		}
		out = append(out, it.q)
		return true
	}
	if pivot != nil {
		t.AscendGreaterOrEqual(*pivot, visit)
	} else {
		t.Ascend(visit)
	}
	return out, more
}

func (x *memIndex) ResolveSpeaker(ref string) (string, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", ErrUnknownSpeaker
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	if _, ok := x.speakers[ref]; ok {
		return x.identity(ref), nil
	}
	// The alias table is curated, so its reading of a name stands even
	// where quotes also used the name for someone else.
	if sp, ok := x.aliases.Resolve(ref); ok {
		return x.identity(sp.ID), nil
	}
	// "Sanders" names the surname-only speaker, Bernie Sanders by alias
	// and everyone of that family name: one identity while the first is
	// merged into the only full-name Sanders, else ambiguous (refused,
	// naming them all).
	key := nameKey(ref)
	named := x.names[key]
	if len(x.surnameOnly[key]) > 0 || len(x.identities(named)) > 1 {
		named = append(slices.Clone(named), x.surnames[key]...)
	}
	if id, err := x.onlyOne(ref, x.identities(named)); id != "" || err != nil {
		return id, err
	}
	if form := extract.PersonNameForm(ref); form != ref {
		// "Harry M. Reid" for the speaker the extractor names "Harry Reid"
		if _, ok := x.speakers[extract.SpeakerID(form)]; ok {
			return x.identity(extract.SpeakerID(form)), nil
		}
		if sp, ok := x.aliases.Resolve(form); ok {
			return x.identity(sp.ID), nil
		}
	}
	// "Edward Rendell" for the speaker the extractor names by the alias
	// table's form line, "Ed Rendell"
	if form, ok := x.aliases.PersonForm(ref); ok {
		if id := extract.SpeakerID(form); x.speakers[id] != nil {
			return x.identity(id), nil
		}
	}
	// "Jose Martinez" for the speaker quoted as "José Martínez": ids fold
	// accents, names keep them as written
	if id := extract.SpeakerID(ref); id != ref {
		if _, ok := x.speakers[id]; ok {
			return x.identity(id), nil
		}
	}
	// "Orban" for Viktor Orban, when no one else of that family name was
	// quoted
	if id, err := x.onlyOne(ref, x.identities(x.surnames[key])); id != "" || err != nil {
		return id, err
	}
	return "", ErrUnknownSpeaker
}

// onlyOne answers ref with the one speaker of ids, refuses it as
// ambiguous when there are several, and gives "" and no error when there
// is none. The caller holds x.mu.
func (x *memIndex) onlyOne(ref string, ids []string) (string, error) {
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	}
	return "", x.ambiguous(ref, ids)
}

// ErrUnknownSpeaker: no speaker is known by the name.
var ErrUnknownSpeaker = errors.New("no speaker known by that name")

// AmbiguousSpeakerError is the answer to a name several speakers are known
// by: a surname two people share, or a role ("the spokesman") quoted for
// several. Picking one would give a client one person's quotes as
// another's, so the client is told whom the name could mean instead.
type AmbiguousSpeakerError struct {
	Ref string
	// Speakers the name could mean, most quoted first.
	Speakers []*qtv1.Speaker
}

// maxAmbiguousListed bounds the speakers an ambiguity error names.
const maxAmbiguousListed = 10

func (e *AmbiguousSpeakerError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "speaker %q is ambiguous: it names ", e.Ref)
	for i, sp := range e.Speakers {
		if i == maxAmbiguousListed {
			fmt.Fprintf(&b, " and %d more", len(e.Speakers)-i)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (id %s)", sp.GetName(), sp.GetId())
	}
	b.WriteString("; ask by id or by a fuller name")
	return b.String()
}

// Unwrap makes the error an invalid argument for apierr.Status.
func (e *AmbiguousSpeakerError) Unwrap() error { return apierr.ErrInvalidArgument }

// ambiguous builds the error for ref, which names the speaker identities
// ids; the caller holds x.mu.
func (x *memIndex) ambiguous(ref string, ids []string) error {
	type candidate struct {
		st    *speakerStats
		count int64
	}
	cands := make([]candidate, 0, len(ids))
	for _, id := range ids {
		cands = append(cands, candidate{x.speakers[id], x.identityCount(id)})
	}
	slices.SortFunc(cands, func(a, b candidate) int {
		if a.count != b.count {
			return cmp.Compare(b.count, a.count)
		}
		return strings.Compare(a.st.speaker.GetId(), b.st.speaker.GetId())
	})
	err := &AmbiguousSpeakerError{Ref: ref}
	for _, c := range cands {
		sp := c.st.speaker
		err.Speakers = append(err.Speakers, &qtv1.Speaker{Id: sp.GetId(), Name: sp.GetName(), Kind: sp.GetKind(), Title: sp.GetTitle()})
	}
	return err
}

func (x *memIndex) Speakers(prefix string) []*qtv1.SpeakerSummary {
	p := nameKey(prefix)
	x.mu.RLock()
	defer x.mu.RUnlock()
	var out []*qtv1.SpeakerSummary
	for id := range x.speakers {
		if _, merged := x.mergedInto[id]; merged {
			continue // listed as part of its identity
		}
		if p == "" || x.identityMatchesPrefix(id, p) {
			sum, _ := x.identitySummary(id)
			out = append(out, sum)
		}
	}
	slices.SortFunc(out, func(a, b *qtv1.SpeakerSummary) int {
		if a.QuoteCount != b.QuoteCount {
			if a.QuoteCount > b.QuoteCount {
				return -1
			}
			return 1
		}
		return strings.Compare(a.GetSpeaker().GetId(), b.GetSpeaker().GetId())
	})
	return out
}

func (x *memIndex) Speaker(id string) (*qtv1.SpeakerSummary, bool) {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.identitySummary(id)
}

func (st *speakerStats) summary() *qtv1.SpeakerSummary {
	sp := &qtv1.Speaker{
		Id: st.speaker.Id, Name: st.speaker.Name, Kind: st.speaker.Kind, Title: st.speaker.Title,
		Aliases: slices.Clone(st.speaker.Aliases), Members: st.speaker.Members, // members are never modified
	}
	return &qtv1.SpeakerSummary{
		Speaker:      sp,
		QuoteCount:   st.count,
		FirstQuoteAt: timestamppb.New(st.first),
		LastQuoteAt:  timestamppb.New(st.last),
	}
}

func matchesPrefix(sp *qtv1.Speaker, p string) bool {
	if strings.HasPrefix(nameKey(sp.GetName()), p) || strings.HasPrefix(sp.GetId(), p) {
		return true
	}
	for _, a := range sp.GetAliases() {
		if strings.HasPrefix(nameKey(a), p) {
			return true
		}
	}
	return false
}

// nameKey folds case, punctuation and spacing so "Ned  Price" = "ned price".
func nameKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '.':
			continue
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127 && !isSpaceOrPunct(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

func isSpaceOrPunct(r rune) bool {
	return strings.ContainsRune("\u00a0\u2018\u2019\u201c\u201d\u2013\u2014", r)
}

// cloneMembers copies a joint speaker's members: the index keeps its own,
// which summaries share read-only.
func cloneMembers(ms []*qtv1.Speaker) []*qtv1.Speaker {
	if len(ms) == 0 {
		return nil
	}
	out := make([]*qtv1.Speaker, len(ms))
	for i, m := range ms {
		out[i] = &qtv1.Speaker{Id: m.GetId(), Name: m.GetName(), Kind: m.GetKind(), Title: m.GetTitle()}
	}
	return out
}
