package extract

import "testing"

// TestMediumRelative: a relative clause on the medium before the statement's
// "that" is no content; a "that" that opens the statement stays.
func TestMediumRelative(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Talks\n\nThe senator told CNN in an interview that aired Sunday that the bill would pass.", content: "that the bill would pass", mention: "The senator"},
		{text: "Talks\n\nLee told reporters in a briefing that was broadcast live that the war was over.", content: "that the war was over", mention: "Lee"},
		{text: "Talks\n\nLee said in a statement that taxes were too high and that spending must fall.", content: "that taxes were too high and that spending must fall", mention: "Lee"},
	})
}
