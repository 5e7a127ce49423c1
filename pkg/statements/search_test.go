package statements

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestParseQuery(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
	}{
		{"security state", "[security] [state]"},
		{"Security, STATE security", "[security] [state]"},
		{`"externally provoked" attempts`, "[externally provoked] [attempts]"},
		{`“Externally provoked” attempts`, "[externally provoked] [attempts]"},
		{`"unclosed phrase here`, "[unclosed phrase here]"},
		{`a "" b`, "[a] [b]"},
		{`"…"`, ""},
	} {
		var parts []string
		for _, term := range ParseQuery(c.in) {
			parts = append(parts, "["+strings.Join(term, " ")+"]")
		}
		if got := strings.Join(parts, " "); got != c.want {
			t.Errorf("ParseQuery(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func ids(sts []Statement) []string {
	var out []string
	for _, s := range sts {
		out = append(out, s.ID)
	}
	return out
}

func TestSearch(t *testing.T) {
	x := outletIndex(t)
	for _, c := range []struct {
		name string
		q    SearchQuery
		want []string
	}{
		{"words", SearchQuery{Text: "security state"}, []string{"q-other", "q-tass"}},
		{"words any order", SearchQuery{Text: "state SECURITY"}, []string{"q-other", "q-tass"}},
		{"phrase", SearchQuery{Text: `"externally provoked"`}, []string{"q-other", "q-tass"}},
		{"phrase out of order", SearchQuery{Text: `"provoked externally"`}, nil},
		{"word and phrase", SearchQuery{Text: `kazakhstans "full support"`}, []string{"q-price"}},
		{"speaker", SearchQuery{Text: "security", SpeakerID: "russian-foreign-ministry"}, []string{"q-tass"}},
		{"unknown speaker", SearchQuery{Text: "security", SpeakerID: "nobody"}, nil},
		// Other ids of one speaker are searched with it, whether or not
		// the first id has statements.
		{"same speaker ids", SearchQuery{Text: "security", SpeakerID: "nobody", SameSpeakerIDs: []string{"russian-foreign-ministry"}}, []string{"q-tass"}},
		{"same speaker ids, both", SearchQuery{Text: "the", SpeakerID: "ned-price", SameSpeakerIDs: []string{"russian-foreign-ministry", "nobody"}}, []string{"q-price", "q-tass"}},
		{"unknown word", SearchQuery{Text: "security zyzzyva"}, nil},
		{"since", SearchQuery{Text: "the", Start: time.Unix(0, day(7))}, []string{"q-other", "q-price"}},
		{"until", SearchQuery{Text: "the", End: time.Unix(0, day(7))}, []string{"q-tass"}},
		{"range", SearchQuery{Text: "the", Start: time.Unix(0, day(7)), End: time.Unix(0, day(8))}, []string{"q-price"}},
		{"after", SearchQuery{Text: "the", After: &Cursor{SaidAt: day(7), ID: "q-price"}}, []string{"q-tass"}},
		// An appearance matches: only q-bbc's words hold "violent means"
		// without "friendly".
		{"appearance", SearchQuery{Text: `"integrity of the state through violent"`, SpeakerID: "russian-foreign-ministry"}, []string{"q-tass"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.q.Limit == 0 {
				c.q.Limit = 10
			}
			got, more, err := x.Search(c.q)
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(ids(got), c.want) || more {
				t.Fatalf("Search(%+v) = %v more=%v, want %v", c.q, ids(got), more, c.want)
			}
		})
	}
	if _, _, err := x.Search(SearchQuery{Text: " … "}); !errors.Is(err, ErrNoWords) {
		t.Fatalf("empty query: %v", err)
	}
	if _, _, err := x.Search(SearchQuery{Text: strings.Repeat("w ", MaxQueryTerms+1)}); err != nil {
		t.Fatalf("repeated word is one term: %v", err)
	}
	var long []string
	for i := range MaxQueryTerms + 1 {
		long = append(long, fmt.Sprint("w", i))
	}
	if _, _, err := x.Search(SearchQuery{Text: strings.Join(long, " ")}); !errors.Is(err, ErrTooManyTerms) {
		t.Fatalf("long query: %v", err)
	}
}

// TestSearchPaging pages through every match with cursors: newest first,
// no gaps, no repeats, also with equal times.
func TestSearchPaging(t *testing.T) {
	x := New()
	var want []string
	for i := 0; i < 57; i++ {
		id := fmt.Sprintf("q%03d", i)
		x.Add(Quote{ID: id, SpeakerID: "s", Text: fmt.Sprintf("common words then t%d and u%d and v%d", i, i, i), SaidAt: day(1 + i/4)})
		x.Add(Quote{ID: "n" + id, SpeakerID: "s", Text: fmt.Sprintf("unrelated %d", i), SaidAt: day(1)})
	}
	for i := 56; i >= 0; i-- {
		want = append(want, fmt.Sprintf("q%03d", i)) // by day desc then id desc
	}
	slices.SortStableFunc(want, func(a, b string) int {
		da, db := 0, 0
		fmt.Sscanf(a, "q%d", &da)
		fmt.Sscanf(b, "q%d", &db)
		if da/4 != db/4 {
			return db/4 - da/4
		}
		return strings.Compare(b, a)
	})
	for _, limit := range []int{1, 4, 10, 57, 100} {
		var got []string
		q := SearchQuery{Text: `"common words"`, Limit: limit}
		for pages := 0; ; pages++ {
			page, more, err := x.Search(q)
			if err != nil || pages > 60 {
				t.Fatal(err, pages)
			}
			got = append(got, ids(page)...)
			if !more {
				break
			}
			last := page[len(page)-1]
			q.After = &Cursor{SaidAt: last.SaidAt, ID: last.ID}
		}
		if !slices.Equal(got, want) {
			t.Fatalf("limit %d: pages give %v\nwant %v", limit, got, want)
		}
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`a "b c" d`, `“x”`, `"`, `""""`, `a"b"c`, "\xff\"", `«a b» c`} {
		f.Add(s)
	}
	x := outletIndex(f)
	f.Fuzz(func(t *testing.T, s string) {
		terms := ParseQuery(s)
		for _, term := range terms {
			if len(term) == 0 {
				t.Fatalf("empty term from %q", s)
			}
			for _, w := range term {
				checkNormalized(t, w, w)
				if strings.Contains(w, " ") || w == "" {
					t.Fatalf("bad word %q from %q", w, s)
				}
			}
		}
		sts, _, err := x.Search(SearchQuery{Text: s, Limit: 3})
		if err == nil && len(sts) > 3 {
			t.Fatalf("limit ignored")
		}
		if _, err := x.Check(s, CheckOptions{Max: 2}); err != nil && !errors.Is(err, ErrNoWords) && !errors.Is(err, ErrTooLong) {
			t.Fatal(err)
		}
	})
}
