package extract

import "testing"

// TestQuotedAsSaying: the passive "was quoted (cited) as saying", "is
// reported to have said" is a statement of the person quoted, with a quotation before it or a clause after it, an
// agent in the middle or at the end; the active "TASS quoted Lavrov as
// saying" stays the outlet's, as annotated.
func TestQuotedAsSaying(t *testing.T) {
	ex := New(DefaultAliases()) // with the models: a candidate they drop may hold the same words
	for _, c := range []struct{ text, sub, mention, content string }{
		{"“We are ready,” Lavrov was quoted as saying by TASS.", "We are ready", "Lavrov", "“We are ready,”"},
		{"Lavrov was quoted as saying that Moscow was ready.", "Moscow was ready", "Lavrov", "that Moscow was ready"},
		{"Lavrov was quoted as saying by TASS that Moscow was ready.", "Moscow was ready", "Lavrov", "that Moscow was ready"},
		{"Ana Ruiz was quoted by Reuters as saying the plan had failed.", "the plan had failed", "Ana Ruiz", "the plan had failed"},
		{"Peskov was also quoted as saying the talks would resume.", "the talks would resume", "Peskov", "the talks would resume"},
		{"“We are ready,” Braynard is quoted as saying.", "We are ready", "Braynard", "“We are ready,”"},
		{"TASS quoted Lavrov as saying that Moscow was ready.", "Moscow was ready", "TASS", "Lavrov as saying that Moscow was ready"},
		{"Peskov was cited as saying the offer stood.", "the offer stood", "Peskov", "the offer stood"},
		{"Lavrov is reported to have said that the deal was dead.", "the deal was dead", "Lavrov", "that the deal was dead"},
		{"The senator is said to have told aides that he would run.", "he would run", "The senator", "that he would run"},
	} {
		q := find(t, ex.Extract(c.text), c.sub)
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
		if got := c.text[q.Content[0].Start:q.Content[len(q.Content)-1].End]; got != c.content {
			t.Errorf("%q: content %q, want %q", c.text, got, c.content)
		}
	}
}

// TestReportedToHaveBelief: a belief after "is reported to have" stays an
// infinitive, no statement.
func TestReportedToHaveBelief(t *testing.T) {
	for _, q := range withoutAccept().Extract("Smith was reported to have hoped for a deal.") {
		t.Errorf("unexpected statement %q", q.Text)
	}
}
