package extract

import (
	"strings"
	"testing"
)

// statementWith returns the statements of text (accept model off) whose
// text contains sub.
func statementsWith(text, sub string) []Quote {
	cut, _ := DefaultModels()
	var out []Quote
	for _, q := range NewWithModels(nil, cut, nil).Extract(text) {
		if strings.Contains(q.Text, sub) {
			out = append(out, q)
		}
	}
	return out
}

// TestJoinNextSentenceQuotation: a quotation opening the next sentence after
// a short opener, or with only a subject word before it, goes on with the
// statement before it; a quotation framed by words after it, or inside a
// longer clause, does not.
func TestJoinNextSentenceQuotation(t *testing.T) {
	for _, c := range []struct {
		name, text, first, second string
		joined                    bool
	}{
		{"adverb opener", `“The plan is dead on arrival,” Mayor Ruiz said. Instead, “we will write a new one from scratch.”`, "dead on arrival", "write a new one", true},
		{"subject word", `“The levy is a burden,” the union wrote. It “falls hardest on the smallest farms in the valley.”`, "a burden", "falls hardest", true},
		{"words after the quotation end it", `“Our budget is balanced,” Mayor Ruiz said. “The deficit is gone for the first time in years” after a decade of cuts.`, "budget is balanced", "deficit is gone", true},
		{"a relative clause after the quotation", `“Our budget is balanced,” Mayor Ruiz said. “The deficit is gone for good,” which surprised the council.`, "budget is balanced", "deficit is gone", true},
		{"framed by words after it", `“The plan is dead on arrival,” Mayor Ruiz said. “We will write a new one from scratch,” a council aide added later.`, "dead on arrival", "write a new one", false},
		{"longer clause before it", `“The plan is dead on arrival,” Mayor Ruiz said. Council members who backed the plan called it “a blueprint for the next ten years.”`, "dead on arrival", "blueprint", false},
		{"a sentence between", `“The plan is dead on arrival,” Mayor Ruiz said. The council met for an hour. Then, “we will write a new one from scratch.”`, "dead on arrival", "write a new one", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, b := statementsWith(c.text, c.first), statementsWith(c.text, c.second)
			if len(a) == 0 {
				t.Fatalf("no statement holding %q", c.first)
			}
			joined := len(b) == 1 && strings.Contains(b[0].Text, c.first)
			if joined != c.joined {
				t.Errorf("joined %v, want %v: %+v", joined, c.joined, b)
			}
		})
	}
}

// TestShowTitleAfterFrame: a show's title after the frame is no statement;
// the quotation after it continues the statement before the frame.
func TestShowTitleAfterFrame(t *testing.T) {
	text := `“The report is wrong,” Mayor Ruiz said on WXYZ’s “Morning Desk.” “We will publish our own figures next week.”`
	b := statementsWith(text, "publish our own figures")
	if len(b) != 1 || !strings.Contains(b[0].Text, "The report is wrong") || strings.Contains(b[0].Text, "Morning Desk") {
		t.Errorf("want one statement holding both quotations and not the title, got %+v", b)
	}
}

// TestMedialFrameAfterDash: before a medial frame, the content starts after
// a dash that sets off the writer's clause.
func TestMedialFrameAfterDash(t *testing.T) {
	text := `The council approved the budget on Monday - and the new tax, the mayor said, will fund two schools.`
	qs := statementsWith(text, "will fund two schools")
	if len(qs) != 1 || !strings.HasPrefix(qs[0].Text, "the new tax") {
		t.Errorf("want the content to start at “the new tax”, got %+v", qs)
	}
}

// TestCoordinatedQuotation: a quotation joined by "and" after a frame goes
// on with the statement of that frame.
func TestCoordinatedQuotation(t *testing.T) {
	text := `“The deal must be enforced,” the senator said, and “every violation must carry a price.”`
	qs := statementsWith(text, "every violation")
	if len(qs) != 1 || !strings.Contains(qs[0].Text, "The deal must be enforced") {
		t.Errorf("want one statement holding both quotations, got %+v", qs)
	}
}

// TestMedialFrameAfterDashBackOnly: the dash rule also holds when the
// frame's forward part is no content ("— no different, he said, from ...").
func TestMedialFrameAfterDashBackOnly(t *testing.T) {
	text := `The mayor said the cuts were painful — no different, he said, from the cuts of 2009.`
	medialCue := strings.Index(text, "he said") + len("he ")
	for _, q := range statementsWith(text, "no different") {
		// the mayor's own statement may reach the dash; only the medial
		// frame's content is checked here
		if q.Cue == nil || q.Cue.Start != medialCue {
			continue
		}
		if strings.Contains(q.Text, "painful") {
			t.Errorf("the medial frame's content should start after the dash, got %q", q.Text)
		}
	}
}
