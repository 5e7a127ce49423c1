package extract

import "testing"

// TestQuotedCue covers a quotation that opens with the speaker's own verb
// right after the sentence's subject: a partial statement of that subject,
// not a continuation of the statement before.
func TestQuotedCue(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Okafor “reiterated the county’s commitment” to the clinic.`, "the county’s commitment” to the clinic", "Okafor"},
		{`The mayor spoke first. The governor “warned of deep cuts” if the bill failed.`, "of deep cuts” if the bill failed", "The governor"},
		{`The senator “insisted” that the vote would go ahead.`, "that the vote would go ahead", "The senator"},
	})
	qs := ex.Extract(`The mayor said the ferry would run. Okafor “reiterated the county’s commitment” to the clinic.`)
	q := find(t, qs, "the county’s commitment")
	if m := mention(`The mayor said the ferry would run. Okafor “reiterated the county’s commitment” to the clinic.`, q); m != "Okafor" || q.Kind != KindPartial || q.CueText != "reiterated" {
		t.Errorf("got mention %q kind %s cue %q, want Okafor, partial, reiterated", m, q.Kind, q.CueText)
	}
	// the sentence's own frame holds the quotation; no verb opens it; a nickname
	qs = ex.Extract(`Okafor “reiterated the county’s commitment” to the clinic, her office said.`)
	for _, q := range qs {
		if q.CueText == "reiterated" {
			t.Errorf("unexpected statement of the quoted verb: %q", q.Text)
		}
	}
	checkNoStatements(t, ex, []string{
		`Lee “Hurricane” Jones won the race.`,
		`The band “Said the Whale” played last.`,
		`Okafor “strongly” opposed the plan.`,
	})
}
