package extract

import "testing"

// TestArticleSurname: a bare surname the table knows only by its surname
// index is the article's person of that surname named before; a surname
// the table lists ("Blinken") or a table person the article names in full
// keeps the table's reading.
func TestArticleSurname(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Strike\n\nDr. Hannah Price, a union leader, said the talks had failed.\n\nPrice said pay had fallen sharply.", "pay had fallen", "Hannah Price"},
		{"Budget\n\nCouncillor Mark Price said the plan was sound.\n\nPrice said rates would rise.", "rates would rise", "Mark Price"},
		{"Talks\n\nState Department spokesman Ned Price said the talks went well. His cousin, Mark Price, was there.\n\nPrice said more talks would follow.", "more talks would follow", "Ned Price"},
		{"Visit\n\nJohn Blinken, a farmer, said the fair was busy.\n\nBlinken said the war must end.", "the war must end", "Antony Blinken"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
