package gatewaysvc

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/apierr"
	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Unit tests of the in-memory index: no servers.

var ixBase = time.Date(2024, 2, 1, 9, 0, 0, 0, time.UTC)

// ixAt is minute m after ixBase.
func ixAt(m int) time.Time { return ixBase.Add(time.Duration(m) * time.Minute) }

// ixText gives every quote words no other quote has, so no two quotes are
// grouped into one statement.
func ixText(id string) string {
	return fmt.Sprintf("alpha%s bravo%s charlie%s delta%s", id, id, id, id)
}

func ixQuote(id, speakerID, name string, at time.Time, aliases ...string) *qtv1.Quote {
	return &qtv1.Quote{
		Id:      id,
		Text:    ixText(id),
		Speaker: &qtv1.Speaker{Id: speakerID, Name: name, Aliases: aliases, Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
		Kind:    qtv1.QuoteKind_QUOTE_KIND_DIRECT,
		SaidAt:  timestamppb.New(at),
		Article: &qtv1.ArticleRef{Id: "art-" + id, PublishedAt: timestamppb.New(at)},
		Span:    &qtv1.Span{Start: 0, End: 10},
	}
}

const ixAliasTable = `
person | Ned Price | State Department spokesman | Edward Price, State Department spokesman Ned Price
organization | Kremlin | | Kremlin press office, Russian presidential administration
person | Maria Zakharova | Foreign Ministry spokeswoman | Zakharova
form | Ed Rendell | | Edward Rendell
`

func ixAliases(t testing.TB) *extract.Aliases {
	t.Helper()
	a, err := extract.ParseAliases(strings.NewReader(ixAliasTable))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

func ixIndex(t testing.TB, quotes ...*qtv1.Quote) Index {
	t.Helper()
	x := NewIndex(ixAliases(t))
	for _, q := range quotes {
		if !x.Add(q) {
			t.Fatalf("Add(%s) = false for a new quote", q.GetId())
		}
	}
	return x
}

func idsOf(qs []*qtv1.Quote) []string {
	out := []string{}
	for _, q := range qs {
		out = append(out, q.GetId())
	}
	return out
}

func TestIndexAddDedup(t *testing.T) {
	x := ixIndex(t)
	q := ixQuote("q1", "ned-price", "Ned Price", ixAt(0))
	if !x.Add(q) {
		t.Fatal("first Add = false")
	}
	// A redelivery, even one that differs, is ignored.
	again := proto.Clone(q).(*qtv1.Quote)
	again.Text = "changed"
	again.SaidAt = timestamppb.New(ixAt(50))
	if x.Add(again) {
		t.Fatal("second Add of the same id = true")
	}
	if x.Len() != 1 {
		t.Fatalf("Len = %d, want 1", x.Len())
	}
	got, ok := x.Get("q1")
	if !ok || got.GetText() != q.GetText() || !got.GetSaidAt().AsTime().Equal(ixAt(0)) {
		t.Fatalf("Get = %v, %v; want the first version", got, ok)
	}
	if l, _ := x.List(Query{Limit: 10}); len(l) != 1 {
		t.Fatalf("List has %d quotes, want 1", len(l))
	}
	if l, _ := x.List(Query{SpeakerID: "ned-price", Limit: 10}); len(l) != 1 {
		t.Fatalf("speaker list has %d quotes, want 1", len(l))
	}
	sum, ok := x.Speaker("ned-price")
	if !ok || sum.GetQuoteCount() != 1 || !sum.GetLastQuoteAt().AsTime().Equal(ixAt(0)) {
		t.Fatalf("speaker after a repeated Add = %v; want count 1, last %v", sum, ixAt(0))
	}
	if _, ok := x.Get("q2"); ok {
		t.Fatal("Get of an unknown id succeeded")
	}
}

func TestIndexDoesNotModifyAddedQuotes(t *testing.T) {
	a := ixQuote("a", "s", "S", ixAt(0))
	b := ixQuote("b", "s", "S", ixAt(1))
	b.Text = a.Text // same words: one statement with two appearances
	want := []*qtv1.Quote{proto.Clone(a).(*qtv1.Quote), proto.Clone(b).(*qtv1.Quote)}
	x := ixIndex(t, a, b)
	x.List(Query{Limit: 10})
	x.Get("a")
	x.Get("b")
	for i, q := range []*qtv1.Quote{a, b} {
		if !proto.Equal(q, want[i]) {
			t.Errorf("quote %s was modified by the index: %v", q.GetId(), q)
		}
	}
}

func TestIndexListOrder(t *testing.T) {
	// Ties on said_at are broken by id, descending.
	x := ixIndex(t,
		ixQuote("b", "s1", "One", ixAt(1)),
		ixQuote("d", "s2", "Two", ixAt(2)),
		ixQuote("a", "s1", "One", ixAt(2)),
		ixQuote("e", "s1", "One", ixAt(0)),
		ixQuote("c", "s2", "Two", ixAt(2)),
		ixQuote("f", "s2", "Two", ixAt(3)),
	)
	got, more := x.List(Query{Limit: 100})
	if want := []string{"f", "d", "c", "a", "b", "e"}; !slices.Equal(idsOf(got), want) || more {
		t.Fatalf("List = %v (more %v), want %v", idsOf(got), more, want)
	}
	got, more = x.List(Query{Limit: 3})
	if want := []string{"f", "d", "c"}; !slices.Equal(idsOf(got), want) || !more {
		t.Fatalf("List limit 3 = %v (more %v), want %v and more", idsOf(got), more, want)
	}
	// Exactly the number of quotes: no more.
	if got, more = x.List(Query{Limit: 6}); len(got) != 6 || more {
		t.Fatalf("List limit 6 = %d quotes, more %v; want 6, false", len(got), more)
	}
}

func TestIndexListTimeRange(t *testing.T) {
	var qs []*qtv1.Quote
	for i := range 10 {
		qs = append(qs, ixQuote(fmt.Sprintf("q%d", i), "s", "S", ixAt(i)))
	}
	// Just inside and just outside the bounds, at nanosecond precision.
	qs = append(qs,
		ixQuote("end-1ns", "s", "S", ixAt(7).Add(-time.Nanosecond)),
		ixQuote("start-1ns", "s", "S", ixAt(3).Add(-time.Nanosecond)),
	)
	x := ixIndex(t, qs...)
	tests := []struct {
		name       string
		start, end time.Time
		want       []string
	}{
		{"start inclusive, end exclusive", ixAt(3), ixAt(7), []string{"end-1ns", "q6", "q5", "q4", "q3"}},
		{"only start", ixAt(8), time.Time{}, []string{"q9", "q8"}},
		{"only end", time.Time{}, ixAt(2), []string{"q1", "q0"}},
		{"one instant", ixAt(5), ixAt(5).Add(time.Nanosecond), []string{"q5"}},
		{"empty window", ixAt(5).Add(time.Second), ixAt(6), []string{}},
		{"before everything", ixAt(-10), ixAt(0), []string{}},
		{"after everything", ixAt(10), ixAt(20), []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, sid := range []string{"", "s"} {
				got, more := x.List(Query{SpeakerID: sid, Start: tt.start, End: tt.end, Limit: 100})
				if !slices.Equal(idsOf(got), tt.want) || more {
					t.Errorf("speaker %q: List = %v (more %v), want %v", sid, idsOf(got), more, tt.want)
				}
			}
		})
	}
}

// pageAll pages through q with After cursors, calling between(page) after
// each page.
func pageAll(t *testing.T, x Index, q Query, between func(last *qtv1.Quote)) []*qtv1.Quote {
	t.Helper()
	var out []*qtv1.Quote
	for pages := 0; ; pages++ {
		if pages > 1000 {
			t.Fatal("paging does not end")
		}
		page, more := x.List(q)
		if len(page) > q.Limit {
			t.Fatalf("page of %d quotes, limit %d", len(page), q.Limit)
		}
		out = append(out, page...)
		if !more {
			return out
		}
		if len(page) == 0 {
			t.Fatal("empty page with more = true")
		}
		last := page[len(page)-1]
		if between != nil {
			between(last)
		}
		c := cursorOf(last)
		q.After = &c
	}
}

func assertNewestFirst(t *testing.T, qs []*qtv1.Quote) {
	t.Helper()
	for i := 1; i < len(qs); i++ {
		a, b := cursorOf(qs[i-1]), cursorOf(qs[i])
		if !(a.SaidAt > b.SaidAt || a.SaidAt == b.SaidAt && a.ID > b.ID) {
			t.Fatalf("quotes %s and %s out of order (or repeated)", a.ID, b.ID)
		}
	}
}

func TestIndexPaging(t *testing.T) {
	var qs []*qtv1.Quote
	for i := range 23 {
		// Pairs share a timestamp, so page boundaries fall inside ties.
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", i), fmt.Sprintf("s%d", i%3), "S", ixAt(i/2)))
	}
	x := ixIndex(t, qs...)
	want, _ := x.List(Query{Limit: 1000})
	for _, limit := range []int{1, 2, 3, 5, 22, 23, 24} {
		got := pageAll(t, x, Query{Limit: limit}, nil)
		if !slices.Equal(idsOf(got), idsOf(want)) {
			t.Fatalf("limit %d: paged %v, want %v", limit, idsOf(got), idsOf(want))
		}
	}
	// Per speaker and within a range too.
	for _, limit := range []int{1, 2, 4} {
		q := Query{SpeakerID: "s1", Start: ixAt(2), End: ixAt(9), Limit: limit}
		wantQ := q
		wantQ.Limit = 1000
		w, _ := x.List(wantQ)
		if len(w) == 0 {
			t.Fatal("empty reference listing")
		}
		if got := pageAll(t, x, q, nil); !slices.Equal(idsOf(got), idsOf(w)) {
			t.Fatalf("speaker s1 in range, limit %d: paged %v, want %v", limit, idsOf(got), idsOf(w))
		}
	}
}

// Quotes added between pages: the ones already in the index are each seen
// once, new quotes behind the cursor are seen, new quotes ahead of it are
// not, and the order never goes backwards.
func TestIndexPagingWhileAdding(t *testing.T) {
	var qs []*qtv1.Quote
	for i := range 20 {
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", 1000+i), "s", "S", ixAt(100+i/2)))
	}
	x := ixIndex(t, qs...)
	var behind, ahead []string
	n := 0
	add := func(q *qtv1.Quote) {
		if !x.Add(q) {
			t.Fatalf("Add(%s) = false", q.GetId())
		}
	}
	got := pageAll(t, x, Query{Limit: 3}, func(last *qtv1.Quote) {
		n++
		c := cursorOf(last)
		// Newer than everything: ahead of the cursor.
		q := ixQuote(fmt.Sprintf("%032x", 5000+n), "s", "S", ixAt(1000+n))
		add(q)
		ahead = append(ahead, q.GetId())
		// Same instant as the cursor, larger id: sorts before it.
		q = ixQuote(fmt.Sprintf("%sz%d", c.ID, n), "s", "S", last.GetSaidAt().AsTime())
		add(q)
		ahead = append(ahead, q.GetId())
		// Same instant, smaller id: sorts after it.
		q = ixQuote(fmt.Sprintf("%s!%d", c.ID[:len(c.ID)-1], n), "s", "S", last.GetSaidAt().AsTime())
		add(q)
		behind = append(behind, q.GetId())
		// Older than everything.
		q = ixQuote(fmt.Sprintf("%032x", 9000+n), "s", "S", ixAt(-n))
		add(q)
		behind = append(behind, q.GetId())
	})
	if n < 5 {
		t.Fatalf("only %d page boundaries", n)
	}
	assertNewestFirst(t, got)
	seen := map[string]int{}
	for _, q := range got {
		seen[q.GetId()]++
	}
	for _, q := range qs {
		if seen[q.GetId()] != 1 {
			t.Errorf("original quote %s seen %d times, want once", q.GetId(), seen[q.GetId()])
		}
	}
	for _, id := range behind {
		if seen[id] != 1 {
			t.Errorf("quote %s added behind the cursor seen %d times, want once", id, seen[id])
		}
	}
	for _, id := range ahead {
		if seen[id] != 0 {
			t.Errorf("quote %s added ahead of the cursor was listed", id)
		}
	}
}

func TestIndexListBySpeaker(t *testing.T) {
	x := ixIndex(t,
		ixQuote("a1", "alice", "Alice", ixAt(1)),
		ixQuote("b1", "bob", "Bob", ixAt(2)),
		ixQuote("a2", "alice", "Alice", ixAt(3)),
		ixQuote("b2", "bob", "Bob", ixAt(4)),
		ixQuote("a3", "alice", "Alice", ixAt(5)),
	)
	got, more := x.List(Query{SpeakerID: "alice", Limit: 10})
	if want := []string{"a3", "a2", "a1"}; !slices.Equal(idsOf(got), want) || more {
		t.Fatalf("alice: %v (more %v), want %v", idsOf(got), more, want)
	}
	got, more = x.List(Query{SpeakerID: "bob", Limit: 1})
	if want := []string{"b2"}; !slices.Equal(idsOf(got), want) || !more {
		t.Fatalf("bob limit 1: %v (more %v), want %v and more", idsOf(got), more, want)
	}
	got, more = x.List(Query{SpeakerID: "carol", Limit: 10})
	if len(got) != 0 || more {
		t.Fatalf("unknown speaker: %v (more %v), want nothing", idsOf(got), more)
	}
}

// TestIndexJointSpeaker: a joint statement ("Alice and Bob said") is
// listed under the joint speaker and under each member, who are speakers
// of their own (found by name, counted).
func TestIndexJointSpeaker(t *testing.T) {
	joint := ixQuote("j1", "alice-smith-and-bob-jones", "Alice Smith and Bob Jones", ixAt(2))
	joint.Speaker.Members = []*qtv1.Speaker{
		{Id: "alice-smith", Name: "Alice Smith", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
		{Id: "bob-jones", Name: "Bob Jones", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
	}
	x := ixIndex(t, ixQuote("a1", "alice-smith", "Alice Smith", ixAt(1)), joint, ixQuote("c1", "carol", "Carol", ixAt(3)))
	for speaker, want := range map[string][]string{
		"alice-smith":               {"j1", "a1"},
		"bob-jones":                 {"j1"},
		"alice-smith-and-bob-jones": {"j1"},
		"carol":                     {"c1"},
	} {
		if got, _ := x.List(Query{SpeakerID: speaker, Limit: 10}); !slices.Equal(idsOf(got), want) {
			t.Errorf("%s: %v, want %v", speaker, idsOf(got), want)
		}
	}
	if id, err := x.ResolveSpeaker("Bob Jones"); err != nil || id != "bob-jones" {
		t.Errorf("ResolveSpeaker(Bob Jones) = %q, %v", id, err)
	}
	if sum, ok := x.Speaker("bob-jones"); !ok || sum.GetQuoteCount() != 1 {
		t.Errorf("Speaker(bob-jones) = %v, %v; want 1 quote", sum, ok)
	}
	if got, _ := x.List(Query{Limit: 10}); len(got) != 3 {
		t.Errorf("all quotes: %v, want each once", idsOf(got))
	}
}

func TestIndexResolveSpeaker(t *testing.T) {
	x := ixIndex(t,
		ixQuote("q1", "ned-price", "Ned Price", ixAt(0)),
		// Not in the alias table; aliases seen in quotes.
		ixQuote("q2", "olga-ivanova", "Olga Ivanova", ixAt(1), "the deputy minister", "Ivanova"),
		ixQuote("q3", "olga-ivanova", "Olga Ivanova", ixAt(2), "O. Ivanova"),
		// The same role for a second speaker: it names neither.
		ixQuote("q4", "pyotr-petrov", "Pyotr Petrov", ixAt(3), "the deputy minister"),
		// A surname-only speaker from one article and the full name, with
		// the surname as alias, from another: one identity (the only
		// full-name Sanders), found by the surname and by either id.
		ixQuote("q5", "sanders", "Sanders", ixAt(4)),
		ixQuote("q6", "bernie-sanders", "Bernie Sanders", ixAt(5), "Sanders"),
		ixQuote("q7", "bernie-sanders", "Bernie Sanders", ixAt(6), "Sanders"),
		// A quoted alias the alias table gives to someone else: the table wins.
		ixQuote("q8", "viktor-zakharov", "Viktor Zakharov", ixAt(7), "Zakharova"),
		// A person the alias table's form lines name by a short form.
		ixQuote("q9", "ed-rendell", "Ed Rendell", ixAt(8)),
	)
	tests := []struct {
		ref, want string
		// ambiguous lists the ids the error must name, most quoted first.
		ambiguous []string
	}{
		// By id.
		{ref: "ned-price", want: "ned-price"},
		{ref: "olga-ivanova", want: "olga-ivanova"},
		{ref: "sanders", want: "bernie-sanders"},
		// Canonical name and aliases from the alias table, quoted or not.
		{ref: "Ned Price", want: "ned-price"},
		{ref: "  ned price  ", want: "ned-price"},
		{ref: "Edward Price", want: "ned-price"},
		{ref: "Kremlin", want: "kremlin"},
		{ref: "kremlin press office", want: "kremlin"},
		{ref: "Russian Presidential Administration", want: "kremlin"},
		{ref: "Zakharova", want: "maria-zakharova"},
		// Names and aliases seen in quotes, folded.
		{ref: "Olga Ivanova", want: "olga-ivanova"},
		{ref: "OLGA  IVANOVA", want: "olga-ivanova"},
		{ref: "Ivanova", want: "olga-ivanova"},
		{ref: "o ivanova", want: "olga-ivanova"},
		{ref: "Pyotr Petrov", want: "pyotr-petrov"},
		{ref: "Bernie Sanders", want: "bernie-sanders"},
		// Names several speakers are known by.
		{ref: "The Deputy Minister", ambiguous: []string{"olga-ivanova", "pyotr-petrov"}},
		{ref: "Sanders", want: "bernie-sanders"},
		// A middle initial the extractor leaves out of names.
		{ref: "Olga V. Ivanova", want: "olga-ivanova"},
		{ref: "Ned R. Price", want: "ned-price"},
		// A long form of the given name (the alias table's form lines).
		{ref: "Edward Rendell", want: "ed-rendell"},
		{ref: "Edward G. Rendell", want: "ed-rendell"},
		{ref: "Somebody X. Else"},
		// Unknown.
		{ref: "Somebody Else"},
		{ref: ""},
		{ref: "   "},
	}
	for _, tt := range tests {
		id, err := x.ResolveSpeaker(tt.ref)
		var amb *AmbiguousSpeakerError
		switch {
		case tt.ambiguous != nil:
			if !errors.As(err, &amb) {
				t.Errorf("ResolveSpeaker(%q) = %q, %v; want an ambiguity error", tt.ref, id, err)
				continue
			}
			var got []string
			for _, sp := range amb.Speakers {
				got = append(got, sp.GetId())
				if !strings.Contains(err.Error(), sp.GetName()+" (id "+sp.GetId()+")") {
					t.Errorf("ResolveSpeaker(%q) error %q does not name %s", tt.ref, err, sp.GetName())
				}
			}
			if !slices.Equal(got, tt.ambiguous) {
				t.Errorf("ResolveSpeaker(%q) ambiguous between %v, want %v", tt.ref, got, tt.ambiguous)
			}
			if !errors.Is(err, apierr.ErrInvalidArgument) {
				t.Errorf("ResolveSpeaker(%q) error is not an invalid argument", tt.ref)
			}
		case tt.want == "":
			if !errors.Is(err, ErrUnknownSpeaker) {
				t.Errorf("ResolveSpeaker(%q) = %q, %v; want ErrUnknownSpeaker", tt.ref, id, err)
			}
		case id != tt.want || err != nil:
			t.Errorf("ResolveSpeaker(%q) = %q, %v; want %q", tt.ref, id, err, tt.want)
		}
	}
}

func TestAmbiguousSpeakerErrorBoundsItsList(t *testing.T) {
	var qs []*qtv1.Quote
	for i := range maxAmbiguousListed + 3 {
		id := fmt.Sprintf("spokesman-%02d", i)
		qs = append(qs, ixQuote(fmt.Sprintf("q%02d", i), id, id, ixAt(i), "the spokesman"))
	}
	_, err := ixIndex(t, qs...).ResolveSpeaker("the spokesman")
	if err == nil || !strings.HasSuffix(err.Error(), "spokesman-09 (id spokesman-09) and 3 more; ask by id or by a fuller name") {
		t.Errorf("error = %v, want ten speakers named and 3 more", err)
	}
}

func TestIndexSpeakers(t *testing.T) {
	x := ixIndex(t,
		ixQuote("a1", "alice-adams", "Alice Adams", ixAt(1)),
		ixQuote("b1", "bob-brown", "Bob Brown", ixAt(2), "Bobby"),
		ixQuote("b2", "bob-brown", "Bob Brown", ixAt(3)),
		ixQuote("c1", "carol-cole", "Carol Cole", ixAt(4), "Adams-Cole"),
		ixQuote("d1", "dan-doe", "Dan Doe", ixAt(5)),
		ixQuote("d2", "dan-doe", "Dan Doe", ixAt(6)),
		ixQuote("d3", "dan-doe", "Dan Doe", ixAt(7)),
	)
	ids := func(sums []*qtv1.SpeakerSummary) []string {
		out := []string{}
		for _, s := range sums {
			out = append(out, s.GetSpeaker().GetId())
		}
		return out
	}
	tests := []struct {
		prefix string
		want   []string
	}{
		// Most quoted first; equal counts by id.
		{"", []string{"dan-doe", "bob-brown", "alice-adams", "carol-cole"}},
		{"b", []string{"bob-brown"}},
		{"BOB", []string{"bob-brown"}},
		{"bobby", []string{"bob-brown"}}, // an alias
		{"bob b", []string{"bob-brown"}},
		{"a", []string{"alice-adams", "carol-cole"}}, // carol by her alias
		{"adams c", []string{"carol-cole"}},
		{"carol-", []string{"carol-cole"}},
		{"z", []string{}},
	}
	for _, tt := range tests {
		if got := ids(x.Speakers(tt.prefix)); !slices.Equal(got, tt.want) {
			t.Errorf("Speakers(%q) = %v, want %v", tt.prefix, got, tt.want)
		}
	}
}

func TestIndexSpeakerStats(t *testing.T) {
	first := ixQuote("q1", "ned-price", "Ned Price", ixAt(10), "Price")
	x := ixIndex(t, first,
		ixQuote("q2", "ned-price", "Ned Price", ixAt(30), "Price", "Mr. Price", "Ned Price"),
		ixQuote("q3", "ned-price", "Ned Price", ixAt(5)), // older, added later
		ixQuote("q4", "other", "Other", ixAt(100)),
	)
	x.Add(ixQuote("q2", "ned-price", "Ned Price", ixAt(500))) // a repeat changes nothing
	sum, ok := x.Speaker("ned-price")
	if !ok {
		t.Fatal("Speaker(ned-price) not found")
	}
	if sum.GetQuoteCount() != 3 {
		t.Errorf("count = %d, want 3", sum.GetQuoteCount())
	}
	if !sum.GetFirstQuoteAt().AsTime().Equal(ixAt(5)) || !sum.GetLastQuoteAt().AsTime().Equal(ixAt(30)) {
		t.Errorf("first/last = %v/%v, want %v/%v", sum.GetFirstQuoteAt().AsTime(), sum.GetLastQuoteAt().AsTime(), ixAt(5), ixAt(30))
	}
	sp := sum.GetSpeaker()
	if sp.GetName() != "Ned Price" || sp.GetId() != "ned-price" {
		t.Errorf("speaker = %v", sp)
	}
	// Aliases are collected once each, without the name itself.
	if want := []string{"Price", "Mr. Price"}; !slices.Equal(sp.GetAliases(), want) {
		t.Errorf("aliases = %q, want %q", sp.GetAliases(), want)
	}
	// The summary is a copy: changing it changes nothing in the index.
	sp.Aliases[0] = "changed"
	sp.Name = "changed"
	if again, _ := x.Speaker("ned-price"); again.GetSpeaker().GetAliases()[0] != "Price" || again.GetSpeaker().GetName() != "Ned Price" {
		t.Error("a returned summary shares state with the index")
	}
	if _, ok := x.Speaker("nobody"); ok {
		t.Error("Speaker(nobody) found")
	}
	if _, ok := x.Speaker("Ned Price"); ok {
		t.Error("Speaker takes an id, not a name")
	}
}
