package extract

import "testing"

// TestMannerTail: a manner phrase after a trailing frame's cue is no
// content; the clause before the comma is.
func TestMannerTail(t *testing.T) {
	ex := New(nil)
	checkStatementTexts(t, ex, []statementText{
		{"Verdict\n\nThe deal was done, the source said under oath.", "The deal was done"},
		{"Verdict\n\nThe money was gone, he said on camera.", "The money was gone"},
		{"Verdict\n\nThe plan will fail, an official said off the record.", "The plan will fail"},
		// near misses: other phrases after the cue, a forward frame
		{"Verdict\n\nThe deal was done, the source said on Monday.", "The deal was done"},
		{"Verdict\n\nThe source said on the record that the deal was done.", "that the deal was done"},
		// a manner phrase before a that-clause opens no content
		{"Verdict\n\nHe said under oath that the deal was done.", "that the deal was done"},
		{"Verdict\n\nThe source said off the record that the deal was done.", "that the deal was done"},
		// near miss: another phrase before the clause stays as before
		{"Verdict\n\nHe said on Monday that the deal was done.", "that the deal was done"},
	})
	d := newDoc("Verdict\n\nThe source said under oath that it was done.")
	defer d.release()
	for _, a := range d.findAttributions() {
		if d.mannerTail(a, a.cue.e) {
			t.Errorf("a manner phrase before a that-clause taken for a tail")
		}
	}
}
