package extract

import "testing"

// TestLongDateline covers wire datelines with a state, country or date
// before the agency: a statement with its content before the cue keeps it
// without the dateline.
func TestLongDateline(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "LONDON, Nov 27 (Reuters) - Inflation rose, the statistics office said.", content: "Inflation rose", mention: "the statistics office"},
		{text: "NEW YORK, Nov. 27 (Reuters) - Oil prices rose on Wednesday, traders said.", content: "Oil prices rose on Wednesday", mention: "traders"},
		{text: "KYIV, Ukraine (AP) — Russian drones struck the city overnight, officials said.", content: "Russian drones struck the city overnight", mention: "officials"},
		{text: "CAMBRIDGE, Mass., Dec. 11 (UPI) — The vote was close, organisers said.", content: "The vote was close", mention: "organisers"},
		{text: "GENEVA, Switzerland — The outbreak is slowing, the agency said.", content: "The outbreak is slowing", mention: "the agency"},
		{text: "TOKYO/SEOUL (Reuters) - Talks resumed, officials said.", content: "Talks resumed", mention: "officials"},
		{text: "Nov 27 (Reuters) - Inflation rose, the office said.", content: "Inflation rose", mention: "the office"},
	})
	for _, c := range []struct {
		text string
		want string // the dateline's last token, "" for none
	}{
		{"LONDON, Nov 27 (Reuters) - Inflation rose.", "-"},
		{"DES MOINES, Iowa, Aug. 10 (UPI) — The race is on.", "—"},
		{"MOSCOW, March 3 - The Kremlin spoke.", "-"},
		{"TOKYO/SEOUL (Reuters) - Talks resumed.", "-"},
		{"WASHINGTON/LONDON, Nov 27 (Reuters) - Talks resumed.", "-"},
		{"Nov 27 (Reuters) - Tesla said it would recall cars.", "-"},
		{"(Reuters) - Tesla said it would recall cars.", "-"},
		// no comma after the upper-case word, no place or date, or a
		// sentence instead of a dateline
		{"NATO (AP) - The alliance met.", ""},
		{"LONDON, (Reuters) - Inflation rose.", ""},
		{"NATO, Russia said - the talks failed.", ""},
		{"Inflation rose, Nov 27 - the office said.", ""},
		{"BREAKING, the office said on Monday - prices rose.", ""},
		{"TOKYO/Seoul talks - a deal.", ""},
		{"(Reuters) (AP) - Tesla said it would recall cars.", ""},
		{"Nov 27 - 28 was the window, he said.", ""},
	} {
		d := newDoc(c.text)
		got := ""
		if e := d.longDatelineEnd(0, len(d.toks)); e > 0 {
			got = d.toks[e-1].lower
		}
		if got != c.want {
			t.Errorf("%q: dateline ends at %q, want %q", c.text, got, c.want)
		}
		d.release()
	}
	d := newDocFor("LONDON, Nov 27 (Reuters) - Inflation rose, the statistics office said.", true)
	defer d.release()
	if d.sents[0].s == 0 && d.sents[0].e < 8 {
		t.Errorf("the long dateline is split off in training")
	}
}
