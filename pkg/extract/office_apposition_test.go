package extract

import "testing"

// TestOfficePlaceDescription: a capitalised office of a place before an
// apposition's person with particles names the person; a peer's title or
// an organisation is left alone.
func TestOfficePlaceDescription(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name string }{
		{"Talks\n\nThe Prime Minister of Iraq, Mohammed Shia al-Sudani, said the talks would go on.", "the talks would go on", "Mohammed Shia al-Sudani"},
		{"Talks\n\nThe Emir of Kuwait, Sheikh Meshal al-Ahmad al-Jaber al-Sabah, said the country would hold elections.", "the country would hold elections", "Meshal al-Ahmad al-Jaber al-Sabah"},
		{"Talks\n\nThe Sultan of Oman, Haitham bin Tariq, said the talks would go on.", "the talks would go on", "Haitham bin Tariq"},
		// near misses, read as before
		{"Talks\n\nThe Prime Minister of Iraq, Mohammed Sudani, said the talks would go on.", "the talks would go on", "Mohammed Sudani"},
		{"Talks\n\nThe Duke of Sussex said the book was true.", "the book was true", "Duke of Sussex"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
	for text, want := range map[string]bool{
		"The Prime Minister of Iraq spoke.": true,
		"The Bank of England spoke.":        false, // an organisation
		"The Minister spoke.":               false, // no place
	} {
		d := newDoc(text)
		got := false
		for s := range d.toks {
			for e := s + 1; e <= len(d.toks); e++ {
				got = got || d.officePlaceDescription(rng{s, e})
			}
		}
		if got != want {
			t.Errorf("%q: office of a place %v, want %v", text, got, want)
		}
	}
}
