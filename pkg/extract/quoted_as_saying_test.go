package extract

import "testing"

// TestQuotedAsSaying: the passive "was quoted as saying" is a statement of
// the person quoted, with a quotation before it or a clause after it, an
// agent in the middle or at the end; the active "TASS quoted Lavrov as
// saying" stays the outlet's, as annotated.
func TestQuotedAsSaying(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, mention, content string }{
		{"“We are ready,” Lavrov was quoted as saying by TASS.", "We are ready", "Lavrov", "“We are ready,”"},
		{"Lavrov was quoted as saying that Moscow was ready.", "Moscow was ready", "Lavrov", "that Moscow was ready"},
		{"Lavrov was quoted as saying by TASS that Moscow was ready.", "Moscow was ready", "Lavrov", "that Moscow was ready"},
		{"Ana Ruiz was quoted by Reuters as saying the plan had failed.", "the plan had failed", "Ana Ruiz", "the plan had failed"},
		{"Peskov was also quoted as saying the talks would resume.", "the talks would resume", "Peskov", "the talks would resume"},
		{"“We are ready,” Braynard is quoted as saying.", "We are ready", "Braynard", "“We are ready,”"},
		{"TASS quoted Lavrov as saying that Moscow was ready.", "Moscow was ready", "TASS", "Lavrov as saying that Moscow was ready"},
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
