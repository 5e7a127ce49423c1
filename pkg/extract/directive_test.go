package extract

import "testing"

// TestDirectiveContents covers a telling or warning cue whose content is an
// infinitive after the addressee, or a clause opened by a subject pronoun
// that is no addressee. The accept model is off: these check the rules.
func TestDirectiveContents(t *testing.T) {
	cases := []mentionCase{
		{"told an addressee not to", `The mayor told residents not to drink the water.`, "not to drink the water", "The mayor"},
		{"warned an addressee to", `Ruiz warned the board to stop the sale.`, "to stop the sale", "Ruiz"},
		{"advised an addressee to", `The lawyer advised the senator to stay silent.`, "to stay silent", "The lawyer"},
		{"reminded an addressee of a topic", `The governor reminded voters of her long record on schools.`, "of her long record on schools", "The governor"},
		{"warned an addressee against a topic", `The envoy warned the rebels against further attacks on the town.`, "further attacks on the town", "The envoy"},
		{"warned with a pronoun subject", `The farmers warned they could lose the harvest.`, "they could lose the harvest", "The farmers"},
		{"warned with 'it' as the subject", `Some doctors warned it would overwhelm the clinics.`, "it would overwhelm the clinics", "Some doctors"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestDirectiveNoInfinitive: "to" with a noun phrase after the addressee is
// no infinitive content, and "reminds me of" is a likeness.
func TestDirectiveNoInfinitive(t *testing.T) {
	ex := withoutAccept()
	checkNoStatements(t, ex, []string{
		`She told the story to the children.`,
		`The new stadium reminds me of the old one.`,
	})
}
