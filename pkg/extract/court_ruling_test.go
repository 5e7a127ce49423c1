package extract

import "testing"

// TestCourtRuling covers "the court ruled that X", "the justices held that
// X", "X, the judge ruled." and "ruled the death a homicide": the ruling is the court's statement,
// rule-accepted at inference; relative clauses, "held talks", "ruled out"
// and training give no such frame.
func TestCourtRuling(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "The court ruled that the law was unconstitutional.", content: "that the law was unconstitutional", mention: "The court"},
		{text: "A federal judge ruled Monday that the ban could not take effect.", content: "that the ban could not take effect", mention: "A federal judge"},
		{text: "The Supreme Court held that the statute violated the First Amendment.", content: "that the statute violated the First Amendment", mention: "The Supreme Court"},
		{text: "The ban cannot take effect, a federal judge ruled on Tuesday.", content: "The ban cannot take effect", mention: "a federal judge"},
		{text: "The referee ruled that the goal should stand.", content: "that the goal should stand", mention: "The referee"},
		{text: "The Supreme Court ruled, 5-4, that the law was valid.", content: "that the law was valid", mention: "The Supreme Court"},
		{text: "The court ruled 6-3 that the law was valid.", content: "that the law was valid", mention: "The court"},
		{text: "The justices ruled unanimously that the law was valid.", content: "that the law was valid", mention: "The justices"},
		{text: "The court ruled in a 6-3 decision that the law was valid, overturning a lower court.", content: "that the law was valid", mention: "The court"},
		{text: "The ban is illegal, the court ruled late Friday.", content: "The ban is illegal", mention: "the court"},
		{text: "The medical examiner ruled the death a homicide.", content: "the death a homicide", mention: "The medical examiner"},
		{text: "The coroner ruled it a suicide.", content: "it a suicide", mention: "The coroner"},
	})
	for _, q := range ex.Extract("The court ruled that the law was unconstitutional.") {
		if !q.IsSpeech {
			t.Errorf("a ruling is a statement, not a belief: %+v", q)
		}
	}
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "rule", training) != ""
	}
	for _, text := range []string{
		"The judges who ruled that the map was illegal were appointed by Obama.",
		"The panel that ruled that the law was void met again.",
		"The president held talks with the judge.",
		"The court held a hearing on Monday.",
		"The judge held that view for years.",
		"He was ruled out of the match.",
		"The party has ruled the country since 1990.",
		"The judge ruled in favor of the city.",
		"The party ruled the country a decade.",
		"The court ruled in a case that involved two firms.",
		"Did the court rule that the law was void?",
	} {
		if framed(text, false) {
			t.Errorf("%q: ruling frame", text)
		}
	}
	if framed("The court ruled that the law was unconstitutional.", true) {
		t.Errorf("frame built while training")
	}
}

// TestCourtFinding covers a court's, judge's or jury's "found that": a
// statement (is_speech), while a study's or investigators' finding stays a
// belief.
func TestCourtFinding(t *testing.T) {
	ex := New(nil)
	for text, speech := range map[string]bool{
		"The jury found that the company had acted negligently.":     true,
		"The judge found that the officers had lied.":                true,
		"The study found that people who sleep less eat more sugar.": false,
		"Investigators found that the brakes had failed.":            false,
	} {
		qs := ex.Extract(text)
		if len(qs) != 1 {
			t.Errorf("%q: %d statements, want 1", text, len(qs))
			continue
		}
		if qs[0].IsSpeech != speech {
			t.Errorf("%q: is_speech %v, want %v", text, qs[0].IsSpeech, speech)
		}
	}
}
