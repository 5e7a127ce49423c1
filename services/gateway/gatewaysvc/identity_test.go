package gatewaysvc

import (
	"cmp"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"google.golang.org/grpc/codes"

	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Surname-only speakers merged into the identity of the one full-name
// person with their family name (identity.go).

// The quotes the identity tests add, in some order: "Sanders" alone in two
// articles, Bernie Sanders in two, and Sarah Sanders, whose arrival makes
// "Sanders" ambiguous. s4 repeats b3's words.
func sandersQuotes() map[string]*qtv1.Quote {
	qs := map[string]*qtv1.Quote{
		"s1": ixQuote("s1", "sanders", "Sanders", ixAt(1)),
		"b2": ixQuote("b2", "bernie-sanders", "Bernie Sanders", ixAt(2), "Sen. Sanders"),
		"b3": ixQuote("b3", "bernie-sanders", "Bernie Sanders", ixAt(3)),
		"s4": ixQuote("s4", "sanders", "Sanders", ixAt(4), "Mr. Sanders"),
		"h5": ixQuote("h5", "sarah-sanders", "Sarah Sanders", ixAt(5)),
	}
	qs["s4"].Text = qs["b3"].Text
	return qs
}

// identityState is what the index says about the Sanders speakers.
type identityState struct {
	// resolved is ResolveSpeaker's answer for "Sanders" and for the id
	// "sanders": an id, or "ambiguous: ids" listing the candidates.
	resolvedName, resolvedID string
	// listed are the quote ids List gives for Bernie Sanders and for the
	// id "sanders".
	bernieQuotes, sandersQuotes string
	// bernie is Bernie Sanders's summary: count, first and last minute,
	// aliases.
	bernie string
	// speakers lists Speakers("") and Speakers("sand").
	speakers, speakersSand string
	// statementOfS4 is the statement s4 is an appearance of and its
	// number of appearances.
	statementOfS4 string
}

func resolved(x Index, ref string) string {
	id, err := x.ResolveSpeaker(ref)
	var amb *AmbiguousSpeakerError
	switch {
	case errors.As(err, &amb):
		var ids []string
		for _, sp := range amb.Speakers {
			ids = append(ids, sp.GetId())
		}
		return "ambiguous: " + strings.Join(ids, " ")
	case err != nil:
		return err.Error()
	}
	return id
}

func speakerIDs(sums []*qtv1.SpeakerSummary) string {
	var ids []string
	for _, s := range sums {
		ids = append(ids, s.GetSpeaker().GetId())
	}
	return strings.Join(ids, " ")
}

func stateOf(t *testing.T, x Index) identityState {
	t.Helper()
	list := func(id string) string {
		qs, more := x.List(Query{SpeakerID: id, Limit: 100})
		if more {
			t.Fatalf("List(%s) has more than 100 quotes", id)
		}
		return strings.Join(idsOf(qs), " ")
	}
	minute := func(at time.Time) int { return int(at.Sub(ixBase) / time.Minute) }
	bernie := "none"
	if sum, ok := x.Speaker("bernie-sanders"); ok {
		bernie = fmt.Sprintf("%s: %d quotes, minutes %d-%d, aliases %q", sum.GetSpeaker().GetId(), sum.GetQuoteCount(),
			minute(sum.GetFirstQuoteAt().AsTime()), minute(sum.GetLastQuoteAt().AsTime()), sum.GetSpeaker().GetAliases())
	}
	return identityState{
		resolvedName:  resolved(x, "Sanders"),
		resolvedID:    resolved(x, "sanders"),
		bernieQuotes:  list("bernie-sanders"),
		sandersQuotes: list("sanders"),
		bernie:        bernie,
		speakers:      speakerIDs(x.Speakers("")),
		speakersSand:  speakerIDs(x.Speakers("sand")),
		statementOfS4: fmt.Sprintf("%s, %d appearances", mustGet(t, x, "s4").GetStatementId(), mustGet(t, x, "s4").GetAppearanceCount()),
	}
}

// What the index says with and without the merge.
var (
	mergedSanders = identityState{
		resolvedName:  "bernie-sanders",
		resolvedID:    "bernie-sanders",
		bernieQuotes:  "s4 b3 b2 s1",
		sandersQuotes: "s4 b3 b2 s1",
		bernie:        `bernie-sanders: 4 quotes, minutes 1-4, aliases ["Sen. Sanders" "Sanders" "Mr. Sanders"]`,
		speakers:      "bernie-sanders",
		speakersSand:  "bernie-sanders", // by the merged speaker's name
		statementOfS4: "b3, 2 appearances",
	}
	ambiguousSanders = identityState{
		// Most quoted first, then by id.
		resolvedName:  "ambiguous: bernie-sanders sanders sarah-sanders",
		resolvedID:    "sanders",
		bernieQuotes:  "b3 b2",
		sandersQuotes: "s4 s1",
		bernie:        `bernie-sanders: 2 quotes, minutes 2-3, aliases ["Sen. Sanders"]`,
		speakers:      "bernie-sanders sanders sarah-sanders",
		speakersSand:  "sanders", // the full names start "Bernie", "Sarah"
		statementOfS4: "s4, 1 appearances",
	}
	loneSanders = identityState{
		resolvedName:  "sanders",
		resolvedID:    "sanders",
		bernieQuotes:  "",
		sandersQuotes: "s4 s1",
		bernie:        "none",
		speakers:      "sanders",
		speakersSand:  "sanders",
		statementOfS4: "s4, 1 appearances",
	}
)

func TestIdentityFollowsArrivalOrder(t *testing.T) {
	tests := []struct {
		name  string
		order string // quote ids in arrival order
		want  identityState
	}{
		{"surname-only first, then the full name", "s1 s4 b2 b3", mergedSanders},
		{"full name first, then surname-only", "b2 b3 s1 s4", mergedSanders},
		{"interleaved", "s1 b2 s4 b3", mergedSanders},
		{"a second full name arrives last and un-merges", "s1 b2 b3 s4 h5", ambiguousSanders},
		{"a second full name arrives before the surname", "b2 h5 b3 s1 s4", ambiguousSanders},
		{"surname-only first, both full names later", "s1 s4 h5 b2 b3", ambiguousSanders},
		{"no full name", "s1 s4", loneSanders},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := ixIndex(t)
			quotes := sandersQuotes()
			for _, id := range strings.Fields(tt.order) {
				x.Add(quotes[id])
			}
			if got := stateOf(t, x); got != tt.want {
				t.Errorf("state\n got %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

// Every arrival order of the same quotes ends in the same state.
func TestIdentityIndependentOfOrder(t *testing.T) {
	for _, tt := range []struct {
		ids  []string
		want identityState
	}{
		{[]string{"s1", "b2", "b3", "s4"}, mergedSanders},
		{[]string{"s1", "b2", "b3", "s4", "h5"}, ambiguousSanders},
	} {
		n := 0
		for order := range permutations(tt.ids) {
			n++
			x := ixIndex(t)
			quotes := sandersQuotes()
			for _, id := range order {
				x.Add(quotes[id])
			}
			if got := stateOf(t, x); got != tt.want {
				t.Fatalf("order %v:\n got %+v\nwant %+v", order, got, tt.want)
			}
		}
		if n < 24 {
			t.Fatalf("only %d orders tried", n)
		}
	}
}

// permutations yields every order of ids.
func permutations(ids []string) func(yield func([]string) bool) {
	return func(yield func([]string) bool) {
		var rec func(k int) bool
		p := slices.Clone(ids)
		rec = func(k int) bool {
			if k == len(p) {
				return yield(slices.Clone(p))
			}
			for i := k; i < len(p); i++ {
				p[k], p[i] = p[i], p[k]
				if !rec(k + 1) {
					return false
				}
				p[k], p[i] = p[i], p[k]
			}
			return true
		}
		rec(0)
	}
}

// The merge is undone as soon as a second full name with the family name
// is indexed, and the first full name's listing and summary drop the
// surname-only quotes again.
func TestIdentityUnmerge(t *testing.T) {
	x := ixIndex(t)
	q := sandersQuotes()
	for _, id := range []string{"s1", "b2", "b3", "s4"} {
		x.Add(q[id])
	}
	if got := stateOf(t, x); got != mergedSanders {
		t.Fatalf("before Sarah Sanders:\n got %+v\nwant %+v", got, mergedSanders)
	}
	if id := x.SpeakerIdentity("sanders"); id != "bernie-sanders" {
		t.Errorf("SpeakerIdentity(sanders) = %q while merged", id)
	}
	if got := x.SpeakerIDs("sanders"); !slices.Equal(got, []string{"bernie-sanders", "sanders"}) {
		t.Errorf("SpeakerIDs(sanders) = %v while merged", got)
	}
	x.Add(q["h5"])
	if got := stateOf(t, x); got != ambiguousSanders {
		t.Fatalf("after Sarah Sanders:\n got %+v\nwant %+v", got, ambiguousSanders)
	}
	if id := x.SpeakerIdentity("sanders"); id != "sanders" {
		t.Errorf("SpeakerIdentity(sanders) = %q after the un-merge", id)
	}
	if got := x.SpeakerIDs("bernie-sanders"); !slices.Equal(got, []string{"bernie-sanders"}) {
		t.Errorf("SpeakerIDs(bernie-sanders) = %v after the un-merge", got)
	}
}

// Which speakers merge: persons only (a bare family name the extractor
// gave no kind too, as it does when an article never names the person in
// full), a whole family name with its particles, never part of one.
func TestIdentityWhoMerges(t *testing.T) {
	person := qtv1.SpeakerKind_SPEAKER_KIND_PERSON
	org := qtv1.SpeakerKind_SPEAKER_KIND_ORGANIZATION
	unknown := qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED
	tests := []struct {
		name                 string
		full, short          string
		fullKind, shortKind  qtv1.SpeakerKind
		wantMerged           bool
		wantResolveShortName string
	}{
		{"surname", "Bernie Sanders", "Sanders", person, person, true, "bernie-sanders"},
		{"surname with particles", "Ursula von der Leyen", "von der Leyen", person, person, true, "ursula-von-der-leyen"},
		{"capitalised particle", "Bill de Blasio", "De Blasio", person, person, true, "bill-de-blasio"},
		{"generational suffix", "Martin Luther King Jr.", "King", person, person, true, "martin-luther-king-jr"},
		{"part of a family name", "Ursula von der Leyen", "Leyen", person, person, false, "leyen"},
		{"a given name", "Bernie Sanders", "Bernie", person, person, false, "bernie"},
		{"an organisation named like a family", "Bernie Sanders", "Sanders", person, org, false, "sanders"},
		{"a bare surname of unknown kind", "Bernie Sanders", "Sanders", person, unknown, true, "bernie-sanders"},
		{"a full name of unknown kind is no target", "Bernie Sanders", "Sanders", unknown, unknown, false, "sanders"},
		{"the full name an organisation", "Sanders Group", "Group", org, person, false, "group"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			full := ixQuote("f", slug(tt.full), tt.full, ixAt(1))
			full.Speaker.Kind = tt.fullKind
			short := ixQuote("s", slug(tt.short), tt.short, ixAt(2))
			short.Speaker.Kind = tt.shortKind
			x := ixIndex(t, short, full)
			got, _ := x.List(Query{SpeakerID: slug(tt.full), Limit: 10})
			if merged := len(got) == 2; merged != tt.wantMerged {
				t.Errorf("%s listed %v; merged = %v, want %v", tt.full, idsOf(got), merged, tt.wantMerged)
			}
			if id := resolved(x, tt.short); id != tt.wantResolveShortName {
				t.Errorf("ResolveSpeaker(%q) = %s, want %s", tt.short, id, tt.wantResolveShortName)
			}
		})
	}
}

func slug(name string) string {
	return strings.Trim(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return '-'
	}, strings.ReplaceAll(name, ".", "")), "-")
}

// mergedPagingQuotes: 30 quotes, every third by "Sanders", the rest by
// Bernie Sanders, two to a minute so that page ends fall inside ties
// between the two speakers' trees; plus a joint quote naming both, which
// is listed once, and quotes of somebody else.
func mergedPagingQuotes() []*qtv1.Quote {
	var qs []*qtv1.Quote
	for i := range 30 {
		id, name := "bernie-sanders", "Bernie Sanders"
		if i%3 == 0 {
			id, name = "sanders", "Sanders"
		}
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", i), id, name, ixAt(i/2)))
		qs = append(qs, ixQuote(fmt.Sprintf("%032x", 100+i), "ned-price", "Ned Price", ixAt(i/2)))
	}
	joint := ixQuote(fmt.Sprintf("%032x", 200), "sanders-and-bernie-sanders", "Sanders and Bernie Sanders", ixAt(7))
	joint.Speaker.Kind = qtv1.SpeakerKind_SPEAKER_KIND_UNSPECIFIED
	joint.Speaker.Members = []*qtv1.Speaker{
		{Id: "sanders", Name: "Sanders", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
		{Id: "bernie-sanders", Name: "Bernie Sanders", Kind: qtv1.SpeakerKind_SPEAKER_KIND_PERSON},
	}
	return append(qs, joint)
}

// Paging across the merged speakers' trees never skips or repeats a quote,
// whatever the page size and wherever the cursor falls, within a date
// range too.
func TestMergedListPaging(t *testing.T) {
	qs := mergedPagingQuotes()
	x := ixIndex(t, qs...)
	// The reference: the quotes of either speaker, sorted here, not by
	// the index.
	reference := func(start, end time.Time) []string {
		var want []*qtv1.Quote
		for _, q := range qs {
			at := q.GetSaidAt().AsTime()
			if q.GetSpeaker().GetId() == "ned-price" || !start.IsZero() && at.Before(start) || !end.IsZero() && !at.Before(end) {
				continue
			}
			want = append(want, q)
		}
		slices.SortFunc(want, func(a, b *qtv1.Quote) int {
			ca, cb := cursorOf(a), cursorOf(b)
			return cmp.Or(cmp.Compare(cb.SaidAt, ca.SaidAt), strings.Compare(cb.ID, ca.ID))
		})
		return idsOf(want)
	}
	tests := []struct {
		name       string
		start, end time.Time
	}{
		{"everything", time.Time{}, time.Time{}},
		{"a range", ixAt(3), ixAt(11)},
		{"from", ixAt(9), time.Time{}},
		{"until", time.Time{}, ixAt(4)},
	}
	for _, tt := range tests {
		want := reference(tt.start, tt.end)
		if len(want) < 4 {
			t.Fatalf("%s: reference of %d quotes", tt.name, len(want))
		}
		for _, speaker := range []string{"bernie-sanders", "sanders"} {
			for _, limit := range []int{1, 2, 3, 4, 7, len(want) - 1, len(want), len(want) + 1} {
				got := pageAll(t, x, Query{SpeakerID: speaker, Start: tt.start, End: tt.end, Limit: limit}, nil)
				if !slices.Equal(idsOf(got), want) {
					t.Errorf("%s, speaker %s, limit %d:\n got %v\nwant %v", tt.name, speaker, limit, idsOf(got), want)
				}
			}
		}
	}
	// A cursor taken from one tree continues in the other: the page after
	// a quote of "Sanders" starts with the next quote of either.
	first, _ := x.List(Query{SpeakerID: "bernie-sanders", Limit: 4})
	c := cursorOf(first[3])
	next, more := x.List(Query{SpeakerID: "bernie-sanders", After: &c, Limit: 3})
	if all := reference(time.Time{}, time.Time{}); !slices.Equal(idsOf(next), all[4:7]) || !more {
		t.Errorf("after %s: %v (more %v), want %v and more", c.ID, idsOf(next), more, all[4:7])
	}
}

// FirstAppearances lists each statement's first appearance, in either
// tree. Statements are grouped by identity: the same words from "Sanders"
// and then from Bernie Sanders are one statement, first said by "Sanders",
// until Sarah Sanders undoes the merge.
func TestMergedListFirstAppearances(t *testing.T) {
	said := func(id, speakerID, name string, minute int, text string) *qtv1.Quote {
		q := ixQuote(id, speakerID, name, ixAt(minute))
		q.Text = text
		return q
	}
	const (
		healthcare = "health care is a human right and we will fight for it every day"
		wages      = "working people deserve a living wage and a union they can join"
		shared     = "the billionaire class has never had it so good in this country"
	)
	x := ixIndex(t,
		said("s1", "sanders", "Sanders", 1, healthcare),
		said("s5", "sanders", "Sanders", 5, healthcare), // a later appearance
		said("b2", "bernie-sanders", "Bernie Sanders", 2, wages),
		said("b3", "bernie-sanders", "Bernie Sanders", 3, wages), // a later appearance
		said("s4", "sanders", "Sanders", 4, shared),
		said("b6", "bernie-sanders", "Bernie Sanders", 6, shared), // the same words, in full
	)
	tests := []struct {
		name  string
		q     Query
		want  []string
		wantM bool
	}{
		{"first appearances", Query{SpeakerID: "bernie-sanders", FirstAppearances: true, Limit: 10}, []string{"s4", "b2", "s1"}, false},
		{"paged", Query{SpeakerID: "bernie-sanders", FirstAppearances: true, Limit: 2}, []string{"s4", "b2"}, true},
		{"by the surname-only id", Query{SpeakerID: "sanders", FirstAppearances: true, Limit: 10}, []string{"s4", "b2", "s1"}, false},
		{"in a range", Query{SpeakerID: "bernie-sanders", FirstAppearances: true, Start: ixAt(2), End: ixAt(6), Limit: 10}, []string{"s4", "b2"}, false},
		{"every appearance", Query{SpeakerID: "bernie-sanders", Limit: 10}, []string{"b6", "s5", "s4", "b3", "b2", "s1"}, false},
	}
	for _, tt := range tests {
		got, more := x.List(tt.q)
		if !slices.Equal(idsOf(got), tt.want) || more != tt.wantM {
			t.Errorf("%s: %v (more %v), want %v (more %v)", tt.name, idsOf(got), more, tt.want, tt.wantM)
		}
	}
	c := cursorOf(mustGet(t, x, "s4"))
	got := pageAll(t, x, Query{SpeakerID: "bernie-sanders", FirstAppearances: true, After: &c, Limit: 1}, nil)
	if want := []string{"b2", "s1"}; !slices.Equal(idsOf(got), want) {
		t.Errorf("first appearances after s4, paged by one: %v, want %v", idsOf(got), want)
	}
	if q := mustGet(t, x, "b6"); q.GetStatementId() != "s4" || q.GetAppearanceCount() != 2 {
		t.Errorf("b6 while merged: statement %s with %d appearances, want s4 with 2", q.GetStatementId(), q.GetAppearanceCount())
	}

	x.Add(ixQuote("h7", "sarah-sanders", "Sarah Sanders", ixAt(7))) // un-merges
	got, _ = x.List(Query{SpeakerID: "bernie-sanders", FirstAppearances: true, Limit: 10})
	if want := []string{"b6", "b2"}; !slices.Equal(idsOf(got), want) {
		t.Errorf("after the un-merge: %v, want %v", idsOf(got), want)
	}
	if q := mustGet(t, x, "b6"); q.GetStatementId() != "b6" || q.GetAppearanceCount() != 1 {
		t.Errorf("b6 after the un-merge: statement %s with %d appearances, want b6 alone", q.GetStatementId(), q.GetAppearanceCount())
	}
}

func mustGet(t *testing.T, x Index, id string) *qtv1.Quote {
	t.Helper()
	q, ok := x.Get(id)
	if !ok {
		t.Fatalf("quote %s not indexed", id)
	}
	return q
}

// The quotes served keep the speaker their article named.
func TestMergedQuotesKeepTheirSpeaker(t *testing.T) {
	q := sandersQuotes()
	x := ixIndex(t, q["s1"], q["b2"])
	got, _ := x.List(Query{SpeakerID: "bernie-sanders", Limit: 10})
	speakers := map[string]string{}
	for _, g := range got {
		speakers[g.GetId()] = g.GetSpeaker().GetName()
	}
	if want := map[string]string{"s1": "Sanders", "b2": "Bernie Sanders"}; !maps.Equal(speakers, want) {
		t.Errorf("speakers served %v, want %v", speakers, want)
	}
}

// A watcher of Bernie Sanders gets the quotes of "Sanders" while merged,
// and no longer once Sarah Sanders un-merges them; a watcher of "Sanders"
// alone gets Bernie Sanders's while merged.
func TestWatchQuotesFollowsIdentity(t *testing.T) {
	tests := []struct {
		name    string
		initial string // the quote indexed before the watch starts
		ref     string
		arrive  []string // quotes indexed and published next, at positions 1, 2, ...
		want    []uint64 // positions received
	}{
		{"full name watched", "b2", "Bernie Sanders", []string{"s1", "h5", "s4", "b3"}, []uint64{1, 4}},
		{"surname watched", "s1", "Sanders", []string{"b2", "h5", "s4", "b3"}, []uint64{1, 3}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := sandersQuotes()
			s := hsServer(t, q[tt.initial])
			st, _, _ := startWatch(t, s, &qtv1.WatchQuotesRequest{Speaker: tt.ref}, 10)
			for i, id := range tt.arrive {
				if !s.index.Add(q[id]) {
					t.Fatalf("Add(%s) = false", id)
				}
				s.hub.publish(q[id], uint64(i+1))
			}
			var got []uint64
		read:
			for {
				select {
				case r := <-st.sent:
					got = append(got, r.GetPosition())
				case <-time.After(300 * time.Millisecond):
					break read
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("positions %v, want %v", got, tt.want)
			}
		})
	}
}

// Statement search and attribution checks by Bernie Sanders find the
// statements of "Sanders" while merged, shown under the identity; the same
// words from both are one statement, first said by "Sanders".
func TestStatementsFollowIdentity(t *testing.T) {
	const words = "we will not rest until every worker has a living wage in this country"
	sq := ixQuote("s1", "sanders", "Sanders", ixAt(1))
	sq.Text = words
	again := ixQuote("b9", "bernie-sanders", "Bernie Sanders", ixAt(9))
	again.Text = words
	only := ixQuote("s3", "sanders", "Sanders", ixAt(3))
	only.Text = "the billionaire class has never had it so good in this country"
	q := sandersQuotes()
	s := hsServer(t, sq, q["b2"], again, only)
	ctx := t.Context()
	statement := func(id string) string {
		resp, err := s.GetStatement(ctx, &qtv1.GetStatementRequest{Id: id})
		if err != nil {
			t.Fatal(err)
		}
		st := resp.GetStatement()
		var apps []string
		for _, a := range st.GetAppearances() {
			apps = append(apps, a.GetQuoteId())
		}
		return fmt.Sprintf("%s by %s, first %s, appearances %v", st.GetId(), st.GetSpeaker().GetId(), st.GetFirstAppearance().GetQuoteId(), apps)
	}
	checkOnly := func() qtv1.Verdict {
		resp, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: only.Text, Speaker: "Bernie Sanders"})
		if err != nil {
			t.Fatal(err)
		}
		return resp.GetVerdict()
	}
	if got, want := statement("b9"), "s1 by bernie-sanders, first s1, appearances [s1 b9]"; got != want {
		t.Errorf("statement of b9 while merged: %s, want %s", got, want)
	}
	if v := checkOnly(); v != qtv1.Verdict_VERDICT_CONFIRMED {
		t.Errorf("check of words only \"Sanders\" said, while merged: %v, want confirmed", v)
	}

	search := func() []string {
		resp, err := s.SearchQuotes(ctx, &qtv1.SearchQuotesRequest{Query: `"living wage"`, Speaker: "Bernie Sanders"})
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, st := range resp.GetStatements() {
			out = append(out, st.GetId()+" by "+st.GetSpeaker().GetId())
		}
		return out
	}
	check := func() (qtv1.Verdict, bool) {
		resp, err := s.CheckAttribution(ctx, &qtv1.CheckAttributionRequest{Text: words, Speaker: "Bernie Sanders"})
		if err != nil {
			t.Fatal(err)
		}
		return resp.GetVerdict(), len(resp.GetMatches()) > 0 && resp.GetMatches()[0].GetSpeakerMatches()
	}
	if got, want := search(), []string{"s1 by bernie-sanders"}; !slices.Equal(got, want) {
		t.Errorf("search while merged: %v, want %v", got, want)
	}
	if v, yours := check(); v != qtv1.Verdict_VERDICT_CONFIRMED || !yours {
		t.Errorf("check while merged: %v (speaker matches %v), want confirmed", v, yours)
	}

	s.index.Add(q["h5"]) // Sarah Sanders: no longer merged
	if got, want := statement("b9"), "b9 by bernie-sanders, first b9, appearances [b9]"; got != want {
		t.Errorf("statement of b9 after the un-merge: %s, want %s", got, want)
	}
	if got, want := statement("s1"), "s1 by sanders, first s1, appearances [s1]"; got != want {
		t.Errorf("statement of s1 after the un-merge: %s, want %s", got, want)
	}
	if got, want := search(), []string{"b9 by bernie-sanders"}; !slices.Equal(got, want) {
		t.Errorf("search after the un-merge: %v, want %v", got, want)
	}
	if v := checkOnly(); v != qtv1.Verdict_VERDICT_ATTRIBUTED_TO_OTHER {
		t.Errorf("check of words only \"Sanders\" said, after the un-merge: %v, want attributed to other", v)
	}
	_, err := s.SearchQuotes(ctx, &qtv1.SearchQuotesRequest{Query: `"living wage"`, Speaker: "Sanders"})
	hsCode(t, "search by the ambiguous surname", err, codes.InvalidArgument)
}

// Merges and un-merges while readers list, resolve, summarise and watch:
// for the race detector, and every page a reader gets is in order.
func TestIdentityConcurrent(t *testing.T) {
	s := hsServer(t)
	x := s.index
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		defer close(stop)
		for i := range 300 {
			// Each family: the surname-only speaker, the full name (a
			// merge), then a second full name (an un-merge).
			fam := fmt.Sprintf("Family%d", i/3)
			var q *qtv1.Quote
			switch i % 3 {
			case 0:
				q = ixQuote(fmt.Sprintf("%032x", i), slug(fam), fam, ixAt(i))
			case 1:
				q = ixQuote(fmt.Sprintf("%032x", i), slug("Ann "+fam), "Ann "+fam, ixAt(i))
			case 2:
				q = ixQuote(fmt.Sprintf("%032x", i), slug("Bob "+fam), "Bob "+fam, ixAt(i))
			}
			q.Text = "the same words by every member of the family " + fam
			x.Add(q)
			s.hub.publish(q, uint64(i+1))
		}
	})
	sub := s.hub.subscribe(s.speakerFilter("ann-family1"))
	defer s.hub.unsubscribe(sub)
	for range 2 {
		wg.Go(func() {
			for n := 0; ; n++ {
				select {
				case <-stop:
					return
				default:
				}
				ref := fmt.Sprintf("family%d", n%100)
				qs, _ := x.List(Query{SpeakerID: ref, Limit: 3, FirstAppearances: n%2 == 0})
				assertNewestFirst(t, qs)
				x.ResolveSpeaker("Family" + fmt.Sprint(n%100))
				x.Speaker("ann-" + ref)
				x.Speakers("fam")
				if _, err := s.SearchQuotes(t.Context(), &qtv1.SearchQuotesRequest{Query: "family", Speaker: "ann-" + ref}); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	// Every family ended un-merged.
	for i := range 100 {
		if id := x.SpeakerIdentity(fmt.Sprintf("family%d", i)); id != fmt.Sprintf("family%d", i) {
			t.Fatalf("family%d is still merged into %s", i, id)
		}
	}
}
