package extract

import "testing"

// TestTitleApposition: an apposition that names its head ("known as",
// "titled") with a quoted title between the subject and its cue. The
// accept model is off: these tests check the rules.
func TestTitleApposition(t *testing.T) {
	cases := []mentionCase{
		{"known as a quoted nickname", `The hacker, known as “Bolt,” stated that he had reached the server.`, "that he had reached the server", "The hacker, known as “Bolt,”"},
		{"titled with a quoted title", `The ad, titled “Leader,” says the mayor is too risky.`, "the mayor is too risky", "The ad, titled “Leader,”"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestStateNoun: "state" after a determiner and a modifier is a noun, not
// a reporting verb; after a plural subject it is the verb.
func TestStateNoun(t *testing.T) {
	ex := withoutAccept()
	text := `Sen. Ana Ruiz, facing a tough race in Iowa, a swing state, said she would welcome the help.`
	for _, q := range ex.Extract(text) {
		if q.CueText == "state" {
			t.Errorf("%q: %q taken as a statement", text, q.Text)
		}
	}
	checkNoStatements(t, ex, []string{`Ohio will be the fifth state that the group is suing.`})
	checkMentions(t, ex, []mentionCase{
		{"plural subject of the verb", `The officials state that the plan is sound.`, "that the plan is sound", "The officials"},
	})
}
