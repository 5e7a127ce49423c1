package extract

import "testing"

// TestFindingContentAtInference covers noun-phrase findings after a poll or
// a study that the trained shapes miss; a measure's description, a
// participle running on and training mode build no such frame.
func TestFindingContentAtInference(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "A county poll showed a mere one-point difference between Diaz and Kim in the race.", content: "a mere one-point difference between Diaz and Kim in the race", mention: "A county poll"},
		{text: "One poll shows Diaz 16 points ahead of Kim in the county.", content: "Diaz 16 points ahead of Kim in the county", mention: "One poll"},
		{text: "A new Herald poll shows Mayor Diaz and the council member in a dead heat.", content: "Mayor Diaz and the council member in a dead heat", mention: "A new Herald poll"},
		{text: "Tax records show little evidence that the firm paid its fees.", content: "little evidence that the firm paid its fees", mention: "Tax records"},
		{text: "But the survey shows only a narrow age gap among the teachers.", content: "a narrow age gap among the teachers", mention: "the survey"},
		{text: "Polls there show Diaz is trailing Kim before the vote.", content: "Diaz is trailing Kim before the vote", mention: "Polls there"},
		{text: "Polls in Ohio show Diaz is trailing Kim before the vote.", content: "Diaz is trailing Kim before the vote", mention: "Polls in Ohio"},
		{text: "The most recent polling in Ohio shows Diaz closing the gap with Kim.", content: "Diaz closing the gap with Kim", mention: "The most recent polling in Ohio"},
		{text: "Kim released her health records in July, which showed she was in good health.", content: "she was in good health", mention: "which"},
		{text: "The vote comes after polls by the Herald that showed Kim making gains in three counties.", content: "Kim making gains in three counties", mention: "that"},
	})
	checkNoStatements(t, ex, []string{
		"The statistics show part of the wage picture for the region.",
		"The polls that show Kim at 10 percent have Diaz ahead in the county.",
	})
	d := newDoc("One poll shows Diaz 16 points ahead of Kim in the county.")
	d.training = true
	if n := len(d.findAttributions()); n != 0 {
		t.Errorf("training mode: %d statements, want 0", n)
	}
	d.release()
}

// TestEvidenceOpeningAccepted: the finding after an opening poll phrase is
// rule-accepted at inference and ends before a reason after a comma; a
// survey's method is left to the accept model.
func TestEvidenceOpeningAccepted(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "In the latest Herald poll, Kim had a ten-point lead, largely because she won the suburbs.", content: "Kim had a ten-point lead", mention: "the latest Herald poll"},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"In the latest Herald poll, 71 percent of teachers approved of the new schedule.", true},
		{"In a survey published by the Herald, teachers were asked a series of questions about the schedule.", false},
		{"In the video, the mayor speaks to a crowd of teachers about the schedule.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.evidenceOpeningAccepted(a)
		}
		d.release()
		if got != c.want {
			t.Errorf("%q: rule-accepted %v, want %v", c.text, got, c.want)
		}
	}
}

// TestVisualFindingAccepted: what a video or a photo shows is rule-accepted
// at inference; a participle is not.
func TestVisualFindingAccepted(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"His early videos show a much calmer man than the host of today.", true},
		{"Photos showed weary firefighters resting beside the trucks.", true},
		{"She had to answer videos showing that she backed the plan.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.visualFindingAccepted(a)
		}
		d.release()
		if got != c.want {
			t.Errorf("%q: rule-accepted %v, want %v", c.text, got, c.want)
		}
	}
}
