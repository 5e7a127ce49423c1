package extract

import "testing"

// TestLinkingPhraseFrame covers a quotation linked to its speaker by a
// copula after it ("those were the mayor's words"). Rule-accepted at
// inference only.
func TestLinkingPhraseFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "“It’s over.” That was all the coach would say.", content: "It’s over.", mention: "the coach"},
		{text: "“It’s over.” That’s all he would say.", content: "It’s over.", mention: "he"},
		{text: "\"Unacceptable\" was how the minister described the delays.", content: "Unacceptable", mention: "the minister"},
		{text: "“A nightmare” is how one resident put it.", content: "A nightmare", mention: "one resident"},
		{text: "“We will rebuild” — those were the mayor’s words.", content: "We will rebuild", mention: "the mayor’s"},
		{text: "\"Absolutely not,\" was the reply from the club.", content: "Absolutely not", mention: "the club"},
		{text: "‘I’m not going anywhere’ – that was the message from the coach.", content: "I’m not going anywhere", mention: "the coach"},
		{text: "'Rubbish' was Hill's blunt reply.", content: "Rubbish", mention: "Hill's"},
		{text: "\"We go again\" was the verdict of Jones' manager.", content: "We go again", mention: "Jones' manager"},
		{text: "\"Absolutely not,\" came the reply from the club.", content: "Absolutely not", mention: "the club"},
		{text: "\"Not good enough\" - Lane's verdict on his side's display.", content: "Not good enough", mention: "Lane's"},
		{text: "“We will rebuild” — the mayor's promise to residents.", content: "We will rebuild", mention: "the mayor's"},
		{text: "\"Never,\" came the curt reply from the minister.", content: "Never", mention: "the minister"},
	})
	checkNoStatements(t, ex, []string{
		"\"Brexit\" was the word of the year.",
		"\"Top secret\" is the highest level of classification.",
		"\"Jaws\" was the film that made his name.",
		"\"Hope\" was the message of the year.",
		"“It’s over.” That was the end of the matter.",
		"“Dallas” was how the city described itself.",
		"“It’s over.” That was all the fans could take.",
		"“Jaws” – Spielberg's film of 1975.",
	})
	for _, training := range []bool{false, true} {
		d := newDoc("\"Absolutely not,\" was the reply from the club.")
		d.training = training
		got := d.findAttributions()
		if training && len(got) != 0 {
			t.Errorf("linking frame built in training")
		}
		if !training && (len(got) != 1 || !got[0].ruleAccepted) {
			t.Errorf("want one rule-accepted linking frame, got %d", len(got))
		}
		d.release()
	}
}

// TestLinkingPhraseSpeaker: the possessive's speaker is the possessor ("the
// mayor’s words" the mayor, "his words" the man named before).
func TestLinkingPhraseSpeaker(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, want string }{
		{"“We will rebuild” — those were the mayor’s words.", "mayor"},
		{"Tom Hill spoke.\n\n“Never again.” Those were his words as he left the court.", "Tom Hill"},
		{"Tom Hill spoke.\n\nHill's response was swift: “We will appeal.”", "Tom Hill"},
		{"Talks went on.\n\nLane's verdict was blunt: “Not good enough.”", "Lane"},
		{"Talks went on.\n\nLane's statement said “the deal is dead.”", "Lane's statement"},
	} {
		q := find(t, ex.Extract(c.text), "e")
		if q.Speaker.Name != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.want)
		}
	}
}
