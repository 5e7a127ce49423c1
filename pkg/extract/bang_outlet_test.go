package extract

import "testing"

// TestBangOutlet: "E! News" keeps its sentence; an exclamation mark before
// other words still ends one.
func TestBangOutlet(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Singer\n\nLee's rep confirmed to E! News that the couple had split.", "that the couple had split"},
		{"Singer\n\nYahoo! Finance reported that the deal was off.", "that the deal was off"},
		{"Singer\n\n\"We are thrilled,\" the actor told E! News.", "We are thrilled"},
		// near misses: a lower-case word before the mark, a noun no outlet takes
		{"Singer\n\nIt was over! News of the raid spread fast, police said.", "News of the raid spread fast"},
		{"Singer\n\nGo! Fans cheered as the team won, police said.", "Fans cheered as the team won"},
	})
	for _, text := range []string{"Singer\n\nIt was over! News of the raid spread fast.", "Singer\n\nGo! Fans cheered."} {
		d := newDoc(text)
		if n := len(d.sents); n != 3 {
			t.Errorf("%q: %d sentences, want 3", text, n)
		}
		d.release()
	}
}
