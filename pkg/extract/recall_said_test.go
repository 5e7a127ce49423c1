package extract

import "testing"

// TestSpeechRecallSaid covers "said" frames the rules missed: subjects
// before dash asides, bare clauses after adjuncts. The accept model is
// off: these tests check the rules, not a trained model's choice.
func TestSpeechRecallSaid(t *testing.T) {
	cases := []mentionCase{
		{"prepositional subject before a dash aside", `Farmers in both counties — Polk and Story — said the rain came too late.`, "the rain came too late", "Farmers in both counties"},
		{"quotation inside a dash aside", `The mayor — who once called the tunnel “a money pit” — said on Monday that the work would resume.`, "that the work would resume", "The mayor"},
		{"bare clause after an adjunct", `Ms. Ford said in a statement the audit was routine.`, "the audit was routine", "Ms. Ford"},
		{"bare clause after a long adjunct", `Ms. Ford said during a call with reporters the fee was paid in March.`, "the fee was paid in March", "Ms. Ford"},
		{"participle after an opening place with here", `Here in Reno, Ms. Diaz repeated her pledge on housing, saying, “Nobody sleeps outside.”`, "Nobody sleeps outside.", "Ms. Diaz"},
		{"coordinated verb after a time phrase without a comma", `Two hours later they closed the gates, moved the buses and said the game would go on.`, "the game would go on", "they"},
		{"pronoun standing for the sentence before according to", `Turnout rose by a third. That’s according to a survey by the county clerk.`, "That", "a survey"},
		{"place and state inside the addressee's adjunct", `Ms. Lane told diners at a busy Dayton, Ohio, cafe that she would stay in the race.`, "that she would stay in the race", "Ms. Lane"},
		{"two-word state before a time adjunct", `Mr. Kohl told a crowd in Nashua, New Hampshire, on Monday that the plant would reopen.`, "that the plant would reopen", "Mr. Kohl"},
		{"age and hometown apposition", `“The bus never comes,” Rita Gomez, 41, of Mesa, Ariz., said on Friday.`, "The bus never comes", "Rita Gomez, 41, of Mesa, Ariz."},
		{"age, hometown and relative clause", `“I will wait,” Ed Fox, 67, of Austin, who voted early, said in an interview.`, "I will wait", "Ed Fox, 67, of Austin"},
		{"participle aside quoting a phrase", `Ms. Rowe, citing “the quiet strength of the town,” said the mill would reopen.`, "the mill would reopen", "Ms. Rowe"},
		{"time adjunct with since after the addressee", `He has told aides since the summer, in calls and at dinners, that he will not run again.`, "that he will not run again", "He"},
		{"name opening the clause after an object pronoun", `The hall went quiet when she told them Harlan “has never paid a cent.”`, "has never paid a cent.", "she"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
