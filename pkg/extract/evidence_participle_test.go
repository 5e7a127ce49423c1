package extract

import "testing"

// TestEvidenceParticipleSubject covers findings whose evidence noun carries
// a participle phrase or a time or prepositional phrase: the phrase belongs to the subject, the finding
// after the cue (or before it) is the content; a clause between the noun
// and the cue, or a speaker, leaves the frame to the other rules.
func TestEvidenceParticipleSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "A new survey conducted last month found that most farmers expect lower prices next year.", content: "that most farmers expect lower prices next year", mention: "A new survey conducted last month"},
		{text: "A county poll released Friday by the Herald and WXYZ News showed Mayor Diaz with a narrow lead over Kim.", content: "Mayor Diaz with a narrow lead over Kim", mention: "A county poll released Friday by the Herald and WXYZ News"},
		{text: "The mayor has not given money to any other candidate, tax records compiled by the city show.", content: "The mayor has not given money to any other candidate", mention: "tax records compiled by the city"},
		{text: "A survey of voters in March found Mrs. Kim with a lead of 48 percent to 41 percent.", content: "Mrs. Kim with a lead of 48 percent to 41 percent", mention: "A survey of voters in March"},
		{text: "Pupils in the district take 40 tests before they finish school, a study by the Council of City Schools found.", content: "Pupils in the district take 40 tests before they finish school", mention: "a study by the Council of City Schools"},
	})
	checkNoStatements(t, ex, []string{
		"The poll was released Friday and found its way to the mayor.",
	})
}

// TestEvidenceFindingAccepted: a poll's or a record's finding is
// rule-accepted at inference; a video's scene and a person's finding are
// left to the accept model.
func TestEvidenceFindingAccepted(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Recent polls show the mayor leading Kim by ten points.", true},
		{"The tax records show that the mayor paid no state taxes.", true},
		{"Photos from the office show empty desks and boxes of papers.", false},
		{"The mayor found that the budget was short.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.evidenceFindingAccepted(a)
		}
		d.release()
		if got != c.want {
			t.Errorf("%q: rule-accepted %v, want %v", c.text, got, c.want)
		}
	}
}
