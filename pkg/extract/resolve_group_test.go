package extract

import "testing"

// TestGroupPartitive: "one of them" is one of the group named before, else
// anonymous; "some of the Ns" is anonymous under its whole mention; a
// partitive with a name in apposition is that person.
func TestGroupPartitive(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Two European diplomats said the bloc was divided. One of them said Hungary was likely to block the package.", "Hungary was likely", "European diplomats", SpeakerAnonymous, ""},
		{"Officials said the plan was dead. Some of them said the vote would fail.", "the vote would fail", "Officials", SpeakerAnonymous, ""},
		{"Ana Smith said the figures were weak. One of them said the bank would cut rates.", "the bank would cut", "One of them", SpeakerAnonymous, ""},
		{"Most of the candidates said the race was close.", "the race was close", "Most of the candidates", SpeakerAnonymous, ""},
		{"Two of the officials said the plan was dead.", "the plan was dead", "Two of the officials", SpeakerAnonymous, ""},
		// negative: the apposition names the person
		{"One of the authors, Ana Smith, said the plan was dead.", "the plan was dead", "Ana Smith", SpeakerPerson, "of the authors"},
	})
}

// TestGroupOfBody: people speaking for a body or person ("analysts at X",
// "lawyers for X") are anonymous under the whole mention, never the body
// as a person, and "they" finds them; a name before the head is no such
// group.
func TestGroupOfBody(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Analysts at Capital Economics said in a note that costs were rising.", "costs were rising", "Analysts at Capital Economics", SpeakerAnonymous, ""},
		{"Analysts at Capital Economics said in a note that costs were rising. They added that it was bleak.", "it was bleak", "Analysts at Capital Economics", SpeakerAnonymous, ""},
		{"Economists at Goldman Sachs said the economy would slow.", "the economy would slow", "Economists at Goldman Sachs", SpeakerAnonymous, ""},
		{"Lawyers for Mr Smith said the claim was baseless.", "the claim was baseless", "Lawyers for Mr Smith", SpeakerAnonymous, ""},
		{"An analyst at Capital Economics said costs were rising.", "costs were rising", "analyst at Capital Economics", SpeakerAnonymous, ""},
		// negative: a named analyst
		{"Ana Smith, an analyst at Capital Economics, said costs were rising.", "costs were rising", "Ana Smith", SpeakerPerson, "analyst at Capital Economics"},
	})
}

// TestGroupForce: a force or body without a name is an organisation named
// by its lower-case noun, which "they" finds; a document ("a police
// report") and a person ("the police chief") are not.
func TestGroupForce(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Police said the road was closed.", "the road was closed", "police", SpeakerOrganization, ""},
		{"The police said the suspect had fled.", "the suspect had fled", "police", SpeakerOrganization, ""},
		{"The army said it had repelled the attack.", "it had repelled", "army", SpeakerOrganization, ""},
		{"The jury said it could not reach a verdict.", "could not reach", "jury", SpeakerOrganization, ""},
		{"Officials said the bloc was divided. Police said the road was closed. \"It is bleak,\" they wrote.", "It is bleak", "police", SpeakerOrganization, ""},
		{"Police in Kent said the road was closed.", "the road was closed", "police in Kent", SpeakerOrganization, ""},
		// negatives
		{"A police report said the man had fled.", "the man had fled", "police report", SpeakerUnknown, ""},
		{"He met police in Kent, who said the road was closed.", "the road was closed", "Kent", "", ""},
	})
}

// TestGroupPeople: unnamed people named by a plural are anonymous, as
// "protesters" were.
func TestGroupPeople(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"The ministers said the deal was done.", "the deal was done", "The ministers", SpeakerAnonymous, ""},
		{"The family said in a statement that he was a loving father.", "he was a loving father", "The family", SpeakerAnonymous, ""},
		{"Some fans said the match was a disgrace.", "the match was a disgrace", "Some fans", SpeakerAnonymous, ""},
		{"Traders said the market was nervous.", "the market was nervous", "Traders", SpeakerAnonymous, ""},
		{"The company's lawyers said the claim was baseless.", "the claim was baseless", "The company's lawyers", SpeakerAnonymous, ""},
		{"Officials in Brussels said the plan was dead.", "the plan was dead", "Officials in Brussels", SpeakerAnonymous, ""},
		// negatives: a name among them; a pair nobody named stays as it was
		{"Trump and his attorneys said the suit was baseless.", "the suit was baseless", "Trump and his attorneys", SpeakerUnknown, ""},
		{"Both men said the talks were useful.", "the talks were useful", "men", SpeakerUnknown, ""},
	})
}

// TestGroupPair: "both men", "the two leaders", "both" are the two people
// just named together, of the noun's gender; "they" after them is both.
func TestGroupPair(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"President Joe Biden and Prime Minister Rishi Sunak met on Tuesday. The two leaders said they would work together.", "they would work together", "Joe Biden and Rishi Sunak", SpeakerPerson, ""},
		{"John Smith and Peter Jones were arrested. Both men said they were innocent.", "they were innocent", "John Smith and Peter Jones", SpeakerPerson, ""},
		{"John Smith and Peter Jones were arrested. Both men said they were innocent. They added that the police had lied.", "the police had lied", "John Smith and Peter Jones", SpeakerPerson, ""},
		{"Ana Smith and Bob Jones said the deal was bad. They added that it would fail.", "it would fail", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		// negatives: not named together; a woman among "both men"
		{"John Smith met Peter Jones on Monday. Both said the talks were useful.", "the talks were useful", "Both", SpeakerUnknown, ""},
		{"John Smith and Mary Jones met on Monday. Both men said the talks were useful.", "the talks were useful", "men", SpeakerUnknown, ""},
		{"Ana Smith and Bob Jones said the deal was bad. She added that it would fail.", "it would fail", "Ana Smith", SpeakerPerson, ""},
	})
}

// TestGroupPlainPassKinds: the plain pass keeps the kinds the accept model
// was trained with.
func TestGroupPlainPassKinds(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		want      SpeakerKind
	}{
		{"Police said the road was closed.", "the road was closed", SpeakerUnknown},
		{"Analysts at Capital Economics said in a note that costs were rising.", "costs were rising", SpeakerPerson},
		{"Two European diplomats said the bloc was divided. One of them said Hungary was likely to block the package.", "Hungary was likely", SpeakerUnknown},
	} {
		if k := plainKind(t, c.text, c.sub); k != c.want {
			t.Errorf("%q: plain-pass kind %s, want %s", c.text, k, c.want)
		}
	}
}

// TestTheyAntecedent: a "they" no earlier statement explains is the first
// plural noun of people of its sentence before it, or of the sentence
// before when it opens its own; a pronoun before that noun, or a "they"
// inside its sentence, leaves it unknown.
func TestTheyAntecedent(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Senate Democrats blocked the bill because they said the language was a poison pill.", "the language was a poison pill", "Senate Democrats", SpeakerAnonymous, ""},
		{"Members of both unions criticised the decision. They said the endorsement was rushed.", "the endorsement was rushed", "Members of both unions", SpeakerAnonymous, ""},
		{"Analysts at two banks cut their forecasts on Monday. They said growth would slow.", "growth would slow", "Analysts", SpeakerAnonymous, ""},
		// negatives
		{"He and his partner met many police officers. The outreach, they said, was welcome.", "was welcome", "unknown", SpeakerUnknown, ""},
		{"They met factory workers on Monday. They said wages had fallen.", "wages had fallen", "unknown", SpeakerUnknown, ""},
		{"The bill stalled in the Senate. They said the language was a poison pill.", "the language was a poison pill", "unknown", SpeakerUnknown, ""},
		// an earlier paragraph's "they" is no antecedent
		{"Senate Democrats blocked the bill because they said it was flawed.\n\nThe campaign tied the bill to Rubio. They said his vote was a signal.", "his vote was a signal", "unknown", SpeakerUnknown, ""},
	})
}

// TestItNoGroup: "it" is no group of people.
func TestItNoGroup(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Officials said the report was late. It said the bank had lost money.", "the bank had lost money", "unknown", SpeakerUnknown, ""},
		{"Officials said the report was late. They said the bank had lost money.", "the bank had lost money", "Officials", SpeakerAnonymous, ""},
	})
}
