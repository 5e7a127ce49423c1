package extract

import "testing"

// TestSpeechRecallSaid covers "said" frames the rules missed: subjects
// before dash asides, bare clauses after adjuncts. The accept model is
// off: it was trained before these candidates existed.
func TestSpeechRecallSaid(t *testing.T) {
	cases := []mentionCase{
		{"prepositional subject before a dash aside", `Farmers in both counties — Polk and Story — said the rain came too late.`, "the rain came too late", "Farmers in both counties"},
		{"quotation inside a dash aside", `The mayor — who once called the tunnel “a money pit” — said on Monday that the work would resume.`, "that the work would resume", "The mayor"},
	}
	cut, _ := DefaultModels()
	ex := NewWithModels(nil, cut, nil)
	checkMentions(t, ex, cases)
}
