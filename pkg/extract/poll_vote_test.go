package extract

import "testing"

// TestPollVote covers a poll's share that "would vote for" a candidate:
// rule-accepted at inference with the candidate alone as the content; not
// after "said they", not in a question, not without a share.
func TestPollVote(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nAmong Democrats, 56 percent would vote for Ruiz for president.", content: "Ruiz", mention: "56 percent"},
		{text: "Vote Set.\n\nThirty-seven percent would vote for Senator Lee.", content: "Senator Lee", mention: "Thirty-seven percent"},
	})
	for _, text := range []string{
		"Vote Set.\n\nOverall, 45 percent of voters said they would vote for the governor.",
		"Vote Set.\n\nWould 45 percent vote for the governor?",
		"Vote Set.\n\nMany people would vote for the governor.",
	} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			if a.cueText == "poll vote" {
				t.Errorf("%q: unexpected poll vote frame", text)
			}
		}
		d.release()
	}
	if !spelledNumber("thirty-seven") || spelledNumber("well-known") {
		t.Error("spelledNumber")
	}
}
