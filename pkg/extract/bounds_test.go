package extract

import (
	"strings"
	"testing"
)

// TestContentBounds checks the exact content spans of a statement: the raw
// text of each span, joined by " | ".
func TestContentBounds(t *testing.T) {
	cases := []struct {
		name, text, sub, want string
	}{
		{"quotation ends a longer sentence before a new frame",
			`The mayor said the repairs are “nearly done.” She said the bridge would reopen in May.`,
			"repairs", `the repairs are “nearly done.”`},
	}
	ex := New(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			qs := ex.Extract(c.text)
			checkSpans(t, c.text, qs)
			q := find(t, qs, c.sub)
			var parts []string
			for _, sp := range q.Content {
				parts = append(parts, c.text[sp.Start:sp.End])
			}
			if got := strings.Join(parts, " | "); got != c.want {
				t.Errorf("content %q, want %q", got, c.want)
			}
		})
	}
}
