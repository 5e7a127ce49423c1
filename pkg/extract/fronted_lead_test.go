package extract

import "testing"

// TestSkipFrontedLead covers a fronted subordinate clause after a
// sentence-initial connective or "at a time": its content still ends at
// the clause's comma.
func TestSkipFrontedLead(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "However, while the party says it is close to its goal, it gets little help from the big firms.", content: "it is close to its goal", mention: "the party"},
		{text: "But as Lee argued that the vote was unfair, the count went on for days.", content: "that the vote was unfair", mention: "Lee"},
		{text: "At a time when experts said that the party would never win again, the governor proved them wrong.", content: "that the party would never win again", mention: "experts"},
		// a connective without a subordinator changes nothing
		{text: "But Lee said that the bill, which he wrote, is ready.", content: "that the bill, which he wrote, is ready", mention: "Lee"},
	})
	d := newDoc("However, while the party says it is close to its goal, it gets little help from the big firms.")
	if got := d.skipFrontedLead(0, 1); got != 0 {
		t.Errorf("skipFrontedLead passed the cue: %d", got)
	}
	d.release()
}
