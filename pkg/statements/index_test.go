package statements

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

const mfa = "We view the recent developments in this friendly country as externally provoked attempts at disrupting the security and integrity of the state through violent means, including trained and organized armed groups."

func day(d int) int64 { return time.Date(2022, 1, d, 0, 0, 0, 0, time.UTC).UnixNano() }

func TestSimilarityPairs(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{mfa, mfa, true},
		{mfa, strings.ToUpper(mfa), true},
		{mfa, strings.NewReplacer("“", "\"", "”", "\"").Replace("“" + mfa + "”"), true},
		{mfa, strings.Replace(mfa, "organized", "organised", 1), true},            // a changed word
		{mfa, strings.Replace(mfa, "recent ", "", 1), true},                       // a trimmed word
		{mfa, strings.Replace(mfa, "in this friendly country", "…", 1), true},     // an ellipsis
		{mfa, strings.Replace(mfa, "in this friendly country", "[...]", 1), true}, // an ellipsis
		{mfa, "externally provoked attempts at disrupting the security", true},    // an excerpt
		{mfa, "“externally provoked attempts at disrupting the security and integrity”", true},
		{"We will not allow this to happen again", "We will never allow this to happen again", true},
		{"The talks were constructive and useful", "The talks were useful and constructive", false},
		{mfa, "We view the sanctions as an attack on the security of the state", false},
		{mfa, "the security and integrity of the state must be protected from armed groups", false},
		{mfa, "friendly country", false},   // too short to be an excerpt
		{"no comment", "no comment", true}, // short, whole
		{"absolutely not", "absolutely", false},
		{"", "", false},
	} {
		got := Similarity(c.a, c.b) >= MergeThreshold
		if got != c.same {
			t.Errorf("Similarity(%.40q, %.40q) = %.3f, want same=%v", c.a, c.b, Similarity(c.a, c.b), c.same)
		}
		if s, r := Similarity(c.a, c.b), Similarity(c.b, c.a); s != r {
			t.Errorf("Similarity is not symmetric: %.3f vs %.3f for %.40q, %.40q", s, r, c.a, c.b)
		}
	}
}

// outlets: one statement quoted by three outlets with small differences,
// the same words by another speaker, and an unrelated statement.
func outlets() []Quote {
	return []Quote{
		{ID: "q-tass", SpeakerID: "russian-foreign-ministry", Text: mfa, SaidAt: day(6), PublishedAt: day(6)},
		{ID: "q-elam", SpeakerID: "russian-foreign-ministry", Text: "“we view the recent developments in this friendly country as externally provoked attempts at disrupting the security and integrity of the state…”", SaidAt: day(6), PublishedAt: day(7)},
		{ID: "q-bbc", SpeakerID: "russian-foreign-ministry", Text: "externally provoked attempts at disrupting the security and integrity of the state through violent means", SaidAt: day(7), PublishedAt: day(7)},
		{ID: "q-other", SpeakerID: "vladimir-putin", Text: mfa, SaidAt: day(8), PublishedAt: day(8)},
		{ID: "q-price", SpeakerID: "ned-price", Text: "reiterated the United States’ full support for Kazakhstan’s constitutional institutions and media freedom", SaidAt: day(7), PublishedAt: day(7)},
	}
}

func TestGroupOutlets(t *testing.T) {
	x := New()
	for _, q := range outlets() {
		if !x.Add(q) {
			t.Fatalf("Add(%s) = false", q.ID)
		}
	}
	if x.Add(outlets()[0]) {
		t.Fatal("adding a quote twice reported true")
	}
	if x.Len() != 3 || x.Appearances() != 5 {
		t.Fatalf("Len = %d statements, %d appearances; want 3, 5", x.Len(), x.Appearances())
	}
	for _, id := range []string{"q-tass", "q-elam", "q-bbc"} {
		st, ok := x.Get(id)
		if !ok || st.ID != "q-tass" || !slices.Equal(st.Appearances, []string{"q-tass", "q-elam", "q-bbc"}) || st.SpeakerID != "russian-foreign-ministry" || st.SaidAt != day(6) {
			t.Fatalf("Get(%s) = %+v, %v", id, st, ok)
		}
		sid, n, ok := x.StatementOf(id)
		if !ok || sid != "q-tass" || n != 3 {
			t.Fatalf("StatementOf(%s) = %s, %d, %v", id, sid, n, ok)
		}
		if x.IsFirst(id) != (id == "q-tass") {
			t.Fatalf("IsFirst(%s) = %v", id, x.IsFirst(id))
		}
	}
	if st, ok := x.Get("q-other"); !ok || st.ID != "q-other" || len(st.Appearances) != 1 {
		t.Fatalf("another speaker's same words: %+v", st)
	}
	if _, ok := x.Get("nope"); ok {
		t.Fatal("Get of an unknown id succeeded")
	}
	if _, _, ok := x.StatementOf("nope"); ok || !x.IsFirst("nope") {
		t.Fatal("unknown quote")
	}
}

// corpus builds quotes whose grouping needs every rule: chains (A~B, B~C,
// A≁C) whose members arrive in any order and merge statements, equal times
// broken by published time and id, short texts, and the same words by
// several speakers.
func corpus(r *rand.Rand) []Quote {
	vocab := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu the of and to in we will")
	sentence := func(n int) []string {
		ws := make([]string, n)
		for i := range ws {
			ws[i] = vocab[r.IntN(len(vocab))]
		}
		return ws
	}
	var qs []Quote
	id := 0
	add := func(sp string, ws []string, d int) {
		id++
		qs = append(qs, Quote{ID: fmt.Sprintf("q%03d", id), SpeakerID: sp, Text: strings.Join(ws, " "), SaidAt: day(d), PublishedAt: day(d + r.IntN(2))})
	}
	for s := 0; s < 25; s++ {
		base := sentence(12 + r.IntN(20))
		sp := fmt.Sprintf("sp%d", r.IntN(4))
		add(sp, base, 1+r.IntN(5))
		for v := r.IntN(4); v > 0; v-- {
			w := slices.Clone(base)
			switch r.IntN(4) {
			case 0: // change a word
				w[r.IntN(len(w))] = "changed"
			case 1: // an excerpt
				i := r.IntN(len(w) - 6)
				w = w[i : i+6+r.IntN(len(w)-i-6)]
			case 2: // an ellipsis
				i := 1 + r.IntN(len(w)-4)
				w = slices.Delete(w, i, i+2)
			case 3: // typography
				w[0] = "“" + strings.ToUpper(w[0])
				w[len(w)-1] += "…”"
			}
			add(sp, w, 1+r.IntN(5))
		}
		if r.IntN(3) == 0 {
			add("other", base, 3)
		}
		if r.IntN(3) == 0 { // a chain: two halves and the whole
			add(sp, append(slices.Clone(base), sentence(14)...), 2)
		}
	}
	add("sp0", []string{"no"}, 1)
	add("sp0", []string{"no"}, 2)
	add("sp0", []string{"we", "will"}, 1)
	return qs
}

func groups(x *Index, qs []Quote) []string {
	var out []string
	seen := map[string]bool{}
	for _, q := range qs {
		st, ok := x.Get(q.ID)
		if !ok {
			panic(q.ID)
		}
		if !seen[st.ID] {
			seen[st.ID] = true
			out = append(out, st.ID+"="+strings.Join(st.Appearances, ","))
		}
	}
	sort.Strings(out)
	return out
}

// TestOrderIndependent adds the same quotes in many orders: the statements
// and their ids must not change.
func TestOrderIndependent(t *testing.T) {
	for seed := uint64(1); seed <= 5; seed++ {
		r := rand.New(rand.NewPCG(seed, 99))
		qs := corpus(r)
		x := New()
		for _, q := range qs {
			x.Add(q)
		}
		want := groups(x, qs)
		if len(want) == len(qs) || len(want) < 10 {
			t.Fatalf("seed %d: %d statements from %d quotes: the corpus does not exercise grouping", seed, len(want), len(qs))
		}
		for i := 0; i < 30; i++ {
			shuffled := slices.Clone(qs)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			y := New()
			for _, q := range shuffled {
				y.Add(q)
			}
			if got := groups(y, qs); !slices.Equal(got, want) {
				t.Fatalf("seed %d shuffle %d: statements differ:\n got %v\nwant %v", seed, i, got, want)
			}
			if y.Len() != len(want) {
				t.Fatalf("Len = %d, want %d", y.Len(), len(want))
			}
		}
	}
}

func TestFirstAppearanceOrder(t *testing.T) {
	// Same said_at: the earlier publication is first; then the smaller id.
	qs := []Quote{
		{ID: "b", SpeakerID: "s", Text: mfa, SaidAt: day(1), PublishedAt: day(2)},
		{ID: "c", SpeakerID: "s", Text: mfa, SaidAt: day(1), PublishedAt: day(1)},
		{ID: "a", SpeakerID: "s", Text: mfa, SaidAt: day(1), PublishedAt: day(2)},
		{ID: "z", SpeakerID: "s", Text: mfa, SaidAt: day(3), PublishedAt: day(0)},
	}
	x := New()
	for _, q := range qs {
		x.Add(q)
	}
	st, _ := x.Get("z")
	if !slices.Equal(st.Appearances, []string{"c", "a", "b", "z"}) || st.ID != "c" {
		t.Fatalf("appearances %v, id %s", st.Appearances, st.ID)
	}
}

func TestConcurrent(t *testing.T) {
	qs := corpus(rand.New(rand.NewPCG(7, 7)))
	x := New()
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Go(func() {
			for i := w; i < len(qs); i += 4 {
				x.Add(qs[i])
				if _, err := x.Check(qs[(i*7)%len(qs)].Text, CheckOptions{Max: 3}); err != nil {
					t.Error(err)
				}
				x.Get(qs[i/2].ID)
				if _, _, err := x.Search(SearchQuery{Text: "alpha bravo", Limit: 5}); err != nil {
					t.Error(err)
				}
			}
		})
	}
	wg.Wait()
	y := New()
	for _, q := range qs {
		y.Add(q)
	}
	if !slices.Equal(groups(x, qs), groups(y, qs)) {
		t.Fatal("concurrent adds grouped differently")
	}
}

// TestVerbatimRepeats: syndicated copies add appearances but no postings,
// and are found like the original.
func TestVerbatimRepeats(t *testing.T) {
	x := New()
	x.Add(Quote{ID: "orig", SpeakerID: "s", Text: mfa, SaidAt: day(2)})
	shingles, lists := len(x.shingles), len(x.lists)
	for i := range 50 {
		x.Add(Quote{ID: fmt.Sprintf("copy%02d", i), SpeakerID: "s", Text: "“" + strings.ToLower(mfa) + "”", SaidAt: day(1 + i%3)})
	}
	if len(x.shingles) != shingles || len(x.lists) != lists {
		t.Fatalf("repeats added postings: %d→%d shingles, %d→%d lists", shingles, len(x.shingles), lists, len(x.lists))
	}
	x.Add(Quote{ID: "near", SpeakerID: "s", Text: strings.Replace(mfa, "organized", "organised", 1), SaidAt: day(5)})
	st, ok := x.Get("near")
	if !ok || x.Len() != 1 || len(st.Appearances) != 52 || st.ID != "copy00" {
		t.Fatalf("Len %d, statement %s with %d appearances", x.Len(), st.ID, len(st.Appearances))
	}
	if sts, _, _ := x.Search(SearchQuery{Text: `"externally provoked"`, Limit: 5}); len(sts) != 1 || sts[0].ID != "copy00" {
		t.Fatalf("Search: %+v", sts)
	}
	if ms, _ := x.Check("externally provoked attempts at disrupting", CheckOptions{}); len(ms) != 1 || ms[0].Statement.ID != "copy00" {
		t.Fatalf("Check: %+v", ms)
	}
}

// TestSetIdentity joins speakers to others' identities and takes them out
// again while quotes arrive in many orders: the statements must be those
// of an index that knew the final identities before any quote.
func TestSetIdentity(t *testing.T) {
	type join struct{ speaker, identity string }
	for seed := uint64(1); seed <= 5; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		qs := corpus(r)
		// Final: sp1 and other are sp0's; sp2 joined and left again.
		final := []join{{"sp1", "sp0"}, {"other", "sp0"}}
		changes := []join{{"sp2", "sp0"}, {"sp1", "sp0"}, {"other", "sp0"}, {"sp2", ""}}
		fresh := New()
		for _, j := range final {
			fresh.SetIdentity(j.speaker, j.identity)
		}
		for _, q := range qs {
			fresh.Add(q)
		}
		want := groups(fresh, qs)
		apart := New()
		for _, q := range qs {
			apart.Add(q)
		}
		if slices.Equal(groups(apart, qs), want) {
			t.Fatalf("seed %d: the identities change no statement: the corpus does not exercise them", seed)
		}
		for i := 0; i < 20; i++ {
			shuffled := slices.Clone(qs)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			// The identity changes fall at random points among the quotes.
			at := make([]int, len(changes))
			for k := range at {
				at[k] = r.IntN(len(shuffled) + 1)
			}
			slices.Sort(at)
			y := New()
			next := 0
			for n := 0; n <= len(shuffled); n++ {
				for next < len(changes) && at[next] == n {
					y.SetIdentity(changes[next].speaker, changes[next].identity)
					next++
				}
				if n < len(shuffled) {
					y.Add(shuffled[n])
				}
			}
			if got := groups(y, qs); !slices.Equal(got, want) {
				t.Fatalf("seed %d shuffle %d (changes at %v): statements differ:\n got %v\nwant %v", seed, i, at, got, want)
			}
			if y.Len() != len(want) {
				t.Fatalf("seed %d shuffle %d: Len = %d, want %d", seed, i, y.Len(), len(want))
			}
			// Leaving everyone apart again gives the statements of no
			// identities.
			for _, j := range final {
				y.SetIdentity(j.speaker, "")
			}
			if got, apartWant := groups(y, qs), groups(apart, qs); !slices.Equal(got, apartWant) {
				t.Fatalf("seed %d shuffle %d: after leaving: statements differ:\n got %v\nwant %v", seed, i, got, apartWant)
			}
		}
	}
}

// TestSetIdentityVerbatim: a verbatim copy by a joined speaker stays with
// its own speaker's appearances when the speaker leaves, and later copies
// still find them.
func TestSetIdentityVerbatim(t *testing.T) {
	x := New()
	x.SetIdentity("sanders", "bernie-sanders")
	x.Add(Quote{ID: "b1", SpeakerID: "bernie-sanders", Text: mfa, SaidAt: day(1)})
	x.Add(Quote{ID: "s2", SpeakerID: "sanders", Text: mfa, SaidAt: day(2)})
	x.Add(Quote{ID: "s3", SpeakerID: "sanders", Text: mfa, SaidAt: day(3)})
	if st, _ := x.Get("s3"); st.ID != "b1" || len(st.Appearances) != 3 || x.Len() != 1 {
		t.Fatalf("joined: statement %s with %v, Len %d; want b1 with all three", st.ID, st.Appearances, x.Len())
	}
	x.SetIdentity("sanders", "")
	x.Add(Quote{ID: "s4", SpeakerID: "sanders", Text: mfa, SaidAt: day(4)})
	if st, _ := x.Get("s4"); st.ID != "s2" || !slices.Equal(st.Appearances, []string{"s2", "s3", "s4"}) || st.SpeakerID != "sanders" {
		t.Fatalf("left: statement %+v; want s2 with s2, s3, s4", st)
	}
	if st, _ := x.Get("b1"); st.ID != "b1" || len(st.Appearances) != 1 || x.Len() != 2 {
		t.Fatalf("left: statement %+v, Len %d; want b1 alone", st, x.Len())
	}
	if sts, _, _ := x.Search(SearchQuery{Text: `"externally provoked"`, SpeakerID: "sanders", Limit: 5}); len(sts) != 1 || sts[0].ID != "s2" {
		t.Fatalf("Search by sanders: %+v", sts)
	}
}
