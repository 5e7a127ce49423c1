package extract

import "testing"

// TestSoSaid covers "“A.” So said the judge.": the judge's direct
// statement, no statement of "So"; "So he said ..." keeps its subject, and
// training has no such frame.
func TestSoSaid(t *testing.T) {
	ex := New(nil)
	checkMentions(t, ex, []mentionCase{
		{"straight marks", "\"It's over.\" So said the judge.", "It's over.", "the judge"},
		{"present", "“We will rebuild.” So says the mayor.", "We will rebuild.", "the mayor"},
		{"pronoun subject", "So he said the plan had failed.", "the plan had failed", "he"},
	})
	for _, q := range ex.Extract("He left. So said the judge.") {
		t.Errorf("no quotation: statement %q", q.Text)
	}
	d := newDoc("\"It's over.\" So said the judge.")
	defer d.release()
	k := 5 // "So"
	if d.word(k) != "so" || !d.soSaid(d.sents[0], k) {
		t.Fatalf("token %d %q: no fronted So", k, d.word(k))
	}
	d.training = true
	if d.soSaid(d.sents[0], k) {
		t.Errorf("training: a fronted So")
	}
}
