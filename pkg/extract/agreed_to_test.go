package extract

import "testing"

// TestAgreedTo covers "agreed to" + verb: the infinitive is the content,
// rule-accepted at inference; a noun object, a source's condition, a
// relative clause on the object and training give no such frame.
func TestAgreedTo(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Deal Set.\n\nThe company agreed to pay $3 million to settle the claims.", content: "to pay $3 million to settle the claims", mention: "The company"},
		{text: "Deal Set.\n\nSenator Lee has agreed to serve as chairman of the fund.", content: "to serve as chairman of the fund", mention: "Senator Lee"},
		{text: "Deal Set.\n\nThe firm then agreed to be acquired by a rival.", content: "to be acquired by a rival", mention: "The firm"},
		{text: "Deal Set.\n\nSenator Lee had hoped to do better with young voters, but he lost.", content: "to do better with young voters", mention: "Senator Lee"},
		{text: "Deal Set.\n\nLee and Ruiz pledged to work together on the budget.", content: "to work together on the budget", mention: "Lee and Ruiz"},
		{text: "Deal Set.\n\nThe governor vows to press on to the next primary.", content: "to press on to the next primary", mention: "The governor"},
		{text: "Deal Set.\n\nIn May, the city council voted to pay $5 million to the victims.", content: "to pay $5 million to the victims", mention: "the city council"},
		{text: "Deal Set.\n\nSeveral donors opted to sit out the convention this year.", content: "to sit out the convention this year", mention: "Several donors"},
		{text: "Deal Set.\n\nRepublicans are looking to win back the state this fall.", content: "to win back the state this fall", mention: "Republicans"},
		{text: "Deal Set.\n\nHis campaign was still hoping to pick up delegates in the west.", content: "to pick up delegates in the west", mention: "His campaign"},
		{text: "Deal Set.\n\nRepublicans will pledge to appoint strict judges next year.", content: "to appoint strict judges next year", mention: "Republicans"},
	})
	checkNoStatements(t, ex, []string{
		"Deal Set.\n\nThe mayor agreed to a moratorium on new permits.",
		"Deal Set.\n\nBob agreed to talk on the condition that his name not be used.",
		"Deal Set.\n\nIt is a rare meeting that the two rivals agreed to hold last week.",
		"Deal Set.\n\nThe aide agreed to be interviewed at the office.",
		"Deal Set.\n\nIt is a state that she hoped to carry by a wide margin.",
		"Deal Set.\n\nThe city has raised $5 million of the $8 million it pledged to pay for the event.",
		"Deal Set.\n\nHe is a bully who has repeatedly pledged to ban all tourists.",
		"Deal Set.\n\nThe union voted to endorse Ortiz last July.",
		"Deal Set.\n\nThe party will need enough votes to pass the bill.",
		"Deal Set.\n\nBuyers looking to buy guns must wait.",
		"Deal Set.\n\nThe party required him to pledge to support the nominee.",
	})
	d := newDoc("Deal Set.\n\nThe company agreed to pay $3 million to settle the claims.")
	defer d.release()
	d.training = true
	for _, a := range d.findAttributions() {
		if a.cueText == "agree" {
			t.Errorf("agreement frame built while training")
		}
	}
}
