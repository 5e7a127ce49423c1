package extract

import "testing"

// TestLinkTeaser: a paragraph of links to other articles or of wire
// boilerplate has no statements; a paragraph that only opens with such a
// word does.
func TestLinkTeaser(t *testing.T) {
	const h = "Markets slide as rates rise\n\nStocks fell on Tuesday, traders said.\n\n"
	ex := withoutAccept()
	for _, text := range []string{
		h + "Read more: Why the Fed says inflation is sticky",
		h + "RELATED: Trump says tariffs will stay",
		h + "READ MORE Trump says tariffs will stay",
		h + "Related coverage | Biden says he will run",
		h + "Our Standards: The Thomson Reuters Trust Principles.",
	} {
		if qs := ex.Extract(text); len(qs) != 1 {
			t.Errorf("%q: %d statements, want only the traders'", text, len(qs))
		}
	}
	checkMentions(t, ex, []mentionCase{
		{"a paragraph opening with the word", h + "Related news is bad, officials said.", "Related news is bad", "officials"},
		{"more without a colon", h + "More on this later, she said.", "More on this later", "she"},
	})
}
