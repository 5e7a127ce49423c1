package extract

import (
	"strings"
	"testing"
)

func TestRoleTitleResolvesToPerson(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		// the table's title, the country adjective read as the country
		{"Sergei Lavrov spoke after the meeting. The Russian foreign minister said the talks were useful.",
			"talks were useful", "Sergei Lavrov"},
		// a role synonym whose words stand apart
		{"Secretary of State Antony Blinken met his counterpart. The top U.S. diplomat added that both sides would keep talking.",
			"both sides would keep talking", "Antony Blinken"},
		{"Vladimir Putin met Xi Jinping in Beijing. The Russian leader said the talks were useful.",
			"talks were useful", "Vladimir Putin"},
		// a description of how the office is held
		{"French President Paul Girard met farmers in Lyon. The embattled French president said prices would rise.",
			"prices would rise", "Paul Girard"},
		{"Vladimir Putin met Xi Jinping in Beijing. The Kremlin leader said the talks were useful.",
			"talks were useful", "Vladimir Putin"},
		// a lede naming the person later: by the table's title, by the role
		// the article gives
		{"Ukraine's foreign minister said on Thursday that Kyiv would not cede land.\n\n“We will not trade our land for promises,” Andrii Sybiha told reporters.",
			"Kyiv would not cede land", "Andrii Sybiha"},
		{"Ukraine’s foreign minister said on Thursday that Kyiv would not cede land.\n\n“We will not trade our land for promises,” Andrii Sybiha told reporters.",
			"Kyiv would not cede land", "Andrii Sybiha"},
		{"Norway's foreign minister said on Monday that the talks would go on.\n\n“We are patient,” Ingrid Dahl, the foreign minister, told reporters.",
			"talks would go on", "Ingrid Dahl"},
		// an apposition after the role
		{"“The count is final,” said the spokesman for the state party, Tom Reyes.\n\nTom Reyes, the spokesman for the state party, said the count was final.",
			"count was final", "Tom Reyes"},
	})
}

func TestRoleTitleNeedsEvidence(t *testing.T) {
	cases := []struct{ text, sub, notWant string }{
		// a different country's minister
		{"Sergei Lavrov spoke after the meeting. The Ukrainian foreign minister said the talks were useful.",
			"talks were useful", "Sergei Lavrov"},
		{"Ukraine's foreign minister said on Thursday that Kyiv would not cede land.\n\n“We will not trade our land for promises,” Sergei Lavrov told reporters.",
			"Kyiv would not cede land", "Sergei Lavrov"},
		// two people could hold the role
		{"Antony Blinken met Sergei Lavrov in Geneva. The top diplomat said the talks were useful.",
			"talks were useful", "Antony Blinken"},
		{"Antony Blinken met Sergei Lavrov in Geneva. The top diplomat said the talks were useful.",
			"talks were useful", "Sergei Lavrov"},
		// a role the person does not hold
		{"Sergei Lavrov spoke after the meeting. The Russian defense minister said the talks were useful.",
			"talks were useful", "Sergei Lavrov"},
		{"Vladimir Putin spoke after the meeting. The former Russian president said the talks were useful.",
			"talks were useful", "Vladimir Putin"},
		{"Nursultan Nazarbayev spoke after the meeting. The Kazakh president said the talks were useful.",
			"talks were useful", "Nursultan Nazarbayev"},
		{"Vladimir Putin met Sergei Ivanov in Moscow. The Kremlin chief of staff said the talks were useful.",
			"talks were useful", "Vladimir Putin"},
		// "leader" is an office only with a country
		{"Vladimir Putin spoke after the meeting. The Democratic leader said the talks were useful.",
			"talks were useful", "Vladimir Putin"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}

func TestRoleTitleFits(t *testing.T) {
	r := &resolver{al: DefaultAliases()}
	for _, c := range []struct {
		nominal, title string
		countryFree    bool
		want           bool
	}{
		{"Russian foreign minister", "Foreign Minister of Russia", false, true},
		{"foreign minister", "Foreign Minister of Russia", false, true},
		{"Ukrainian foreign minister", "Foreign Minister of Russia", false, false},
		{"Ukrainian foreign minister", "foreign minister", true, true},
		{"Ukrainian foreign minister", "foreign minister", false, false},
		{"Russian president", "embattled president of soccer's governing body", true, false},
		{"Kazakh president", "former President of Kazakhstan", false, false},
		{"former Kazakh president", "former President of Kazakhstan", false, true},
	} {
		keys := [][]string{strings.Fields(r.al.key(c.nominal))}
		if got := r.titleFits(keys, c.title, c.countryFree); got != c.want {
			t.Errorf("titleFits(%q, %q, %v) = %v", c.nominal, c.title, c.countryFree, got)
		}
	}
}

// TestPremierSynonym: "the premier" is a prime minister named before,
// unless a premier by title is nearer.
func TestPremierSynonym(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nPrime Minister Shehbaz Sharif met the envoy.\n\n\"We want peace,\" the premier said.", "We want peace", "Shehbaz Sharif"},
		{"Talks resumed.\n\nChinese Premier Li Qiang met Prime Minister Anthony Albanese.\n\n\"We want peace,\" the premier said.", "We want peace", "Li Qiang"},
		{"Talks resumed.\n\nPrime Minister Mark Carney met Premier Doug Ford.\n\n\"We want peace,\" the premier said.", "We want peace", "Doug Ford"},
	})
}

// TestHeadOfStateSynonym: "the head of state" is a president named before,
// "the head of government" a prime minister; a department's head is not.
func TestHeadOfStateSynonym(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nPresident Cyril Ramaphosa spoke in Pretoria.\n\n\"We will act,\" the head of state said.", "We will act", "Cyril Ramaphosa"},
		{"Talks resumed.\n\nPresident Cyril Ramaphosa met Prime Minister Keir Starmer.\n\n\"We will act,\" the head of government said.", "We will act", "Keir Starmer"},
		{"Talks resumed.\n\nPresident Joe Biden spoke.\n\n\"We will act,\" the head of the State Department said.", "We will act", "head of the State Department"},
	})
}
