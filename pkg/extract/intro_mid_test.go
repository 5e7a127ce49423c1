package extract

import (
	"strings"
	"testing"
)

// TestMidIntroClause: a frame in a subordinate clause opened after ", and"
// or ", but" ends its content at the clause's comma; the main clause after
// it is the writer's. The accept model is off: these tests check the rules.
func TestMidIntroClause(t *testing.T) {
	cases := []mentionCase{
		{"and while", `The vote is close, and while Ruiz said he would back the bill, it is unlikely to pass.`, "he would back the bill", "Ruiz"},
		{"but even though", `Ruiz has the last word, but even though she said she will follow the panel, her rivals are still angry.`, "she will follow the panel", "she"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases, func(t *testing.T, q Quote) {
		for _, w := range []string{"unlikely", "angry"} {
			if strings.Contains(q.Text, w) {
				t.Errorf("content %q runs into the main clause", q.Text)
			}
		}
	})
}

// TestIntroClauseQuoteEnd: in an introductory clause, a quotation ending
// with a comma inside it ends the content; the main clause follows it.
func TestIntroClauseQuoteEnd(t *testing.T) {
	cases := []mentionCase{
		{"while with a closing quotation", `While Ana Ruiz said the plan was “a good start,” it failed anyway.`, "the plan was “a good start", "Ana Ruiz"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases, func(t *testing.T, q Quote) {
		if strings.Contains(q.Text, "failed") {
			t.Errorf("content %q runs into the main clause", q.Text)
		}
	})
}
