package extract

import "testing"

// TestGuillemets: single guillemets, low-high single marks and reversed
// guillemets are quotation marks; single ones beside double marks are a
// quotation inside a quotation, and French-spaced « » keep their reading.
func TestGuillemets(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct {
		text, sub, content string
		kind               Kind
	}{
		{"Talks resumed.\n\n‹We will not leave,› said the minister.", "not leave", "‹We will not leave,›", KindDirect},
		{"Talks resumed.\n\n‚We will not leave‘, said the minister.", "not leave", "‚We will not leave‘", KindDirect},
		{"Talks resumed.\n\n»We stay«, the minister said.", "We stay", "»We stay«", KindDirect},
		{"Talks resumed.\n\n›We stay‹, the minister said.", "We stay", "›We stay‹", KindDirect},
		{"Talks resumed.\n\nThe minister said: »We will not leave.« Then he left.", "not leave", "»We will not leave.«", KindDirect},
		// near misses: nested single marks stay inside the quotation
		{"Talks resumed.\n\n«He said ‹no› to me», she said.", "He said", "«He said ‹no› to me»", KindDirect},
		{"Talks resumed.\n\n„He said ‚no‘ to me“, she said.", "He said", "„He said ‚no‘ to me“", KindDirect},
		{"Talks resumed.\n\n«We will not leave,» said the minister.", "not leave", "«We will not leave,»", KindDirect},
		{"Talks resumed.\n\n« We stay », the minister said.", "We stay", "« We stay »", KindDirect},
		{"Talks resumed.\n\nIt was a ‹good› day, the minister said.", "good", "It was a ‹good› day", KindPartial},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if got := c.text[q.Content[0].Start:q.Content[len(q.Content)-1].End]; got != c.content || q.Kind != c.kind {
			t.Errorf("%q: content %q %s, want %q %s", c.text, got, q.Kind, c.content, c.kind)
		}
	}
}
