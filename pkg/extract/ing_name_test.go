package extract

import "testing"

// TestIngName: a capitalised name in -ing after "said" opens the content's
// clause; a participle after a comma or in a title-case headline does not.
func TestIngName(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, speaker, content string }{
		{"Politics\n\nTom Reed said Beijing opposes the move.", "Tom Reed", "Beijing opposes the move"},
		{"Politics\n\nChina's foreign ministry spokesman Wang Wenbin said Beijing \"firmly opposes\" the move.", "Wang Wenbin", `Beijing "firmly opposes" the move`},
		{"Derby\n\nThe manager said Reading has the best defence in the league.", "manager", "Reading has the best defence in the league"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content || q.Speaker.Name != c.speaker && q.SpeakerMention == nil {
			t.Errorf("%q: %q by %q, want %q by %q", c.text, q.Text, q.Speaker.Name, c.content, c.speaker)
		}
	}
	for text, want := range map[string]bool{
		"Politics\n\nTom Reed said Beijing opposes it.":       true,
		"Politics\n\nTom Reed said, Adding that it was over.": false, // after a comma
		"Politics\n\nReed said, referring to the plan.":       false, // lower case
		"Reed Says Beijing Opposes Move":                      false, // title-case headline
		"Politics\n\nBeijing opposes the move.":               false, // opens the sentence
		"Politics\n\nThey met in Beijing.":                    false, // no verb after
	} {
		d := newDoc(text)
		got := false
		for j := range d.toks {
			got = got || d.ingName(j)
		}
		if got != want {
			t.Errorf("%q: -ing name %v, want %v", text, got, want)
		}
	}
}
