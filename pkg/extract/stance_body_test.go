package extract

import "testing"

// TestBodyStance covers the stance verbs of body text: after an agent
// subject they frame their object, with its reason or label up to the
// clause's end but without time or place adjuncts; a passive, a perfect, a
// negation, an infinitive and the training mode leave them alone.
func TestBodyStance(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "Mayor Ann Lee dismissed the audit as a partisan stunt, then left the hall.", content: "the audit as a partisan stunt", mention: "Mayor Ann Lee"},
		{text: head + "The governor on Tuesday dismissed concerns that the plan would raise rents.", content: "concerns that the plan would raise rents", mention: "The governor"},
		{text: head + "Jo Kim lambasted the council for its vote on the bridge at a meeting in May.", content: "the council for its vote on the bridge", mention: "Jo Kim"},
		{text: head + "Rep. Tom Ortiz, who rebuked the mayor last week, will not run again.", content: "the mayor", mention: "Rep. Tom Ortiz, who"},
		{text: head + "Lee hailed the deal on Monday.", content: "the deal", mention: "Lee"},
		{text: head + "Mayor Lee thanked the volunteers for their work on Sunday.", content: "the volunteers for their work", mention: "Mayor Lee"},
		{text: head + "Kim spoke first, congratulating the winner.", content: "the winner", mention: "Kim"},
		// a finite "defended" is rule-accepted with the same object end
		{text: head + "Mayor Lee defended her record as a budget hawk in a radio interview on Sunday.", content: "her record as a budget hawk", mention: "Mayor Lee"},
		{text: head + "Senator Kim opposes the pipeline on the river, despite the jobs.", content: "the pipeline on the river", mention: "Senator Kim"},
		// a negated infinitive after the addressee of "urge"
		{text: head + "The sheriff urged residents not to drive on the flooded roads.", content: "residents not to drive on the flooded roads", mention: "The sheriff"},
		// a participle after a comma continues the sentence's subject
		{text: head + "Senator Jo Kim fired back on Friday, attacking the mayor for his budget.", content: "the mayor for his budget", mention: "Senator Jo Kim"},
		{text: head + "Kim spoke for an hour, dismissing critics and praising the staff.", content: "critics", mention: "Kim"},
	})
	checkNoStatements(t, ex, []string{
		head + "The coach was dismissed on Monday after a poor season.",
		head + "Lee has dismissed the report.",
		head + "Lee did not dismiss the aide.",
		head + "Lee wants to dismiss the case.",
		head + "The judge dismissed.",
		head + "The judge was attacking the case.",
		head + "He worked at a law firm that defended the oil companies.",
	})
}

// TestBlasted covers "blasted": its object is the content, or the reason
// that follows the object (blasted_reason.go).
func TestBlasted(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	head := "Budget fight goes on.\n\n"
	checkContents(t, ex, []contentCase{
		{text: head + "In a statement, Governor Lee blasted the council.", content: "the council", mention: "Governor Lee"},
		// an apposition between the subject and the verb (inference only)
		{text: head + "Lee, the mayor, dismissed the report as a hoax.", content: "the report as a hoax", mention: "Lee, the mayor"},
		{text: head + "Governor Lee blasted the Federal Election Commission (FEC) on Tuesday for its ruling.", content: "its ruling", mention: "Governor Lee"},
	})
	checkNoStatements(t, ex, []string{
		head + "Music blasted from the speakers.",
	})
}

// TestCoordinatedStance covers "... but defended X as Y" after another
// statement of the same subject: the object with its label, at inference;
// without a noun-phrase object the cue's own frame stays.
func TestCoordinatedStance(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nLee complained about the tone but defended Ruiz as a mainstream candidate.", content: "Ruiz as a mainstream candidate", mention: "Lee"},
	})
}
