package extract

import "testing"

// TestMoreStanceParticles covers "complained about X", "poked fun at X",
// "objected to X", "took a shot at X", "opened up about X": the object is
// the content, rule-accepted at inference; a relative "who", a missing
// object and training give no such frame.
func TestMoreStanceParticles(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "Vote Set.\n\nMore news.\n\nThe mayor complained about the tone of the race.", content: "the tone of the race", mention: "The mayor"},
		{text: "Vote Set.\n\nMore news.\n\nThe comedian also poked fun at the senator.", content: "the senator", mention: "The comedian"},
		{text: "Vote Set.\n\nMore news.\n\nWorkers objected to the new schedule.", content: "the new schedule", mention: "Workers"},
		{text: "Vote Set.\n\nMore news.\n\nThe governor also took a shot at the mayor, without naming him.", content: "the mayor", mention: "The governor"},
		{text: "Vote Set.\n\nMore news.\n\nThe actress opened up about her childhood.", content: "her childhood", mention: "The actress"},
		{text: "Vote Set.\n\nMore news.\n\nThe judge sounded off on the candidate, saying little.", content: "the candidate", mention: "The judge"},
		{text: "Vote Set.\n\nMore news.\n\nThe minister alluded to the importance of the vote.", content: "the importance of the vote", mention: "The minister"},
		{text: "Vote Set.\n\nMore news.\n\nThe executive boasted about a plan to cut costs.", content: "a plan to cut costs", mention: "The executive"},
		{text: "Vote Set.\n\nMore news.\n\nCity officials have balked at the plan to build a hotel.", content: "the plan to build a hotel", mention: "City officials"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator laughed off the attack ad.", content: "the attack ad", mention: "The senator"},
		{text: "Vote Set.\n\nMore news.\n\nAdvocates hailed the nomination.", content: "the nomination", mention: "Advocates"},
		{text: "Vote Set.\n\nMore news.\n\nThe speaker has previously called out the governor.", content: "the governor", mention: "The speaker"},
		{text: "Vote Set.\n\nMore news.\n\nThe diplomat also mused about the race.", content: "the race", mention: "The diplomat"},
		{text: "Vote Set.\n\nMore news.\n\nThe banker opined on the state of the world.", content: "the state of the world", mention: "The banker"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator also touched on the idea of a running mate.", content: "the idea of a running mate", mention: "The senator"},
		{text: "Vote Set.\n\nMore news.\n\nThe senator also took aim at a provision on wages.", content: "a provision on wages", mention: "The senator"},
	})
	framed := func(text string, training bool) bool {
		return ruleFrameContent(text, "phrasal stance", training) != ""
	}
	for _, text := range []string{
		"Vote Set.\n\nMore news.\n\nVoters who complained about the mayor were ignored.",
		"Vote Set.\n\nMore news.\n\nThe store opened up about a mile away.",
		"Vote Set.\n\nMore news.\n\nThis is what the workers objected to.",
		"Vote Set.\n\nMore news.\n\nThe mayor complained about it.",
		"Vote Set.\n\nMore news.\n\nAnd he boasts about them on the trail.",
		"Vote Set.\n\nMore news.\n\nThe alarm sounded off and on all night.",
		"Vote Set.\n\nMore news.\n\nHer family hailed from the north.",
		"Vote Set.\n\nMore news.\n\nThe crowd laughed.",
		"Vote Set.\n\nMore news.\n\nThe coach called out to the players.",
		"Vote Set.\n\nMore news.\n\nThese are the issues the report touched on.",
	} {
		if framed(text, false) {
			t.Errorf("%q: stance frame", text)
		}
	}
	if framed("Vote Set.\n\nMore news.\n\nWorkers objected to the new schedule.", true) {
		t.Errorf("frame built while training")
	}
}
