package extract

import "testing"

// TestMannerAddressee: a manner phrase between a tell cue's addressee and
// "that" leaves the that-clause the content; without "that" nothing is
// found.
func TestMannerAddressee(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Verdict\n\nShe told the court under oath that she was innocent.", "that she was innocent", "She"},
		{"Verdict\n\nHe told reporters off the record that the deal was dead.", "that the deal was dead", "He"},
		{"Verdict\n\nThe witness told the jury under cross-examination that he had lied.", "that he had lied", "The witness"},
		{"Verdict\n\nThe officer told the inquiry under questioning that no warning was given.", "that no warning was given", "The officer"},
	})
	checkNoStatements(t, ex, []string{"Verdict\n\nHe told the court under oath."})
}
