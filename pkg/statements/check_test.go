package statements

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

func outletIndex(t testing.TB) *Index {
	x := New()
	for _, q := range outlets() {
		x.Add(q)
	}
	return x
}

func TestCheck(t *testing.T) {
	x := outletIndex(t)
	for _, c := range []struct {
		name, text string
		want       []string // statement ids, best first
		exact      bool     // the best score is 1
	}{
		{"excerpt", "externally provoked attempts at disrupting the security", []string{"q-tass", "q-other"}, true},
		{"six words", "“Externally provoked attempts at disrupting the…”", []string{"q-tass", "q-other"}, true},
		{"typography", "WE VIEW THE RECENT DEVELOPMENTS IN THIS FRIENDLY COUNTRY", []string{"q-tass", "q-other"}, true},
		{"one word changed", "externally instigated attempts at disrupting the security and integrity of the state", []string{"q-tass", "q-other"}, false},
		{"one word changed, short", "externally provoked efforts at disrupting the", []string{"q-tass", "q-other"}, false},
		{"ellipsis", "We view the recent developments ... as externally provoked attempts", []string{"q-tass", "q-other"}, false},
		{"whole", mfa, []string{"q-tass", "q-other"}, true},
		{"price", "full support for Kazakhstan's constitutional institutions", []string{"q-price"}, true},
		{"four words", "externally provoked attempts at", []string{"q-tass", "q-other"}, false},
		{"three words", "externally provoked attempts", nil, false},
		{"unrelated", "the weather in Almaty was cold and snowy this week", nil, false},
		{"shared phrase only", "the security and integrity of the state must be protected", nil, false},
		{"unknown words", "zyzzyva quux", nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms, err := x.Check(c.text, CheckOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, m := range ms {
				got = append(got, m.Statement.ID)
				if m.Score < MatchThreshold || m.Score > 1 {
					t.Errorf("score %v out of range", m.Score)
				}
			}
			if strings.Join(got, " ") != strings.Join(c.want, " ") {
				t.Fatalf("Check(%q) = %v, want %v (%+v)", c.text, got, c.want, ms)
			}
			if len(ms) > 0 && (ms[0].Score == 1) != c.exact {
				t.Fatalf("best score %v, exact=%v", ms[0].Score, c.exact)
			}
		})
	}
}

func TestCheckMatchDetails(t *testing.T) {
	x := outletIndex(t)
	ms, err := x.Check("externally provoked attempts at disrupting the security", CheckOptions{Max: 1})
	if err != nil || len(ms) != 1 {
		t.Fatal(ms, err)
	}
	m := ms[0]
	if m.Statement.SpeakerID != "russian-foreign-ministry" || len(m.Statement.Appearances) != 3 || m.QuoteID != "q-tass" {
		t.Fatalf("%+v", m)
	}
}

func TestCheckErrors(t *testing.T) {
	x := outletIndex(t)
	for _, text := range []string{"", "  ", "… — “”", "!!!"} {
		if _, err := x.Check(text, CheckOptions{}); !errors.Is(err, ErrNoWords) {
			t.Errorf("Check(%q) error %v, want ErrNoWords", text, err)
		}
	}
	if _, err := x.Check(strings.Repeat("word ", MaxCheckWords+1), CheckOptions{}); !errors.Is(err, ErrTooLong) {
		t.Errorf("long text: %v", err)
	}
	if ms, err := New().Check("anything at all here", CheckOptions{}); err != nil || len(ms) != 0 {
		t.Errorf("empty index: %v %v", ms, err)
	}
}

// TestCheckPreferSpeaker: a match by the preferred speaker is found even
// when many better-sharing candidates by others crowd the candidate list.
func TestCheckPreferSpeaker(t *testing.T) {
	x := New()
	text := "the quick brown fox jumps over the lazy dog near the river bank"
	for i := range candidateCap + 20 {
		// Not verbatim repeats, which would share one posting.
		id := fmt.Sprintf("crowd%04d", i)
		x.Add(Quote{ID: id, SpeakerID: "crowd", Text: text + " " + id, SaidAt: int64(i)})
	}
	x.Add(Quote{ID: "zz-mine", SpeakerID: "me", Text: "the quick brown fox jumps over the lazy dog", SaidAt: 1 << 40})
	ms, err := x.Check("the quick brown fox jumps over the lazy dog", CheckOptions{PreferSpeaker: "me"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, m := range ms {
		found = found || m.Statement.SpeakerID == "me"
	}
	if !found {
		t.Fatalf("the preferred speaker's statement was not verified: %d matches", len(ms))
	}
	// Preferred as another id of the preferred speaker.
	ms, _ = x.Check("the quick brown fox jumps over the lazy dog", CheckOptions{PreferSpeaker: "me-in-full", SameSpeakerIDs: []string{"me"}})
	if !slices.ContainsFunc(ms, func(m Match) bool { return m.Statement.SpeakerID == "me" }) {
		t.Fatalf("the preferred speaker's other id was not verified: %d matches", len(ms))
	}
	// Without the preference the crowd fills the candidate list.
	ms, _ = x.Check("the quick brown fox jumps over the lazy dog", CheckOptions{})
	for _, m := range ms {
		if m.Statement.SpeakerID == "me" {
			t.Fatal("the test does not crowd the candidates out")
		}
	}
}
