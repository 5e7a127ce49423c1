package extract

import "testing"

// TestGerundTopic covers a topic opened by a gerund: it ends at its
// clause's comma, not after the gerund.
func TestGerundTopic(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The talks were slow. Some countries are talking about rushing through the final steps, possibly this year.", content: "rushing through the final steps", mention: "Some countries"},
		{text: "The race was close. Lee talked about raising the minimum wage, and the crowd cheered.", content: "raising the minimum wage", mention: "Lee"},
	})
}
