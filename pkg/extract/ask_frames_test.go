package extract

import "testing"

// TestAskFrames covers the questions, topics and requests of "asked" after
// an addressee or a passive: the asker (or the passive's agent) is the
// mention, a passive without an agent has none, and the topic or request
// ends before an adjunct or the agent. Rule-accepted at inference only.
func TestAskFrames(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "A reporter asked the governor whether she would veto the bill.", content: "whether she would veto the bill", mention: "A reporter"},
		{text: "The host asked the senator on Friday how he would pay for the plan, and he laughed.", content: "how he would pay for the plan", mention: "The host"},
		{text: "The mayor was asked by a reporter whether he would run again.", content: "whether he would run again", mention: "a reporter"},
		{text: "The mayor was asked whether the budget would pass, and he shrugged.", content: "whether the budget would pass"},
		{text: "The mayor was asked about the new stadium during the town hall.", content: "the new stadium"},
		{text: "The mayor was asked about raising the fares.", content: "raising the fares"}, // a gerund topic
		{text: "The senator has been asked to release the letters by the committee.", content: "to release the letters"},
		{text: "Voters were also asked to name the winner.", content: "to name the winner"},
	})
	checkNoStatements(t, ex, []string{
		"The clerk was asked by the judge.",
		"The voters were asked.",
		"The singer was not asked to perform at the gala this year.",
	})
	d := newDoc("A reporter asked the governor whether she would veto the bill.")
	defer d.release()
	for _, a := range d.findAttributions() {
		if a.class == cueAsk && !a.ruleAccepted {
			t.Errorf("asked question not rule-accepted")
		}
	}
	d.training = true
	if got := d.findAttributions(); len(got) != 0 {
		t.Errorf("training candidates: %d, want none", len(got))
	}
}

// TestAskedAdjunctQuestion covers the question after a name in the adjunct
// of an opening or "when" asked: the walk over "on Fox News" or "by a
// reporter" reaches it.
func TestAskedAdjunctQuestion(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Asked on Channel Four who leads the party, the mayor laughed.", content: "who leads the party"},
		{text: "Asked during the debate why he trailed so badly, the mayor frowned.", content: "why he trailed so badly"},
		{text: "The mayor shrugged when asked by a reporter whether the plan was legal.", content: "whether the plan was legal", mention: "a reporter"}, // the agent asks (nonfinite_subject.go)
	})
}

// TestAskedRequest covers requests after an addressee ("asked the council
// to vote ...", the addressee included, as the annotation mostly marks it)
// and "asked for" with its object: one-verb requests and a participle
// after an adjunct are left out.
func TestAskedRequest(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "The mayor asked the council to approve the new budget.", content: "the council to approve the new budget", mention: "The mayor"},
		{text: "The senator spoke for an hour, asking voters to support the measure in the fall.", content: "voters to support the measure", mention: "The senator"},
		{text: "The union asked for a raise of three percent but got none.", content: "a raise of three percent", mention: "The union"},
	})
	checkNoStatements(t, ex, []string{
		"The mayor asked the chef to cook.",
		"The group started a petition on Monday asking the mayor to resign at once.",
	})
}

// TestAskedAboutAddressee covers the topic after "asked X about": the
// topic with its "about" is the content, not after "tried to ask".
func TestAskedAboutAddressee(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "A caller asked the senator about the closing of the old mill.", content: "about the closing of the old mill", mention: "A caller"},
	})
	checkNoStatements(t, ex, []string{
		"The guard pushed a reporter away as she tried to ask the senator about the mill.",
	})
}
