package extract

import "testing"

// TestPronounObject: a bare "it" or "this" after the cue and before a
// punctuation mark is the cue's object, no content; a pronoun that is the
// subject after an aside, a participle's statement after it and a quoted
// "it" stay.
func TestPronounObject(t *testing.T) {
	ex := New(nil)
	checkNoStatements(t, ex, []string{
		"Budget\n\nThe governor said it, before clarifying that she meant the budget.",
		"Budget\n\nHe said it, too.",
		"Budget\n\nThe coach said this, and then left the room.",
		"Budget\n\nShe said it; then she apologised.",
	})
	checkContents(t, ex, []contentCase{
		{"Budget\n\nThe mayor said it, if passed, would cost jobs.", "it, if passed, would cost jobs", "The mayor"},
		{"Budget\n\nThe senator said it, adding that the bill was dead.", "that the bill was dead", "The senator"},
	})
	checkContents(t, ex, []contentCase{
		{"Budget\n\n\"I said it, and I meant it,\" the governor said.", "I said it, and I meant it", "the governor"},
	})
	// a colon announces what was said: the statement stays
	text := "Budget\n\nShe said this: the deal is dead."
	checkSpans(t, text, ex.Extract(text))
	find(t, ex.Extract(text), "the deal is dead")
}
