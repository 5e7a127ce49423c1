package extract

import "testing"

// TestHeadlineStance covers the headline-only stance verbs: after a name or
// a short noun phrase that opens the headline they report its stance, with
// the object up to a comma, an adjunct or a second verb; a verb after "And"
// shares the subject; a base form needs a plural subject; a passive, a
// relative clause, an idiom and the body text leave them alone.
func TestHeadlineStance(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	body := "\n\nThe statement came late on Monday after a long meeting."
	checkContents(t, ex, []contentCase{
		{text: "Senator Ann Lee Blasts Mayor For Missing The Vote, Quotes Scripture." + body, content: "Mayor For Missing The Vote", mention: "Senator Ann Lee"},
		{text: "Farm Bureau Endorses Jo Kim." + body, content: "Jo Kim", mention: "Farm Bureau"},
		{text: "Union chief rips Kim over pension plan." + body, content: "Kim", mention: "Union chief"},
		{text: "Teachers blast Kim in radio ad." + body, content: "Kim", mention: "Teachers"},
		{text: "Mayor Bob Diaz Backs Lee And Denounces Kim." + body, content: "Lee", mention: "Mayor Bob Diaz"},
		{text: "Union chief lashes out at Kim over pension plan." + body, content: "Kim", mention: "Union chief"},
		{text: "Governor assails critics as she signs budget." + body, content: "critics", mention: "Governor"},
		{text: "Farm groups push for new subsidies in budget." + body, content: "new subsidies", mention: "Farm groups"},
		// an object cue after the opening name ends like a stance verb
		{text: "Harvard defends climate articles amid criticism." + body, content: "climate articles", mention: "Harvard"},
		// a subordinate clause with its own subject and verb is the outlet's
		{text: "Mayor Lee Says No To Stadium As Council Delays Vote." + body, content: "No To Stadium", mention: "Mayor Lee"},
		{text: "Mayor Lee Praises Kim As Work Horse." + body, content: "Kim As Work Horse", mention: "Mayor Lee"},
		// the second verb keeps the first one's subject
		{text: "Mayor Bob Diaz Backs Lee And Denounces Kim." + body, content: "Kim", mention: "Mayor Bob Diaz"},
	})
	checkNoStatements(t, ex, []string{
		"Budget Plan Skewered By Senator Lee." + body,
		"Lee video that blasts Kim goes viral." + body,
		"Teacher blast Kim in radio ad." + body,
		"Budget debate hits home for farmers." + body,
		"Mayor Lee Fires Aide." + body, // no "back at"
		"Lee Pushes Aide Out." + body,  // no "for"
		"The senator met voters. Jo Kim blasts the plan every day.",
	})
}
