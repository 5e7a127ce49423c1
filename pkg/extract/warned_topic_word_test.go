package extract

import "testing"

// TestWarnedOneWord covers a one-word topic of "warned of / against /
// about"; a pronoun stays no content.
func TestWarnedOneWord(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Scholz warns against escalation", content: "escalation", mention: "Scholz"},
		{text: "IMF warns of recession", content: "recession", mention: "IMF"},
		{text: "Lee warned about complacency, saying the race was close.", content: "complacency", mention: "Lee"},
	})
	checkNoStatements(t, ex, []string{"Lee warned of it."})
}
