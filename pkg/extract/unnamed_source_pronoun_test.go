package extract

import "testing"

// TestUnnamedSourcePronoun: a he or she after an unnamed person's
// statement, or in a sentence that opens with one, is that person, not a
// place or body named in the description; a person named between, an
// office ("the senator") or a content's subject keep the other readings.
func TestUnnamedSourcePronoun(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Strike\n\nA nurse at Leeds General Infirmary said she was tired.\n\n\"I love this job,\" she said.", "I love this job", "nurse"},
		{"Recall\n\nA former inspector at the Granby Agency said the checks were rushed. \"There are not enough of us,\" he said.", "There are not enough of us", "former inspector"},
		{"Fines\n\nA 29-year-old Leipzig woman, meanwhile, was fined after she had told police that her neighbour was a thief.", "her neighbour was a thief", "29-year-old Leipzig woman"},
		{"Strike\n\nA nurse at Leeds General Infirmary said Dr. Ann Lee had left.\n\n\"She was the best,\" she said.", "She was the best", "Ann Lee"},
		{"Campaign\n\nTom Reed, a donor, said the team was weak. A new manager, he said, could help.", "could help", "Tom Reed"},
		// an unnamed spokeswoman of a body is the "she" after her statement, not the man named before (session 26 long articles)
		{"Row\n\nWalsh told reporters that the row had been unedifying. \"You cannot call people liars,\" he said.\n\nA spokeswoman for the Central Statistics Office said the office did not comment on political debate. She said its methods for counting new homes had been published in 2019.", "its methods for counting", "spokeswoman for the Central Statistics Office"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}
