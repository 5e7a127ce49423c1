package extract

import "testing"

// TestLyNouns: "rally" and "assembly" are nouns of the addressee, not
// adverbs; a real adverb still ends the noun phrase.
func TestLyNouns(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`Okafor told a rally in Dayton that the levy would pass.`, "that the levy would pass", "Okafor"},
		{`The levy will pass, Okafor told a rally in Dayton.`, "The levy will pass", "Okafor"},
		{`Okafor told the assembly that the levy would pass.`, "that the levy would pass", "Okafor"},
		{`Okafor told reporters repeatedly that the levy would pass.`, "that the levy would pass", "Okafor"},
	})
}

// TestLyAdjectiveContent covers "-ly" adjectives opening a content ("said
// quarterly profit rose"): in the content at inference; an adverb before a
// clause or "that" stays out.
func TestLyAdjectiveContent(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Apple said quarterly profit rose 12 percent.", content: "quarterly profit rose 12 percent", mention: "Apple"},
		{text: "Officials said weekly cases fell for the first time.", content: "weekly cases fell for the first time", mention: "Officials"},
		{text: "The mayor said elderly residents were evacuated.", content: "elderly residents were evacuated", mention: "The mayor"},
		{text: "The firm said daily it would not comment.", content: "it would not comment", mention: "The firm"},
		{text: "The aide reported daily to the governor that the roads were closed.", content: "that the roads were closed", mention: "The aide"},
		{text: "Officials said further talks were needed.", content: "further talks were needed", mention: "Officials"},
		{text: "The Environment Agency has warned of further flooding.", content: "further flooding", mention: "The Environment Agency"},
		{text: "He said further the plan had failed.", content: "the plan had failed", mention: "He"},
		{text: "She said repeatedly that the plan would fail.", content: "that the plan would fail", mention: "She"},
	})
	d := newDocFor("Apple said quarterly profit rose.", true)
	defer d.release()
	d.training = true
	if d.lyAdjectiveOpens(2) {
		t.Errorf("training: an -ly adjective opens the content")
	}
}

// TestLyNounContent: an "-ly" noun opening a content stays in it at
// inference ("said supply would improve"); "replied angrily that" still
// skips the adverb.
func TestLyNounContent(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Talks resumed.\n\nHuang said supply would improve next year.", content: "supply would improve next year", mention: "Huang"},
		{text: "Talks resumed.\n\nThe minister said assembly elections would be held in May.", content: "assembly elections would be held in May", mention: "The minister"},
		{text: "Talks resumed.\n\nHuang said supply chains were strained.", content: "supply chains were strained", mention: "Huang"},
		{text: "Talks resumed.\n\nShe said repeatedly that the plan would fail.", content: "that the plan would fail", mention: "She"},
	})
	d := newDocFor("Huang said supply would improve.", true)
	defer d.release()
	if d.lyNounOpens(2) {
		t.Errorf("training: an -ly noun opens the content")
	}
}
