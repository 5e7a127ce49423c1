package extract

import (
	"strings"
	"testing"
)

// TestSymbolNames covers names with "&" or a closing "+": one word at
// inference, so the subject is the whole name.
func TestSymbolNames(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "OPEC+ said it would keep output steady.", content: "it would keep output steady", mention: "OPEC+"},
		{text: "Opec+ said it would cut output by 1 million barrels a day.", content: "it would cut output by 1 million barrels a day", mention: "Opec+"},
		{text: "Yahoo! said it had fixed the flaw.", content: "it had fixed the flaw", mention: "Yahoo!"},
		{text: "AT&T said it would cut 2,000 jobs.", content: "it would cut 2,000 jobs", mention: "AT&T"},
		{text: "S&P Global said the outlook was stable.", content: "the outlook was stable", mention: "S&P Global"},
		{text: "M&S said it would close 30 stores.", content: "it would close 30 stores", mention: "M&S"},
		{text: "Procter & Gamble said it would raise prices.", content: "it would raise prices", mention: "Procter & Gamble"},
		{text: "The Procter & Gamble chief said prices would rise.", content: "prices would rise", mention: "The Procter & Gamble chief"},
		{text: "The OPEC+ group said it would keep output steady.", content: "it would keep output steady", mention: "The OPEC+ group"},
	})
	for _, c := range []struct {
		text  string
		words []string // the words of the text
	}{
		{"OPEC+ said", []string{"opec+", "said"}},
		{"OPEC+, led by", []string{"opec+", "led", "by"}},
		// a digit after the plus, a lower-case word before it: no name
		{"a 3+2 score", []string{"a", "3", "2", "score"}},
		{"Opec+ said", []string{"opec+", "said"}},
		{"Canal+ said", []string{"canal+", "said"}},
		{"ages 18+ only", []string{"ages", "18", "only"}},
		{"the group+ said", []string{"the", "group", "said"}},
		{"OPEC+2 said", []string{"opec", "2", "said"}},
		{"Yahoo! said", []string{"yahoo!", "said"}},
		// an exclamation before a pronoun or a capital: no name
		{"Stop! he shouted", []string{"stop", "he", "shouted"}},
		{"Stop! Now", []string{"stop", "now"}},
	} {
		d := newDoc(c.text)
		var got []string
		for i := range d.toks {
			if w := d.word(i); w != "" {
				got = append(got, w)
			}
		}
		if strings.Join(got, " ") != strings.Join(c.words, " ") {
			t.Errorf("%q: words %q, want %q", c.text, got, c.words)
		}
		d.release()
	}
	// the speaker's name keeps the letters before the "&"; spaces on one
	// side only or lower-case words make no name
	for _, c := range []struct{ text, speaker string }{
		{"AT&T said it would cut jobs.", "AT&T"},
		{"Sales fell, S&P Global said.", "S&P Global"},
		{"Procter & Gamble said it would raise prices.", "Procter & Gamble"},
		{"Marks & Spencer said it would close stores.", "Marks & Spencer"},
		{"AT &T said it would cut jobs.", "T"},
		{"rock & Roll said it would tour.", "Roll"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].Speaker.Name != c.speaker {
			t.Errorf("%q: %+v, want speaker %q", c.text, qs, c.speaker)
		}
	}
	d := newDocFor("OPEC+ said it would keep output steady.", true)
	defer d.release()
	if d.word(0) != "opec" {
		t.Errorf("OPEC+ is one word in training: %q", d.word(0))
	}
	d.training = true
	if np := d.ampersandNameStart(rng{2, 3}); np.s != 2 {
		t.Errorf("the & name is widened in training")
	}
}
