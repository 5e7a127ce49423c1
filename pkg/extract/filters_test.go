package extract

import (
	"strings"
	"testing"
)

// TestNotStatements lists texts where a candidate frame is no statement: the
// quote containing absent must not be found.
func TestNotStatements(t *testing.T) {
	cases := []struct{ name, text, absent string }{
		{"headline kicker", "Breaking: Mayor Quits After Budget Fight\n\nThe mayor left on Monday.", "Mayor Quits"},
		{"the latest", "The Latest: Storm Hits Coastal Towns\n\nThe storm arrived at dawn.", "Storm Hits"},
		{"correction note", "The council met on Friday.\n\nCorrection: The vote took place on Thursday, not Wednesday.", "The vote took place"},
		{"editor's note", "Editor's Note: The following is the second of three excerpts from a new book.", "The following is"},
		{"credit line", "The mayor left early.\n\nContributing: Ann Lee, Bo Park and Di Ross.", "Ann Lee"},
		{"roster after a colon", "The panel met in Concord.\n\nNew Hampshire: Ann Lee, Bo Park, Cy Young and Di Ross.", "Ann Lee"},
		{"states as a noun", "The race now moves to Western states that the senator is counting on.", "the senator is counting on"},
		{"states after a number", "She trails in the 12 states that vote next week.", "vote next week"},
		{"states after an adjective", "He lost ground in coastal states that have turned blue.", "have turned blue"},
		{"scene adjunct", "The senator spoke to farmers.\n\nIn a radio interview last spring, she said:\n\nWe cannot keep paying for this.", "In a radio interview"},
		{"scene subordinate clause", "Though she has rarely spoken about trade, the senator promised to fight the deal.", "rarely spoken"},
		{"scene with a show's name", "In an interview on “Face the Nation,” the governor vowed to veto the bill.", "In an interview"},
		{"scene time phrase", "Earlier in the week, the mayor called for a recount of the ballots.", "Earlier in the week"},
		{"scene participle", "Reflecting his father's style, he pledged to win the state.", "Reflecting"},
		{"scene dateline", "BOSTON, May 3 (Reuters) — The governor told a crowd of supporters to stay home.", "BOSTON"},
		{"work title after author of", "“The old rules are gone,” said Ann Lee, the author of “The Long Campaign.”", "The Long Campaign"},
		{"continue with an object", "The agency is continuing its review of the contract.", "its review"},
		{"add with an object", "The state economy added 12,000 jobs in March.", "12,000 jobs"},
		{"named thing", "The troupe is staging a comedy called “The Candidate's Sons.”", "The Candidate's Sons"},
		{"scene adjunct with clause", "During the debate, as the crowd booed, the mayor said nothing.", "During the debate"},
	}
	ex := New(nil)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, q := range ex.Extract(c.text) {
				if strings.Contains(q.Text, c.absent) {
					t.Errorf("unexpected quote %q (cue %q)", q.Text, q.CueText)
				}
			}
		})
	}
}

// TestSceneKeepsQuotation: a quotation after a statement whose content was
// only a scene-setting adjunct still has a speaker.
func TestSceneKeepsQuotation(t *testing.T) {
	text := "Mayor Ann Pratt toured the plant. At every stop, to cheering crowds, she vows to cut the tax. Then, the punch line: “I will call them up myself and tell them.”"
	qs := New(nil).Extract(text)
	q := find(t, qs, "I will call them up myself")
	if !strings.Contains(q.Speaker.Name, "Pratt") {
		t.Errorf("speaker %+v, want Ann Pratt", q.Speaker)
	}
	for _, q := range qs {
		if strings.Contains(q.Text, "At every stop") {
			t.Errorf("scene taken for content: %q", q.Text)
		}
	}
}

// TestStatesVerb: "states" with a subject of its own is still a cue (a rule
// candidate; the accept model weighs it).
func TestStatesVerb(t *testing.T) {
	for _, text := range []string{"The memo states that the plan failed.", "The ruling states that the plan failed.", "The proposal states that the plan failed."} {
		qs := NewWithModels(nil, nil, nil).Extract(text) // rule candidates
		q := find(t, qs, "the plan failed")
		if q.CueText != "state" { // the lemma
			t.Errorf("%q: cue %q, want state", text, q.CueText)
		}
	}
}

// TestMedialFrameKeepsContent: "A, she said, B" is no scene, whatever A
// opens with.
func TestMedialFrameKeepsContent(t *testing.T) {
	qs := NewWithModels(nil, nil, nil).Extract("But without a new budget, she said, the town would have to close the library.")
	find(t, qs, "without a new budget")
}

// TestSceneWithClause: an opening adjunct followed by a clause of its own
// is content ("In Ohio, Trump leads ..., the poll found").
func TestSceneWithClause(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	find(t, ex.Extract("In Ohio, the senator leads by four points, the poll found."), "the senator leads")
	find(t, ex.Extract("With most precincts reporting, Smith holds a narrow lead, the county said."), "Smith holds a narrow lead")
}

// TestContinuedQuotation: "continued" still frames a quotation or a
// that-clause.
func TestContinuedQuotation(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	find(t, ex.Extract("The mayor paused. She continued, “We will rebuild the bridge.”"), "We will rebuild")
	find(t, ex.Extract("The mayor paused. She continued that the bridge would be rebuilt."), "the bridge would be rebuilt")
	find(t, ex.Extract("“We are ready,” the mayor said, adding the bridge would open in May."), "the bridge would open in May")
}

// TestNestedReportDropped: a report inside the content of a kept statement
// belongs to that statement alone ("noted that engineers say X"); with the
// accept model off both candidates remain.
func TestNestedReportDropped(t *testing.T) {
	text := "The mayor noted on Monday that several engineers say the old bridge is unsafe."
	qs := New(nil).Extract(text)
	find(t, qs, "that several engineers say")
	for _, q := range qs {
		if q.CueText == "say" {
			t.Errorf("nested report kept: %q", q.Text)
		}
	}
	if len(NewWithModels(nil, nil, nil).Extract(text)) != 2 {
		t.Errorf("rule candidates: want the outer and the inner statement")
	}
}

// TestNestedAfterAbbreviation: a frame after an abbreviation period opens
// a new sentence, though the splitter keeps it in the sentence before.
func TestNestedAfterAbbreviation(t *testing.T) {
	qs := New(nil).Extract("Lee says he will wait for the results after the polls close at 7 p.m. He says “it is a long night for all of us.”")
	find(t, qs, "it is a long night")
}

// TestOverlapKeepsSurer: two statements never share content; the quoted
// fragment of a reported statement is not a second statement of its own.
func TestOverlapKeepsSurer(t *testing.T) {
	text := "The director said that the new policy was “a serious mistake,” according to two people at the meeting."
	if n := len(NewWithModels(nil, nil, nil).Extract(text)); n != 2 {
		t.Fatalf("rule candidates: %d, want 2", n)
	}
	qs := New(nil).Extract(text)
	find(t, qs, "that the new policy was")
	if len(qs) != 1 {
		t.Errorf("got %d statements, want 1: %+v", len(qs), qs)
	}
}

// TestSecondPredicate: an object content ends before a second predicate of
// the frame's subject; a clause content keeps its own coordinated verbs.
func TestSecondPredicate(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, want, absent string }{
		{"The network barely mentioned the remarks and went back to its panel.", "the remarks", "went back"},
		{"The board rejected both objections and ordered a new count.", "both objections", "ordered"},
		{"She refused to speak to reporters and walked away.", "to speak to reporters", "walked"},
	} {
		q := find(t, ex.Extract(c.text), c.want)
		if strings.Contains(q.Text, c.absent) {
			t.Errorf("%q: content %q runs over the second predicate", c.text, q.Text)
		}
	}
	find(t, ex.Extract("He said the troops attacked and killed 12 people."), "attacked and killed 12 people")
}
