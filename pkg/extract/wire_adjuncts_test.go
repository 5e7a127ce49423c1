package extract

import "testing"

// TestWireAdjuncts covers "late on Monday" and "by phone" between a cue
// and its content, at inference only.
func TestWireAdjuncts(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Zelensky said late on Monday the front was stable.", content: "the front was stable", mention: "Zelensky"},
		{text: "The minister said early on Tuesday that talks would resume.", content: "that talks would resume", mention: "The minister"},
		{text: "The spokesman said by phone that the ship had been released.", content: "that the ship had been released", mention: "The spokesman"},
		{text: "The spokesman said by telephone the ship had been released.", content: "the ship had been released", mention: "The spokesman"},
		{text: "He told Reuters by phone that the ship had been released.", content: "that the ship had been released", mention: "He"},
		{text: "She said by text message that she was safe.", content: "that she was safe", mention: "She"},
	})
	// "by" before no medium, or a medium before no clause: not skipped
	for _, c := range []struct{ text, content string }{
		{"He said by then the deal was dead.", "by then the deal was dead"},
		{"The bill was passed by phone vote, he said.", "The bill was passed by phone vote"},
		{"He said late on the deal was dead.", "late on the deal was dead"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
	}
	d := newDoc("Zelensky said late on Monday the front was stable.")
	defer d.release()
	d.training = true
	if e := d.wireAdjunctEnd(2, len(d.toks)); e != 2 {
		t.Errorf("the adjunct is skipped in training: %d", e)
	}
}
