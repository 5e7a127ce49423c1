package extract

import "testing"

func TestEventAddressee(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks resumed.\n\nSheinbaum told her daily news conference on Monday that Mexico would respond.", content: "that Mexico would respond", mention: "Sheinbaum"},
		{text: "Talks resumed.\n\nSheinbaum told a morning news conference that Mexico would respond.", content: "that Mexico would respond", mention: "Sheinbaum"},
		{text: "Talks resumed.\n\nThe minister told a weekly briefing that the talks had stalled.", content: "that the talks had stalled", mention: "The minister"},
		{text: "Talks resumed.\n\nThe senator told an evening rally that the bill would pass.", content: "that the bill would pass", mention: "The senator"},
		// near misses: "her" as the object, no event; an event without a
		// time adjective, read so already
		{text: "Talks resumed.\n\nSheinbaum told her the morning meeting was cancelled.", content: "the morning meeting was cancelled", mention: "Sheinbaum"},
		{text: "Talks resumed.\n\nSheinbaum told a news conference that Mexico would respond.", content: "that Mexico would respond", mention: "Sheinbaum"},
	})
	// "her regular visitors": no event, the walk as before
	d := newDoc("Sheinbaum told her regular visitors that Mexico would respond.")
	defer d.release()
	if e := d.eventAddresseeEnd(2, len(d.toks)); e != 2 {
		t.Errorf("her regular visitors: event addressee to %d", e)
	}
}
