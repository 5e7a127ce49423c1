package extract

import "testing"

// TestReportParticiple covers a statement, report or ad that its subject
// puts out, described by a participle: the subject of the verb speaks and the
// participle's object is the content, over a particle ("sent out"), a plural
// noun without determiner and a time adjunct before the participle.
func TestReportParticiple(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: `The county board published a report detailing the rising cost of the new bridge.`, content: "the rising cost of the new bridge", mention: "The county board"},
		{text: `The mayor and the police chief have since released statements deploring the violence.`, content: "the violence", mention: "The mayor and the police chief"},
		{text: `The union sent out fund-raising letters highlighting the governor's remarks.`, content: "the governor's remarks", mention: "The union"},
		{text: `The auditor issued a report this week charging the agency with waste.`, content: "the agency with waste", mention: "The auditor"},
	})
	// a cue participle right after the noun keeps its own frame, and a
	// report that is not put out frames nothing
	checkNoStatements(t, ex, []string{`The company released its earnings report showing a loss.`, `He read a report detailing the costs.`})
}
