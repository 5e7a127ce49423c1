package extract

import "testing"

// TestSpeechRecall3 covers the forms added in the third recall round: each
// text must give a statement holding sub with the given mention.
func TestSpeechRecall3(t *testing.T) {
	cases := []mentionCase{
		{"colon headline with a nested frame", "Mayor Ortiz: I'd consider a third term.\n\nThe mayor spoke on Friday.", "I'd consider a third term", "Mayor Ortiz"},
		{"colon headline with a belief verb inside", "Ana Ortiz: Lee thinks the levy is too high.\n\nOrtiz spoke on Friday.", "Lee thinks the levy is too high", "Ana Ortiz"},
		{"nounish cue as a noun subject", "Governor Lee: My school plans aren't dead yet.\n\nLee spoke on Friday.", "My school plans aren't dead yet", "Governor Lee"},
		{"as reported by a source", `As first reported by the Ledger, the county had closed the pool.`, "the county had closed the pool", "the Ledger"},
		{"show title in the introductory adjunct", `Monday on WXYZ’s “Morning Desk,” Sen. Ann Lee said the tax bill is dead.`, "the tax bill is dead", "Sen. Ann Lee"},
		{"approximate quantity after the cue", `The agency said about half of the grants went to rural schools.`, "about half of the grants went to rural schools", "The agency"},
		{"closing single and double marks run together", `''We were told, 'It is a special case,''' Mr. Grant said. ''It was not.''`, "We were told", "Mr. Grant"},
	}
	ex := New(nil)
	checkMentions(t, ex, cases)
}

// TestQuickToPointOut: an infinitive cue after "be quick to", "go out of
// one's way to", "be right to" keeps the matrix subject.
func TestQuickToPointOut(t *testing.T) {
	for _, c := range []struct{ text, sub, mention string }{
		{`Aides to the mayor are quick to point out that she won the last two races.`, "that she won the last two races", "Aides to the mayor"},
		{`The coaches are all quick to point out that the field is wet.`, "that the field is wet", "The coaches"},
		{`He went out of his way to say that the plant would stay open.`, "that the plant would stay open", "He"},
		{`The auditor is right to note that the fund is short.`, "that the fund is short", "The auditor"},
	} {
		qs := New(nil).Extract(c.text)
		checkSpans(t, c.text, qs)
		q := find(t, qs, c.sub)
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
}

// TestReportedGerund: "reported" takes a gerund content ("reported spending
// $2 million on ads"); the accept model is off, as these tests check the rules, not a trained model's choice.
func TestReportedGerund(t *testing.T) {
	cut, _ := DefaultModels()
	text := `The county party reported spending $40,000 on radio ads in May.`
	qs := NewWithModels(nil, cut, nil).Extract(text)
	checkSpans(t, text, qs)
	q := find(t, qs, "spending $40,000 on radio ads")
	if m := mention(text, q); m != "The county party" {
		t.Errorf("mention %q", m)
	}
}

// TestInChargeNoCue: "in charge of" is no accusation.
func TestInChargeNoCue(t *testing.T) {
	text := `Ann Lee, the engineer in charge of the dam, warned that the spillway was cracked.`
	qs := New(nil).Extract(text)
	checkSpans(t, text, qs)
	for _, q := range qs {
		if q.CueText == "charge" {
			t.Errorf("cue %q: %q", q.CueText, q.Text)
		}
	}
	find(t, qs, "that the spillway was cracked")
}
