package extract

import "testing"

// TestFrontedSaidColon covers "Said one voter: “…”": the fronted cue's
// subject ends at the colon before the quotation, and the subject is no
// name label ("Said Smith"); without a quotation after the colon, or in
// training, there is no such frame.
func TestFrontedSaidColon(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"common noun", "Said one voter: \"I'm done with all of them.\"", "I'm done with all of them", "one voter"},
		{"name opening the paragraph", "Said Smith: \"I'm done.\"", "I'm done", "Smith"},
		{"after a sentence", "He left. Said his mother: \"He was a good boy.\"", "He was a good boy", "his mother"},
		{"label", "Jane Smith: \"I'm done.\"", "I'm done", "Jane Smith"},
	}, func(t *testing.T, q Quote) {
		if q.Kind != KindDirect {
			t.Errorf("kind %s, want direct", q.Kind)
		}
	})
	d := newDoc("Said one voter: the plan failed.")
	defer d.release()
	if d.frontedSaidColon(d.sents[0], 0, 3) {
		t.Errorf("no quotation after the colon: a fronted frame")
	}
	d2 := newDoc("Said one voter: \"No.\"")
	defer d2.release()
	if !d2.frontedSaidColon(d2.sents[0], 0, 3) {
		t.Errorf("no fronted frame")
	}
	d2.training = true
	if d2.frontedSaidColon(d2.sents[0], 0, 3) {
		t.Errorf("training: a fronted frame")
	}
}
