package extract

import (
	"strings"
	"testing"
)

// TestMismatchedClose: a single mark after a comma or a question closes an
// open double quotation; a nested single quotation, a plural possessive
// and a double quotation closed later keep their marks.
func TestMismatchedClose(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Talks resumed.\n\n“We will rebuild this city,’ the mayor said.", "We will rebuild this city", "the mayor"},
		{"Talks resumed.\n\n“Why rebuild?’ asked the mayor.", "Why rebuild?", "the mayor"},
		{"Talks resumed.\n\n“He said ‘no,’ and left,” she said.", "He said ‘no,’ and left", "she"},
		{"Talks resumed.\n\n“We meet the students’, the teachers’, and the parents’ groups,” she said.", "We meet the students’, the teachers’, and the parents’ groups", "she"},
	})
	q := find(t, ex.Extract("Talks resumed.\n\n“We will rebuild this city,’ the mayor said, “whatever it takes.”"), "whatever")
	if len(q.Content) != 2 {
		t.Errorf("%d parts, want 2", len(q.Content))
	}
	// a double mark closing later: the single one is no closing mark
	text := "“We said no,’ he said, and we left,” she said."
	d := newDoc(text)
	if len(d.quotes) != 1 || d.toks[d.quotes[0].last()].s != strings.Index(text, "”") {
		t.Errorf("quotations %+v", d.quotes)
	}
	d.release()
}
