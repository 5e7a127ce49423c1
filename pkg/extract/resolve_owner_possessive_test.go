package extract

import "testing"

// TestOwnerPossessiveName covers a person named after the possessive of a
// country, an institution or an acronym: the speaker is the person (by the
// alias table or the body's full name), the owner the title; a day's
// possessive, a relative, an office and an organisation after the
// possessive stay.
func TestOwnerPossessiveName(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name, title string }{
		{"Russia's Lavrov: West is playing with fire", "West is playing with fire", "Sergei Lavrov", ""},
		{"Fed's Powell: rates will stay high for longer", "rates will stay high for longer", "Powell", "Fed's"},
		{"UK's Starmer says tax rises are needed", "tax rises are needed", "Starmer", "UK's"},
		{"UK's Starmer says tax rises are needed\n\nKeir Starmer said on Monday that taxes must rise.", "tax rises are needed", "Keir Starmer", "UK's"},
		{"Germany's Olaf Scholz said the talks had failed.", "the talks had failed", "Olaf Scholz", "Germany's"},
		{"CNN's Dana Kim reported that the vote was delayed.", "the vote was delayed", "Dana Kim", "CNN's"},
		{"Ukraine's Zelensky says the war will go on", "the war will go on", "Volodymyr Zelensky", ""},
		{"JPMorgan's Dimon warns of inflation risk", "inflation risk", "Dimon", "JPMorgan's"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Speaker.Name != c.name || q.Speaker.Kind != SpeakerPerson {
			t.Errorf("%q: speaker %q (%s), want person %q", c.text, q.Speaker.Name, q.Speaker.Kind, c.name)
		}
		if c.title != "" && q.Speaker.Title != c.title {
			t.Errorf("%q: title %q, want %q", c.text, q.Speaker.Title, c.title)
		}
	}
	for _, c := range []struct{ text, content, name string }{
		{"Russia's Foreign Ministry said the talks had failed.", "the talks had failed", "Russian Foreign Ministry"},
		{"Monday's Lee said the talks had failed.", "the talks had failed", "Monday's Lee"},
		{"Trump's Son said the talks had failed.", "the talks had failed", "Trump's Son"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}
