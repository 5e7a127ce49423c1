package extract

import "testing"

// TestStatementFrom: an inverted subject "a statement from X" keeps its
// source, at inference only.
func TestStatementFrom(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Beijing is deeply concerned, said a statement from the foreign ministry.", content: "Beijing is deeply concerned", mention: "a statement from the foreign ministry"},
		{text: "The talks were useful, said a readout from the White House.", content: "The talks were useful", mention: "a readout from the White House"},
	})
	d := newDoc("said a statement from the foreign ministry today")
	defer d.release()
	if np := d.npFwd(1, len(d.toks)); d.word(np.e-1) != "ministry" {
		t.Errorf("noun phrase ends at %q, want ministry", d.word(np.e-1))
	}
	// not after another noun, nor before a lower-case word
	for _, text := range []string{"said a man from the ministry", "said a statement from today"} {
		e := newDoc(text)
		if np := e.npFwd(1, len(e.toks)); e.word(np.e-1) != "man" && e.word(np.e-1) != "statement" {
			t.Errorf("%q: noun phrase ends at %q", text, e.word(np.e-1))
		}
		e.release()
	}
	d.training = true
	if np := d.npFwd(1, len(d.toks)); d.word(np.e-1) != "statement" {
		t.Errorf("noun phrase ends at %q in training, want statement", d.word(np.e-1))
	}
}
