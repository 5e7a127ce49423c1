package extract

import "testing"

// TestMalayTitle: Malaysian titles of honour are no part of the speaker's
// name; "Sri" as a given name and "Tan" as a surname stay.
func TestMalayTitle(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name string }{
		{"Summit\n\nMalaysian Prime Minister Dato' Sri Anwar Ibrahim said his government would review the project.", "his government would review the project", "Anwar Ibrahim"},
		{"Summit\n\nDatuk Seri Anwar Ibrahim said the talks had gone well.", "the talks had gone well", "Anwar Ibrahim"},
		{"Summit\n\nTan Sri Muhyiddin Yassin said the coalition would hold.", "the coalition would hold", "Muhyiddin Yassin"},
		{"Summit\n\nDato’ Sri Najib Razak said he was innocent.", "he was innocent", "Najib Razak"},
		{"Summit\n\nDatin Rosmah Mansor said the claims were false.", "the claims were false", "Rosmah Mansor"},
		// near misses: a given name "Sri", a surname "Tan"
		{"Summit\n\nFinance Minister Sri Mulyani Indrawati said the deficit would narrow.", "the deficit would narrow", "Sri Mulyani Indrawati"},
		{"Summit\n\nJudge Sri Srinivasan said the case was moot.", "the case was moot", "Sri Srinivasan"},
		{"Summit\n\nTan Cheng Bock said the vote was unfair.", "the vote was unfair", "Tan Cheng Bock"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}
