package extract

import "testing"

// TestTitleApposition: an apposition that names its head ("known as",
// "titled") with a quoted title between the subject and its cue. The
// accept model is off: these tests check the rules.
func TestTitleApposition(t *testing.T) {
	cases := []mentionCase{
		{"known as a quoted nickname", `The hacker, known as “Bolt,” stated that he had reached the server.`, "that he had reached the server", "The hacker, known as “Bolt,”"},
		{"titled with a quoted title", `The ad, titled “Leader,” says the mayor is too risky.`, "the mayor is too risky", "The ad, titled “Leader,”"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestStateNoun: "state" after a determiner and a modifier is a noun, not
// a reporting verb; after a plural subject it is the verb.
func TestStateNoun(t *testing.T) {
	ex := withoutAccept()
	text := `Sen. Ana Ruiz, facing a tough race in Iowa, a swing state, said she would welcome the help.`
	for _, q := range ex.Extract(text) {
		if q.CueText == "state" {
			t.Errorf("%q: %q taken as a statement", text, q.Text)
		}
	}
	checkNoStatements(t, ex, []string{`Ohio will be the fifth state that the group is suing.`})
	checkMentions(t, ex, []mentionCase{
		{"plural subject of the verb", `The officials state that the plan is sound.`, "that the plan is sound", "The officials"},
	})
}

// TestApposedSurnameSpeaker: a surname opening its sentence with an
// apposition is the speaker's name, without the apposition; an age is no
// title.
func TestApposedSurnameSpeaker(t *testing.T) {
	ex := withoutAccept()
	cases := []struct{ text, sub, name, title string }{
		{"Smith, a farmer from Iowa, said he would vote for the senator.", "he would vote", "Smith", ""},
		{"Smith, who farms near Ames, said he would vote for the senator.", "he would vote", "Smith", ""},
		{"Smith, 45, said he would vote for the senator.", "he would vote", "Smith", ""},
		{"Mary Jones, 67, of Des Moines, said she would vote for the senator.", "she would vote", "Mary Jones", ""},
		{"Jane Lee, the home secretary, said the plan was sound.", "the plan was sound", "Jane Lee", "home secretary"},
	}
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.name || q.Speaker.Title != c.title {
			t.Errorf("%q: speaker %q titled %q, want %q titled %q", c.text, q.Speaker.Name, q.Speaker.Title, c.name, c.title)
		}
	}
}

// TestSpeakerWithoutAside: an anonymous speaker's name leaves out an aside
// about the circumstances, and a person's name leaves out rank and office.
func TestSpeakerWithoutAside(t *testing.T) {
	ex := withoutAccept()
	cases := []struct{ text, sub, name string }{
		{"Two senior officials, speaking on condition of anonymity, said the plan was shelved.", "the plan was shelved", "Two senior officials"},
		{"Some analysts, who asked not to be named, said the plan was shelved.", "the plan was shelved", "Some analysts"},
		{"Some analysts, including two former envoys, said the plan was shelved.", "the plan was shelved", "Some analysts, including two former envoys"},
		{"A Defense Department spokesman, Lt. Col. John Doe, said the review would take weeks.", "the review would take weeks", "John Doe"},
		{"Rabbi Ana Cohen said the plan was shelved.", "the plan was shelved", "Ana Cohen"},
		{"Chief Justice Ana Ruiz said the plan was shelved.", "the plan was shelved", "Ana Ruiz"},
	}
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}

// TestNameParticlesAndOffices: a family name with lower-case particles is
// one name ("Ursula von der Leyen", later "Von der Leyen"), and an office
// of an organisation before a name titles the person ("European Commission
// President Jean-Claude Juncker" is Jean-Claude Juncker, whom a later
// "Juncker" or "he" names).
func TestNameParticlesAndOffices(t *testing.T) {
	ex := withoutAccept()
	text := "European Commission President Ursula von der Leyen said the bloc would act. Von der Leyen added that talks went on. " +
		"Charles de Gaulle said France would resist. De Gaulle added that it would win.\n\n" +
		"House Judiciary Committee Chairman Bob Goodlatte said the review was over. He added that the panel would meet. Goodlatte said the meeting was short."
	qs := ex.Extract(text)
	for _, c := range []struct{ sub, name string }{
		{"the bloc would act", "Ursula von der Leyen"},
		{"talks went on", "Ursula von der Leyen"},
		{"France would resist", "Charles de Gaulle"},
		{"it would win", "Charles de Gaulle"},
		{"the review was over", "Bob Goodlatte"},
		{"the panel would meet", "Bob Goodlatte"},
		{"the meeting was short", "Bob Goodlatte"},
	} {
		q := find(t, qs, c.sub)
		if q.Speaker.Name != c.name || q.Speaker.Kind != SpeakerPerson {
			t.Errorf("%q: speaker %q (%s), want the person %q", c.sub, q.Speaker.Name, q.Speaker.Kind, c.name)
		}
	}
}

// TestSpeakerNameAndKind: a person's name without the place and title or
// the description before it, and a head noun that is no name: anonymous
// people, or a document.
func TestSpeakerNameAndKind(t *testing.T) {
	ex := withoutAccept()
	cases := []struct {
		text, sub, name string
		kind            SpeakerKind
	}{
		{"Florida Sen. Ana Ruiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson},
		{"Texas Sen. Ana Ruiz spoke on Monday. Ruiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson},
		{"Voters met Ana Ruiz on Monday.\n\nRuiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson},
		{"Arizona governor Jan Brewer said the plan failed.", "the plan failed", "Jan Brewer", SpeakerPerson},
		{"Billionaire Donald Trump said the plan failed.", "the plan failed", "Donald Trump", SpeakerPerson},
		{"Gallup’s Jeffrey Jones said the plan failed.", "the plan failed", "Jeffrey Jones", SpeakerPerson},
		{"Christine Todd Whitman said the plan failed.", "the plan failed", "Christine Todd Whitman", SpeakerPerson},
		{"Dow's chief executive, Andrew Liveris, said the plant would close.", "the plant would close", "Andrew Liveris", SpeakerPerson},
		{"Clinton supporters said the plan failed.", "the plan failed", "Clinton supporters", SpeakerAnonymous},
		{"A Carrier executive said the plan failed.", "the plan failed", "Carrier executive", SpeakerAnonymous},
		{"FEC records show the campaign spent more than it raised.", "the campaign spent more than it raised", "FEC records", SpeakerUnknown},
		{"Michael Petrilli, president of the Fordham Institute, said the plan failed.", "the plan failed", "Michael Petrilli", SpeakerPerson},
		{"White House officials said the plan failed.", "the plan failed", "White House officials", SpeakerAnonymous},
		{"A spokeswoman for the House Armed Services Committee said the plan failed.", "the plan failed", "spokeswoman for the House Armed Services Committee", SpeakerAnonymous},
		{"The Clinton campaign said the plan failed.", "the plan failed", "Clinton campaign", SpeakerOrganization},
	}
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.name || q.Speaker.Kind != c.kind {
			t.Errorf("%q: speaker %q (%s), want %q (%s)", c.text, q.Speaker.Name, q.Speaker.Kind, c.name, c.kind)
		}
	}
}

// TestRelativeSubjectSpeaker: a relative pronoun subject ("voters who
// say") names its antecedent as the speaker; the mention stays the pronoun.
func TestRelativeSubjectSpeaker(t *testing.T) {
	ex := withoutAccept()
	cases := []struct{ text, sub, name string }{
		{"The senator met voters who said they were angry.", "they were angry", "voters"},
		{"Jane Lee, who said the plan failed, left early.", "the plan failed", "Jane Lee"},
		{"GOP voters who say the economy matters backed Lee.", "the economy matters", "GOP voters"},
	}
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
}

// TestNonPersonNames: a one-word name of a party's or a country's people is
// anonymous, a place acts as an organisation, a day is no speaker, and "X
// of Place, who said" names X.
func TestNonPersonNames(t *testing.T) {
	ex := withoutAccept()
	cases := []struct {
		text, sub, name string
		kind            SpeakerKind
	}{
		{"Democrats said the plan failed.", "the plan failed", "Democrats", SpeakerAnonymous},
		{"Americans say the economy is weak.", "the economy is weak", "Americans", SpeakerAnonymous},
		{"On Monday, Texas said the law was valid.", "the law was valid", "Texas", SpeakerOrganization},
		{"According to a congressional report on Wednesday, the bank hid the breach.", "the bank hid the breach", "congressional report on Wednesday", SpeakerUnknown},
		{"One senator objected - Sen. Ana Ruiz of Vermont, who said the plan would fail.", "the plan would fail", "Ana Ruiz", SpeakerPerson},
		{"Two senators spoke. Both said the plan would fail.", "the plan would fail", "Both", SpeakerUnknown},
	}
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		if q.Speaker.Name != c.name || q.Speaker.Kind != c.kind {
			t.Errorf("%q: speaker %q (%s), want %q (%s)", c.text, q.Speaker.Name, q.Speaker.Kind, c.name, c.kind)
		}
	}
}
