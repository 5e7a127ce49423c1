package extract

import (
	"strings"
	"testing"
)

// TestNotStatements lists texts where a candidate frame is no statement: the
// quote containing absent must not be found.
func TestNotStatements(t *testing.T) {
	cases := []struct{ name, text, absent string }{
		{"headline kicker", "Breaking: Mayor Quits After Budget Fight\n\nThe mayor left on Monday.", "Mayor Quits"},
		{"the latest", "The Latest: Storm Hits Coastal Towns\n\nThe storm arrived at dawn.", "Storm Hits"},
		{"correction note", "The council met on Friday.\n\nCorrection: The vote took place on Thursday, not Wednesday.", "The vote took place"},
	}
	ex := New(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range ex.Extract(c.text) {
				if strings.Contains(q.Text, c.absent) {
					t.Errorf("unexpected quote %q (cue %q)", q.Text, q.CueText)
				}
			}
		})
	}
}
