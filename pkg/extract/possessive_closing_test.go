package extract

import "testing"

// TestPossessiveBeforeClosing: a plural possessive's mark right before the
// comma or stop and the closing single mark stays in the quotation; a
// mark with a space before the next one closes it.
func TestPossessiveBeforeClosing(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Talks resumed.\n\n'We speak for the students' union and the teachers',' she said.", "We speak for the students' union and the teachers'", "she"},
		{"Talks resumed.\n\n‘We speak for the students’ union and the teachers’,’ she said.", "We speak for the students’ union and the teachers’", "she"},
		{"Talks resumed.\n\nShe said: ‘We speak for the teachers’.’", "We speak for the teachers’.", "She"},
	})
	d := newDoc("‘We speak for the teachers’, she said, ‘and the pupils.’")
	if len(d.quotes) != 2 {
		t.Errorf("%d quotations, want 2", len(d.quotes))
	}
	d.release()
}
