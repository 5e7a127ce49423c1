package extract

import "testing"

// speakerOf extracts text without the accept model and returns the speaker
// name of the statement holding sub.
func speakerOf(t *testing.T, text, sub string) string {
	t.Helper()
	return find(t, withoutAccept().Extract(text), sub).Speaker.Name
}

type speakerCase struct{ text, sub, want string }

// wantSpeakers checks the speaker of the statement holding sub in each text.
func wantSpeakers(t *testing.T, cases []speakerCase) {
	t.Helper()
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.want)
		}
	}
}

func TestPronounSkipsPlaces(t *testing.T) {
	cases := []speakerCase{
		{"Senator Margaret Olsen spoke in Denver on Monday. She said the bill would pass.", "bill would pass", "Margaret Olsen"},
		{"Polls show Harrison leading in Ohio. He said that the plan would work.", "plan would work", "Harrison"},
		{"Governor Tom Keller met voters in Madison, Wis., on Friday. He said the tax cut would help.", "tax cut would help", "Tom Keller"},
		{"Walter Briggs praised Europeans. He said the deal was fair.", "deal was fair", "Walter Briggs"},
	}
	wantSpeakers(t, cases)
}

func TestPronounGenderAgreement(t *testing.T) {
	cases := []speakerCase{
		// the nearest name is a man's: "she" goes to the woman before him
		{"Susan Porter met Robert Vance on Tuesday. She said the talks went well.", "talks went well", "Susan Porter"},
		{"Karen Doyle introduced Michael Hart at the rally. He said the state needed jobs.", "state needed jobs", "Michael Hart"},
		{"Karen Doyle welcomed Michael Hart at the rally. She said the state needed jobs.", "state needed jobs", "Karen Doyle"},
		// an honorific tells the gender of a lone surname
		{"Mrs. Dalton thanked Mr. Greer for the invitation. She said the school would reopen.", "school would reopen", "Dalton"},
	}
	wantSpeakers(t, cases)
}

func TestPersonNameChecks(t *testing.T) {
	for name, want := range map[string]bool{
		"Florida": false, "Wis.": false, "Feb.": false, "Americans": false, "Virginians": false,
		"New Hampshire polls": false, "Clinton ally": false, "Florida senator": false,
		"Our Principles": false, "Democratic National Convention": false, "Twitter": false,
		"Janet Brooks": true, "Charles de Gaulle": true, "Bashar al-Assad": true,
		"Arizona governor Jan Brewer": true, "Trump": true,
		"Kentucky Republican": false, "Secretary": false, "Asian American": false, "PAC": false,
		"King": true, "Anna Richardson White": true, "Jim Jordan": true,
		"Rivera's TV-friendly": false, "MAPLE GROVE": false, "NAACP": false, "I've": false, "D": false,
		"R-Tex.": false, "New York-based": false, "Ban Ki-moon": true, "Martin O'Malley": true, "Beto O’Rourke": true, "Anne Smith-Jones": true,
	} {
		if got := personName(name); got != want {
			t.Errorf("personName(%q) = %v, want %v", name, got, want)
		}
	}
	for _, c := range []struct {
		name, title string
		want        gender
	}{
		{"Hillary Clinton", "", genderFemale}, {"Donald Trump", "", genderMale},
		{"Clinton", "", genderUnknown}, {"Mrs. Clinton", "", genderFemale},
		{"Virginia Gov. Mark Warner", "", genderMale}, {"Jordan Smith", "", genderUnknown},
		{"Lee", "spokeswoman", genderFemale}, {"Sens. Jeff Merkley", "", genderMale},
	} {
		if got := nameGender(c.name, c.title); got != c.want {
			t.Errorf("nameGender(%q, %q) = %v, want %v", c.name, c.title, got, c.want)
		}
	}
}

func TestPronounNeverInventsAPerson(t *testing.T) {
	// no person in reach but a state and a month: no name at all
	got := speakerOf(t, "Voters in Nevada went to the polls in March. He said the count was fair.", "count was fair")
	if got != "unknown" {
		t.Errorf("speaker %q, want unknown", got)
	}
	// the only person is a woman: "he" is left unresolved
	got = speakerOf(t, "Margaret Olsen thanked the volunteers. He said the count was fair.", "count was fair")
	if got == "Margaret Olsen" {
		t.Errorf("he resolved to %q", got)
	}
}

func TestPersonCore(t *testing.T) {
	for name, want := range map[string]string{
		"cousin James York": "James York", "Davis, a retired teacher": "Davis",
		"Gov. Tom Keller of Ohio": "Gov. Tom Keller", "Clinton ally": "", "of environment": "",
		"Janet Brooks": "Janet Brooks",
	} {
		got, ok := personCore(name)
		if !ok {
			got = ""
		}
		if got != want {
			t.Errorf("personCore(%q) = %q, want %q", name, got, want)
		}
	}
}

func TestSurnameFirstNames(t *testing.T) {
	got := speakerOf(t, "President Ivan Petrov met Chinese leader Xi Jinping in Beijing on Monday. Xi said the talks were useful.", "talks were useful")
	if got != "Xi Jinping" {
		t.Errorf("speaker %q, want Xi Jinping", got)
	}
}
