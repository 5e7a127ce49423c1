package extract

import "testing"

// TestBlockAfterColon covers a speech cue whose sentence ends its paragraph
// with a colon before an unquoted block quotation: the block is the
// content, and an opening adjunct is not.
func TestBlockAfterColon(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "The vote is next week.\n\nIn a letter to members last spring, the chairman wrote:\n\nNo one should mistake our patience for weakness, and we will not give up the fight.\n\nMembers were split."
	q := find(t, ex.Extract(text), "No one should mistake")
	if q.Text != "No one should mistake our patience for weakness, and we will not give up the fight." {
		t.Errorf("content %q, want the block paragraph", q.Text)
	}
	if m := mention(text, q); m != "the chairman" {
		t.Errorf("mention %q, want the subject", m)
	}
}
