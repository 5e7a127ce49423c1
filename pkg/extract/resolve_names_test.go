package extract

import (
	"strings"
	"testing"
)

// namedSpeaker is a text whose statement holding sub must have the speaker
// name, of the kind (when given) and with the title ("" for none): the
// refined names of wantSpeakers (resolve_person_test.go) with kind and title.
type namedSpeaker struct {
	text, sub, name string
	kind            SpeakerKind
	title           string
}

// checkNamedSpeakers runs the cases through ex.
func checkNamedSpeakers(t *testing.T, ex *Extractor, cases []namedSpeaker) {
	t.Helper()
	for _, c := range cases {
		q := find(t, ex.Extract(c.text), c.sub)
		sp := q.Speaker
		if sp.Name != c.name || c.kind != "" && sp.Kind != c.kind || sp.Title != c.title {
			t.Errorf("%q: speaker %q (%s) titled %q, want %q (%s) titled %q", c.text, sp.Name, sp.Kind, sp.Title, c.name, c.kind, c.title)
		}
	}
}

// TestApposedSurnameSpeaker: a surname opening its sentence with an
// apposition is the speaker's name, without the apposition; an age is no
// title.
func TestApposedSurnameSpeaker(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Smith, a farmer from Iowa, said he would vote for the senator.", "he would vote", "Smith", "", ""},
		{"Smith, who farms near Ames, said he would vote for the senator.", "he would vote", "Smith", "", ""},
		{"Smith, 45, said he would vote for the senator.", "he would vote", "Smith", "", ""},
		{"Mary Jones, 67, of Des Moines, said she would vote for the senator.", "she would vote", "Mary Jones", SpeakerPerson, ""},
		{"Jane Lee, the home secretary, said the plan was sound.", "the plan was sound", "Jane Lee", SpeakerPerson, "home secretary"},
	})
}

// TestSpeakerWithoutAside: an anonymous speaker's name leaves out an aside
// about the circumstances, and a person's name leaves out rank and office.
func TestSpeakerWithoutAside(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Two senior officials, speaking on condition of anonymity, said the plan was shelved.", "the plan was shelved", "Two senior officials", SpeakerAnonymous, ""},
		{"Some analysts, who asked not to be named, said the plan was shelved.", "the plan was shelved", "Some analysts", SpeakerAnonymous, ""},
		{"Republicans, for their part, said the plan was shelved.", "the plan was shelved", "Republicans", "", ""},
		{"Some analysts, however, said the plan was shelved.", "the plan was shelved", "Some analysts", SpeakerAnonymous, ""},
		{"Some analysts, including two former envoys, said the plan was shelved.", "the plan was shelved", "Some analysts, including two former envoys", SpeakerAnonymous, ""},
		{"A Defense Department spokesman, Lt. Col. John Doe, said the review would take weeks.", "the review would take weeks", "John Doe", SpeakerPerson, "Defense Department spokesman"},
		{"Rabbi Ana Cohen said the plan was shelved.", "the plan was shelved", "Ana Cohen", SpeakerPerson, "Rabbi"},
		{"Chief Justice Ana Ruiz said the plan was shelved.", "the plan was shelved", "Ana Ruiz", SpeakerPerson, "Chief Justice"},
	})
}

// TestNameParticlesAndOffices: a family name with lower-case particles is
// one name ("Ursula von der Leyen", later "Von der Leyen"), and an office
// of an organisation before a name titles the person ("House Judiciary
// Committee Chairman Bob Goodlatte" is Bob Goodlatte, whom a later
// "Goodlatte" or "he" names).
func TestNameParticlesAndOffices(t *testing.T) {
	const text = "European Commission President Ursula von der Leyen said the bloc would act. Von der Leyen added that talks went on. " +
		"Charles de Gaulle said France would resist. De Gaulle added that it would win.\n\n" +
		"House Judiciary Committee Chairman Bob Goodlatte said the review was over. He added that the panel would meet. Goodlatte said the meeting was short."
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{text, "the bloc would act", "Ursula von der Leyen", SpeakerPerson, "European Commission President"},
		{text, "talks went on", "Ursula von der Leyen", SpeakerPerson, ""},
		{text, "France would resist", "Charles de Gaulle", SpeakerPerson, ""},
		{text, "it would win", "Charles de Gaulle", SpeakerPerson, ""},
		{text, "the review was over", "Bob Goodlatte", SpeakerPerson, "House Judiciary Committee Chairman"},
		{text, "the panel would meet", "Bob Goodlatte", SpeakerPerson, "House Judiciary Committee Chairman"},
		{text, "the meeting was short", "Bob Goodlatte", SpeakerPerson, "House Judiciary Committee Chairman"},
	})
}

// TestSpeakerNameAndKind: a person's name without the place and title or
// the description before it, and a head noun that is no name: anonymous
// people, or a document.
func TestSpeakerNameAndKind(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Florida Sen. Ana Ruiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson, "Florida Sen."},
		{"Texas Sen. Ana Ruiz spoke on Monday. Ruiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson, "Texas Sen."},
		{"Voters met Ana Ruiz on Monday.\n\nRuiz said the plan failed.", "the plan failed", "Ana Ruiz", SpeakerPerson, ""},
		{"Arizona governor Jan Brewer said the plan failed.", "the plan failed", "Jan Brewer", SpeakerPerson, "Arizona governor"},
		{"Billionaire Donald Trump said the plan failed.", "the plan failed", "Donald Trump", SpeakerPerson, "Billionaire"},
		{"Gallup’s Jeffrey Jones said the plan failed.", "the plan failed", "Jeffrey Jones", SpeakerPerson, "Gallup’s"},
		{"Christine Todd Whitman said the plan failed.", "the plan failed", "Christine Todd Whitman", SpeakerPerson, ""},
		{"Dow's chief executive, Andrew Liveris, said the plant would close.", "the plant would close", "Andrew Liveris", SpeakerPerson, "Dow's chief executive"},
		{"Clinton supporters said the plan failed.", "the plan failed", "Clinton supporters", SpeakerAnonymous, ""},
		{"A Carrier executive said the plan failed.", "the plan failed", "Carrier executive", SpeakerAnonymous, ""},
		{"FEC records show the campaign spent more than it raised.", "the campaign spent more than it raised", "FEC records", SpeakerUnknown, ""},
		{"Michael Petrilli, president of the Fordham Institute, said the plan failed.", "the plan failed", "Michael Petrilli", SpeakerPerson, "president of the Fordham Institute"},
		{"White House officials said the plan failed.", "the plan failed", "White House officials", SpeakerAnonymous, ""},
		{"A spokeswoman for the House Armed Services Committee said the plan failed.", "the plan failed", "spokeswoman for the House Armed Services Committee", SpeakerAnonymous, ""},
		{"The Clinton campaign said the plan failed.", "the plan failed", "Clinton campaign", SpeakerOrganization, ""},
		{"Speaker of the House Paul Ryan said the bill would pass.", "the bill would pass", "Paul Ryan", SpeakerPerson, "Speaker of the House"},
		{"Director of National Intelligence James Clapper said the threat was real.", "the threat was real", "James Clapper", SpeakerPerson, "Director of National Intelligence"},
		{"Ambassador to the United Nations Samantha Power said the vote was close.", "the vote was close", "Samantha Power", SpeakerPerson, "Ambassador to the United Nations"},
		{"The European Commission's Ursula von der Leyen said the plan would work.", "the plan would work", "Ursula von der Leyen", SpeakerPerson, "European Commission's"},
		{"The visit by European Commission President Jean Juncker was short. He said the plan would work.", "the plan would work", "Jean Juncker", SpeakerPerson, ""},
		{"The senator, who said the plan was sound, added that it was cheap.", "that it was cheap", "senator", SpeakerUnknown, ""},
	})
}

// TestRelativeSubjectSpeaker: a relative pronoun subject ("voters who
// say") names its antecedent as the speaker; the mention stays the pronoun.
func TestRelativeSubjectSpeaker(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"The senator met voters who said they were angry.", "they were angry", "voters", SpeakerAnonymous, ""},
		{"Jane Lee, who said the plan failed, left early.", "the plan failed", "Jane Lee", SpeakerPerson, ""},
		{"GOP voters who say the economy matters backed Lee.", "the economy matters", "GOP voters", SpeakerAnonymous, ""},
		{"Many voters in Ohio who say the economy is weak stayed home.", "the economy is weak", "Many voters", SpeakerAnonymous, ""},
		{"Lee echoed a memo from Mr. Rubio's campaign manager, who argued that the race was over.", "the race was over", "Mr. Rubio's campaign manager", "", ""},
	})
}

// TestNonPersonNames: a one-word name of a party's or a country's people is
// anonymous, a place acts as an organisation, a day is no speaker, "X of
// Place, who said" names X, and a lone quantifier its people; a pronoun
// finds a name that opens a sentence, not a place.
func TestNonPersonNames(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Democrats said the plan failed.", "the plan failed", "Democrats", SpeakerAnonymous, ""},
		{"Americans say the economy is weak.", "the economy is weak", "Americans", SpeakerAnonymous, ""},
		{"On Monday, Texas said the law was valid.", "the law was valid", "Texas", SpeakerOrganization, ""},
		{"According to a congressional report on Wednesday, the bank hid the breach.", "the bank hid the breach", "congressional report on Wednesday", SpeakerUnknown, ""},
		{"One senator objected - Sen. Ana Ruiz of Vermont, who said the plan would fail.", "the plan would fail", "Ana Ruiz", SpeakerPerson, "Sen."},
		{"Two senators spoke. Both said the plan would fail.", "the plan would fail", "Both", SpeakerUnknown, ""},
		{"Ruiz leads in the polls.\n\nVoters met Ana Ruiz on Monday. She said the plan would fail.", "the plan would fail", "Ana Ruiz", SpeakerPerson, ""},
		{"Walz leads in the polls. She said the plan would fail.\n\nLater, Maria Walz spoke.", "the plan would fail", "Maria Walz", SpeakerPerson, ""},
		{"Paris was calm on Monday. She said the plan would fail. The city of Paris slept.", "the plan would fail", "unknown", SpeakerUnknown, ""},
		{"Jane Lee spoke on Monday. She’s said the plan would fail.", "the plan would fail", "Jane Lee", SpeakerPerson, ""},
		{"King Abdullah spoke in Amman on Monday. Jordan has closed its border. He said the move was temporary. Troops in Jordan waited.", "the move was temporary", "Abdullah", SpeakerPerson, ""},
		{"Ana Ruiz spoke in Portland on Monday. “She is the best,” said Sens. Jeff Merkley. “We need a fighter,” she said.", "We need a fighter", "Ana Ruiz", SpeakerPerson, ""},
		{"Mayor Steve Adler spoke on Monday. Austin has a plan for traffic. He said the plan would work. Drivers in Austin agreed.", "the plan would work", "Steve Adler", SpeakerPerson, ""},
	})
}

// TestBareName: a person's name found by any path loses the office or
// owner before it, and the place after it.
func TestBareName(t *testing.T) {
	for in, want := range map[string]string{
		"Senate Majority Leader Mitch McConnell":  "Mitch McConnell",
		"France’s Marine Le Pen":                  "Marine Le Pen",
		"Prime Minister Mariano Rajoy":            "Mariano Rajoy",
		"Ursula von der Leyen":                    "Ursula von der Leyen",
		"Trump Says He’s Unlikely To Win":         "Trump Says He’s Unlikely To Win",
		"Secretary of State John Kerry":           "John Kerry",
		"Jane Lee":                                "Jane Lee",
		"Rep. Tom Cole of Oklahoma":               "Tom Cole",
		"Sens. Robert Menendez":                   "Robert Menendez",
		"UN Secretary-General Antonio Guterres":   "Antonio Guterres",
		"WHO Director-General Tedros Ghebreyesus": "Tedros Ghebreyesus",
		"Bank of America":                         "Bank of America",
		"Tom Cole of the Oklahoma delegation":     "Tom Cole of the Oklahoma delegation",
	} {
		if got := bareName(in); got != want {
			t.Errorf("bareName(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestPlainPassKinds: the plain pass gives the speaker kinds the accept
// model was trained with, whatever names the refined pass gives: a name
// after an organisation's office is no person run for a pronoun, and a
// family name's particles do not join the run.
func TestPlainPassKinds(t *testing.T) {
	for _, c := range []struct {
		text, sub string
		want      SpeakerKind
	}{
		{"The visit by European Commission President Jean Juncker was short. He said the plan would work.", "the plan would work", SpeakerUnknown},
		{"The European Commission's Ursula von der Leyen said the plan would work.", "the plan would work", SpeakerPerson},
		{"The talks with the European Commission's Ursula von der Leyen ended. She said the plan would work.", "the plan would work", SpeakerPerson},
	} {
		if k := plainKind(t, c.text, c.sub); k != c.want {
			t.Errorf("%q: plain-pass kind %s, want %s", c.text, k, c.want)
		}
	}
}

// plainKind returns the plain-pass speaker kind (the accept model's
// feature) of the statement of text whose content contains sub.
func plainKind(t *testing.T, text, sub string) SpeakerKind {
	t.Helper()
	ex := New(DefaultAliases())
	d := newDocFor(text, false)
	defer d.release()
	d.cut = ex.cut
	atts := d.findAttributions()
	newResolver(d, ex.aliases).resolveAll(atts)
	for _, a := range atts {
		for _, c := range a.content {
			if strings.Contains(text[d.toks[c.s].s:d.toks[c.e-1].e], sub) {
				return a.modelKind
			}
		}
	}
	t.Fatalf("%q: no statement holding %q", text, sub)
	return ""
}

// TestHeadlineNames: a title-case headline is no person's name. A later
// surname gets the full name the headline holds after its function words
// ("David Cameron"), a name that opens the headline still counts ("Salma
// Hayek"), and a nominal finds no antecedent in the headline's other words
// ("To Repudiate General"); "George Will" and "Al From" stay names.
func TestHeadlineNames(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Trump Says He Will Not Meet With David Cameron.\nCameron told lawmakers the ban was divisive.", "the ban was divisive", "David Cameron", SpeakerPerson, ""},
		{"Voters Say The Race Is Wide Open For Bernie Sanders.\nSanders told reporters the race was close.", "the race was close", "Bernie Sanders", SpeakerPerson, ""},
		{"Salma Hayek Described Her Experience At The Awards.\nHayek said the industry had to change.", "the industry had to change", "Salma Hayek", SpeakerPerson, ""},
		{"Senator Under Pressure To Repudiate General Who Backed Internment.\nThe general said he stood by his words.", "he stood by his words", "general", "", ""},
		{"Columnist George Will wrote on Sunday. Later, Will said the party had lost its way.", "the party had lost its way", "George Will", SpeakerPerson, "Columnist"},
		{"Democratic strategist Al From wrote a memo. Later, From said the party had lost its way.", "the party had lost its way", "Al From", SpeakerPerson, ""},
	})
}

// TestEmployerAndPerson: a person named with an employer after "of" or a
// possessive outlet before is the person, titled by it; an organisation
// with "of" in its name is the whole organisation, not the place after
// "of".
func TestEmployerAndPerson(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Robert Gordon of Northwestern University said growth would slow.", "growth would slow", "Robert Gordon", SpeakerPerson, "of Northwestern University"},
		{"The Huffington Post’s Scott Conroy reported that the race was close.", "the race was close", "Scott Conroy", SpeakerPerson, "Huffington Post’s"},
		{"The Bank of Japan said inflation would rise.", "inflation would rise", "Bank of Japan", SpeakerOrganization, ""},
		{"The Department of Education said the rule would change.", "the rule would change", "Department of Education", SpeakerOrganization, ""},
		{"CBC Chairman Ana Ruiz of North Carolina said the rule would change.", "the rule would change", "Ana Ruiz", SpeakerPerson, "CBC Chairman"},
	})
}

// TestOrganisationNames: an organisation's name runs over "of", "for",
// "on" and the "and" of what it is of or for; a person titled by one stays
// the person, and two bodies joined by "and" stay two.
func TestOrganisationNames(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"The Centers for Disease Control and Prevention said cases rose.", "cases rose", "Centers for Disease Control and Prevention", SpeakerOrganization, ""},
		{"The Office for National Statistics said inflation fell.", "inflation fell", "Office for National Statistics", SpeakerOrganization, ""},
		{"The Office of Management and Budget said the deficit grew.", "the deficit grew", "Office of Management and Budget", SpeakerOrganization, ""},
		{"The Senate Committee on Foreign Relations said the treaty was dead.", "the treaty was dead", "Senate Committee on Foreign Relations", SpeakerOrganization, ""},
		{"The Brennan Center for Justice said the law was flawed.", "the law was flawed", "Brennan Center for Justice", SpeakerOrganization, ""},
		{"The University of Virginia said classes would resume.", "classes would resume", "University of Virginia", SpeakerOrganization, ""},
		{"The National Association of Criminal Defense Lawyers said the rule was unfair.", "the rule was unfair", "National Association of Criminal Defense Lawyers", SpeakerOrganization, ""},
		{"Council on Civic Rights Executive Director Nihad Awad said the ban was wrong.", "the ban was wrong", "Nihad Awad", SpeakerPerson, "Council on Civic Rights Executive Director"},
		{"The FBI and Justice Department said the probe was over.", "the probe was over", "Federal Bureau of Investigation and Department of Justice", "", ""},
	})
}

// TestRelativeWithoutAntecedent: "those who said" is those people,
// anonymous; a relative whose antecedent no rule finds names nobody, not
// "who".
func TestRelativeWithoutAntecedent(t *testing.T) {
	ex := withoutAccept()
	sp := find(t, ex.Extract("Among those who said the economy was their top issue, most backed Lee."), "the economy was their top issue").Speaker
	if sp.Name != "those" || sp.Kind != SpeakerAnonymous {
		t.Errorf("those who said: %q (%s)", sp.Name, sp.Kind)
	}
	for _, q := range ex.Extract("Among those who said the economy was their top issue, most backed Lee.") {
		if q.Speaker.Name == "who" {
			t.Errorf("speaker %q for %q", q.Speaker.Name, q.Text)
		}
	}
}

// TestInheritedNameOfDroppedFrame: a frame that inherits its subject keeps
// the subject's name when the first frame itself was dropped ("Pence said
// in Washington the deal would take time" gives no statement).
func TestInheritedNameOfDroppedFrame(t *testing.T) {
	ex := New(DefaultAliases())
	q := find(t, ex.Extract("Pence said in Washington the deal would take time but added that he supports Ryan."), "he supports Ryan")
	if q.Speaker.Name != "Pence" {
		t.Errorf("speaker %q, want Pence", q.Speaker.Name)
	}
}

// TestLocalDescriptorSpeaker: a local or court description before a name
// ("Neighbour Sue Green", "Mum-of-two Jane Hill"), a police rank ("DCI
// Mark Lane", also before the name of a force: "Det Sgt Paul Ward of
// Merseyside Police") and letters after it ("Tom Reed KC") are not the
// name.
func TestLocalDescriptorSpeaker(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Neighbour Sue Green, 67, said she heard a loud bang.", "a loud bang", "Sue Green", SpeakerPerson, "Neighbour"},
		{"Pensioner Mary Hill, 81, said the bus never came.", "the bus never came", "Mary Hill", SpeakerPerson, "Pensioner"},
		{"Mum-of-two Jane Hill said the school had let her down.", "let her down", "Jane Hill", SpeakerPerson, "Mum-of-two"},
		{`"He is a dangerous man," said Det Sgt Paul Ward of Merseyside Police.`, "a dangerous man", "Paul Ward", SpeakerPerson, "of Merseyside Police"},
		{"Inspector Mark Lane said the road would reopen.", "the road would reopen", "Mark Lane", SpeakerPerson, "Inspector"},
		{"DCI Mark Lane said the road would reopen.", "the road would reopen", "Mark Lane", SpeakerPerson, "DCI"},
		{"Prosecuting, Tom Reed KC said the attack was planned.", "the attack was planned", "Tom Reed", SpeakerPerson, ""},
		{"Jane Smith MP said the plan would fail.", "the plan would fail", "Jane Smith", SpeakerPerson, ""},
		{"Recorder Jane Smith said the offence was serious.", "the offence was serious", "Jane Smith", SpeakerPerson, "Recorder"},
		// negatives: no known first name after the word, or a name of two
		{"Neighbour Watch Green said the road was closed.", "the road was closed", "Neighbour Watch Green", "", ""},
		{"Mary Ann Hill said the bus never came.", "the bus never came", "Mary Ann Hill", SpeakerPerson, ""},
		{"Smith MP said the plan would fail.", "the plan would fail", "Smith MP", "", ""},
	})
}

// TestAgedApposition: an age before the name of an apposition ("The
// victim, 81-year-old Mary Hill") does not keep the name from speaking.
func TestAgedApposition(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"The victim, 81-year-old Mary Hill, said she no longer felt safe.", "no longer felt safe", "Mary Hill", SpeakerPerson, "victim"},
		{"Her neighbour, 67-year-old Sue Green, said she heard screams.", "she heard screams", "Sue Green", SpeakerPerson, "neighbour"},
		{"Her neighbour, 67-year-old Sue, said she heard screams.", "she heard screams", "neighbour, 67-year-old Sue", "", ""},
		{"The actress, 34, said she was expecting a baby.", "expecting a baby", "actress", "", ""},
		{"The Oscar winner, 52, said she was expecting a baby.", "expecting a baby", "Oscar winner", "", ""},
	})
}
