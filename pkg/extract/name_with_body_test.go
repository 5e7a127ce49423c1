package extract

import "testing"

// TestNameWithBody: "NAME with the BODY" before or after the content is
// the person's subject at inference; a name before "with" and no body
// ("with her lawyer") and the frames of training stay as they were.
func TestNameWithBody(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, sub, want string }{
		{"Local\n\nThe boy is expected to survive, Sgt. Amy Cole with the Tulsa Police Department told News On 6.", "The boy is expected to survive", "Amy Cole"},
		{"Local\n\nThe fire was accidental, Capt. Rob Lindqvist with the Austin Fire Department said.", "The fire was accidental", "Rob Lindqvist"},
		{"Local\n\nThe shelter is full, Dana Whitlock with the county housing office said Tuesday.", "The shelter is full", "Dana Whitlock"},
	} {
		qs := ex.Extract(c.text)
		checkSpans(t, c.text, qs)
		if got := find(t, qs, c.sub).Speaker.Name; got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
	text := "Local\n\nThe fire was accidental, Capt. Rob Lindqvist with the Austin Fire Department said."
	checkOffInTraining(t, text, "nameWithBody", func(d *doc, k int) bool { return d.nameWithBody(k, k+2, k+5) })
	d := newDoc(text)
	defer d.release()
	fired := false
	for k := range d.toks {
		fired = fired || d.nameWithBody(k, k+2, k+5)
	}
	if !fired {
		t.Error("nameWithBody did not fire at inference")
	}
}
