package extract

import (
	"strings"
	"testing"
)

// TestSpeechRecallCue2 covers the cue forms added in the cue2 round: a verb
// "claim(s)" inside an object relative clause and more speech verbs that
// take an addressee after "to" before their that-clause, and a clause after
// the cue that wins over a quoted fragment before the frame, and a subject
// whose apposition ends in a quoted title, and a passive blame cue whose
// subject and reason ("was criticized for ...") are the content, and an
// as-frame whose main clause holds another frame. The accept model
// is off: these tests check the rules, not a trained model's choice.
func TestSpeechRecallCue2(t *testing.T) {
	cases := []mentionCase{
		{"claims in a relative clause before an auxiliary", `The mayor feuded with the Ledger, which he claims has been unfair to him.`, "has been unfair to him", "he"},
		{"claim in a that-relative after a plural subject", `It is a levy that farmers claim will ruin them.`, "will ruin them", "farmers"},
		{"claims in a relative clause before a past tense", `Ruiz praised the speech, which the senator claims affirmed the town's values.`, "affirmed the town's values", "the senator"},
		{"suggested to an addressee", `The professor suggested to reporters that the plant could close.`, "that the plant could close", "The professor"},
		{"clause after a quoted fragment of the clause before", `Although Ruiz admitted that the two had "worked together for years," she insisted they had never met.`, "they had never met", "she"},
		{"apposition ending in a quoted title", `Ann Lee, host of WXYZ's "Morning Talk," suggested that the mayor could lose.`, "that the mayor could lose", `Ann Lee, host of WXYZ's "Morning Talk,"`},
		{"apposition ending in a quoted nickname", `Tom Ruiz, the hacker known as "Ghost," stated that he had entered the server.`, "that he had entered the server", `Tom Ruiz, the hacker known as "Ghost,"`},
		{"passive blame with an agent and a reason", `The senator has been criticized by some rivals for skipping the hearings.`, "for skipping the hearings", "some rivals"},
		{"as-frame before a main clause with its own cue", `As reported by the Ledger, auditors found two missing ledgers.`, "auditors found two missing ledgers", "the Ledger"},
		{"reported to an addressee", `The charity reported to the state that its director earned $90,000.`, "that its director earned $90,000", "The charity"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestCue2Nouns: the same shapes with a noun give no statement.
func TestCue2Nouns(t *testing.T) {
	ex := withoutAccept()
	checkNoStatements(t, ex, []string{
		`The doubts that her claims were false grew.`,
		`The charity reported to the police on Monday.`,
		`The mayor was criticized by the council.`,
	})
}

// TestPassiveBlameContent: the subject before a passive blame cue is part of
// the content, and without a "by" agent there is no speaker mention.
func TestPassiveBlameContent(t *testing.T) {
	ex := withoutAccept()
	text := `The mayor was repeatedly criticized for raising fees.`
	qs := ex.Extract(text)
	if len(qs) != 1 {
		t.Fatalf("got %d statements, want 1: %+v", len(qs), qs)
	}
	if got := qs[0].Text; !strings.Contains(got, "The mayor") || !strings.Contains(got, "for raising fees") {
		t.Errorf("content %q, want the subject and the reason", got)
	}
	if m := mention(text, qs[0]); m != "" {
		t.Errorf("mention %q, want none", m)
	}
}
