package extract

import "testing"

// TestUnnamedSourceAside: an unnamed source with an aside ("A neighbour,
// who did not want to be named,"), opened by "another", or whose content
// holds a nested statement, is the next he or she; a named person in
// between still takes it.
func TestUnnamedSourceAside(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Crash\n\nSergeant Ann Cole said the road was closed.\n\nA neighbour, who did not want to be named, said the crash woke the street. \"There was a bang,\" he said.", "There was a bang", "neighbour"},
		{"Wards\n\nTom Kane said the claims were false.\n\nAnother nurse said the shifts were long. \"We are exhausted,\" she said.", "We are exhausted", "nurse"},
		{"Wards\n\nTom Kane said the claims were false.\n\nA nurse said managers had told staff to keep quiet. \"Nobody listens,\" she said.", "Nobody listens", "nurse"},
		{"Crash\n\nA neighbour, who did not want to be named, said Tom Reed had left.\n\n\"He was kind,\" he said.", "He was kind", "Tom Reed"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
