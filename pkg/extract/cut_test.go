package extract

import (
	"strings"
	"testing"
)

// TestParticipleIsCutPoint: a participle after a comma (", leading ...") is
// the speaker's or the writer's about as often, so the rules do not end the
// content there: the cut model gets it as a candidate point.
func TestParticipleIsCutPoint(t *testing.T) {
	text := "The campaign said it raised ten million dollars in May, bringing its total to forty million."
	cands := NewWithModels(nil, nil, nil).Candidates(text)
	if len(cands) != 1 {
		t.Fatalf("got %d candidates, want 1", len(cands))
	}
	c := cands[0]
	if !strings.Contains(c.Quote.Text, "bringing its total") {
		t.Errorf("content %q ends before the participle", c.Quote.Text)
	}
	found := false
	for _, k := range c.Cuts {
		last := k.Content[len(k.Content)-1]
		if strings.HasSuffix(text[last.Start:last.End], "in May") {
			found = true
		}
	}
	if !found {
		t.Errorf("no cut point before %q", ", bringing")
	}
}

// cutEndsAt reports whether the candidate's cut points include one that
// ends the content with suffix.
func cutEndsAt(text string, c Candidate, suffix string) bool {
	for _, k := range c.Cuts {
		last := k.Content[len(k.Content)-1]
		if strings.HasSuffix(text[last.Start:last.End], suffix) {
			return true
		}
	}
	return false
}

// TestOneWordObjectIsCutPoint: a one-word object ("criticized Smith during
// ...") can end before the adjunct that follows it.
func TestOneWordObjectIsCutPoint(t *testing.T) {
	text := "The mayor criticized Smith during a long radio interview on Friday."
	cands := NewWithModels(nil, nil, nil).Candidates(text)
	if len(cands) != 1 {
		t.Fatalf("got %d candidates, want 1", len(cands))
	}
	if !cutEndsAt(text, cands[0], "Smith") {
		t.Errorf("no cut point after %q in %q", "Smith", cands[0].Quote.Text)
	}
}

// TestCutFeaturesVerbTense: a verb after "and" in the cue's tense is told
// apart from one in another tense ("said ... and defended" vs "said ... and
// wants"), and a content that is one quotation so far is told apart from
// one that ends with a quotation.
func TestCutFeaturesVerbTense(t *testing.T) {
	for _, tc := range []struct{ w, want string }{
		{"said", "past"}, {"defended", "past"}, {"took", "past"}, {"says", "pres"},
		{"has", "pres"}, {"swears", "s"}, {"saying", "ing"}, {"campus", "w"}, {"", "-"},
	} {
		if got := verbTense(tc.w); got != tc.want {
			t.Errorf("verbTense(%q) = %q, want %q", tc.w, got, tc.want)
		}
	}
	fs := cutFeaturesAt(t, "The senator said the bill was a mistake and later defended the vote in committee.", "a mistake")
	if !hasFeature(fs, 110, "and", "past", "past") {
		t.Errorf("said ... and later defended: no past/past tense feature")
	}
	fs = cutFeaturesAt(t, "Supporters said “Not today” as the governor walked out of the briefing room.", "today”")
	if !hasFeature(fs, 114, "as", "whole") {
		t.Errorf("said “...” as ...: no whole-quotation feature")
	}
	fs = cutFeaturesAt(t, "The governor said the plan was “dead on arrival” and walked out of the briefing room.", "arrival”")
	if !hasFeature(fs, 114, "and", "part") {
		t.Errorf("said ... “...” and walked: no part-quotation feature")
	}
}

// TestCandidatesAreCutWithCutModel: the accept model's training candidates
// are shaped by the cut model, as at extraction; without a cut model they
// keep their whole content and list the cut points.
func TestCandidatesAreCutWithCutModel(t *testing.T) {
	text := "The campaign said it raised ten million dollars in May, bringing its total to forty million."
	cutAll := NewModel()
	cutAll.Threshold = 0.1 // a zero model gives 0.5: every point is taken
	cands := NewWithModels(nil, cutAll, nil).Candidates(text)
	if len(cands) != 1 {
		t.Fatalf("got %d candidates, want 1", len(cands))
	}
	if q := cands[0].Quote.Text; strings.Contains(q, "bringing") || len(cands[0].Cuts) != 0 {
		t.Errorf("with a cut model: content %q, %d cut points; want it cut and none listed", q, len(cands[0].Cuts))
	}
	cands = NewWithModels(nil, nil, nil).Candidates(text)
	if q := cands[0].Quote.Text; !strings.Contains(q, "bringing") || len(cands[0].Cuts) == 0 {
		t.Errorf("without a cut model: content %q, %d cut points; want it whole and its points listed", q, len(cands[0].Cuts))
	}
}
