package extract

import "testing"

// TestHTMLQuoteEntity: quotation marks written as HTML entities or double
// primes pair as marks; an ampersand in a name and a prime after a digit
// stay what they were.
func TestHTMLQuoteEntity(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Talks resumed.\n\n&ldquo;We will go,&rdquo; he said.", "&ldquo;We will go,&rdquo;", "he"},
		{"Talks resumed.\n\n&quot;We will go,&quot; said Anna Berg.", "&quot;We will go,&quot;", "Anna Berg"},
		{"Talks resumed.\n\n″We will go,″ he said.", "We will go", "he"},
	})
	for _, c := range []struct {
		s    string
		m    int
		role int8
	}{{"&quot;x", 6, 0}, {"&#8220;x", 7, qOpen}, {"&RDQUO;", 7, qClose}, {"&amp;x", 0, 0}, {"&T said", 0, 0}, {"&#82", 0, 0}} {
		if m, role := htmlQuoteEntity(c.s); m != c.m || role != c.role {
			t.Errorf("htmlQuoteEntity(%q) = %d, %d; want %d, %d", c.s, m, role, c.m, c.role)
		}
	}
	q, ok := soleStatement(t, ex, "Merger\n\nAT&T said the merger would close by June.")
	if ok && mention("Merger\n\nAT&T said the merger would close by June.", q) != "AT&T" {
		t.Errorf("AT&T: mention %q", mention("Merger\n\nAT&T said the merger would close by June.", q))
	}
	if !doublePrimeMark("″We", 0) || doublePrimeMark("6′2″", 5) {
		t.Errorf("doublePrimeMark: a mark at the start, none after a digit")
	}
}
