package extract

import (
	"slices"
	"strings"
	"testing"
)

// TestWorldCountries: the countries of world news added in session 23
// have their governments and ministries, one speaker whatever the form.
func TestWorldCountries(t *testing.T) {
	al := DefaultAliases()
	for in, want := range map[string]string{
		"Greek foreign ministry":                                "Greek Foreign Ministry",
		"Greece's foreign ministry":                             "Greek Foreign Ministry",
		"Ministry of Foreign Affairs of Greece":                 "Greek Foreign Ministry",
		"Greek MFA":                                             "Greek Foreign Ministry",
		"Argentina's foreign ministry":                          "Argentine Foreign Ministry",
		"Argentinian government":                                "Government of Argentina",
		"Thailand's foreign ministry":                           "Thai Foreign Ministry",
		"Thai government":                                       "Government of Thailand",
		"Philippine foreign ministry":                           "Philippine Foreign Ministry",
		"Filipino foreign ministry":                             "Philippine Foreign Ministry",
		"Philippine government":                                 "Government of Philippines",
		"Myanmar's foreign ministry":                            "Myanmar Foreign Ministry",
		"Burmese government":                                    "Government of Myanmar",
		"Ministry of Foreign Affairs of Bosnia and Herzegovina": "Bosnian Foreign Ministry",
		"Bosnia's foreign ministry":                             "Bosnian Foreign Ministry",
		"DR Congo's foreign ministry":                           "Congolese Foreign Ministry",
		"Congolese government":                                  "Government of Democratic Republic of Congo",
		"South Sudanese government":                             "Government of South Sudan",
		"Sudan's foreign ministry":                              "Sudanese Foreign Ministry",
		"Sri Lankan government":                                 "Government of Sri Lanka",
		"New Zealand's foreign ministry":                        "New Zealand Foreign Ministry",
		"Kenyan interior ministry":                              "Kenyan Interior Ministry",
		"Palestinian health ministry":                           "Palestinian Health Ministry",
		"Jordan's foreign ministry":                             "Jordanian Foreign Ministry",
		"Jordan government":                                     "Government of Jordan",
		"Chad's government":                                     "Government of Chad",
		"Irish Department of Health":                            "Irish Health Ministry",
		"Ireland's Department of Foreign Affairs":               "Irish Foreign Ministry",
		"China's commerce ministry":                             "Chinese Trade Ministry",
		"Ministry of Commerce of China":                         "Chinese Trade Ministry",
		"South Africa's Department of International Relations and Cooperation": "South African Foreign Ministry",
		"DIRCO":                     "South African Foreign Ministry",
		"DFAT":                      "Australian Foreign Ministry",
		"Israeli military":          "Israel Defense Forces",
		"Israel's military":         "Israel Defense Forces",
		"IDF":                       "Israel Defense Forces",
		"IMF":                       "International Monetary Fund",
		"UN nuclear watchdog":       "International Atomic Energy Agency",
		"IAEA":                      "International Atomic Energy Agency",
		"OPEC":                      "Organization of the Petroleum Exporting Countries",
		"ECB":                       "European Central Bank",
		"World Health Organisation": "World Health Organization",
		"WHO":                       "World Health Organization",
	} {
		sp, ok := al.Resolve(in)
		if !ok || sp.Name != want || sp.Kind != SpeakerOrganization {
			t.Errorf("Resolve(%q) = %q (%s), %v; want %q", in, sp.Name, sp.Kind, ok, want)
		}
	}
	// not in the table: the pronoun ("who"; "WHO" only in capitals), a country's name alone,
	// the departments of a country whose offices are departments
	for _, in := range []string{"who", "Who", "Jordan", "Chad", "U.S. Energy Department", "Energy Department", "Department of Foreign Affairs"} {
		if sp, ok := al.Resolve(in); ok {
			t.Errorf("Resolve(%q) = %q, want nothing", in, sp.Name)
		}
	}
}

// TestPersonalCountryName: a country name marked "~" in the table (a
// person's name too) names the country only inside an office's name:
// "Michael Jordan" and "Chad Sweet" keep their given names, and a
// country word before a lone name is part of it ("Philippine Star").
func TestPersonalCountryName(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Talks resumed.\n\nMichael Jordan said the team played well.", "the team played well", "Michael Jordan", SpeakerPerson, ""},
		{"Talks resumed.\n\nChad Sweet said the campaign would respond.", "the campaign would respond", "Chad Sweet", SpeakerPerson, ""},
		{"Talks resumed.\n\nJordan Spieth said the course was hard.", "the course was hard", "Jordan Spieth", SpeakerPerson, ""},
		{"Talks resumed.\n\nJordan's foreign ministry said the envoy had been summoned.", "the envoy had been summoned", "Jordanian Foreign Ministry", SpeakerOrganization, ""},
		{"Talks resumed.\n\nAccording to the Philippine Star, the bill was filed on Monday.", "the bill was filed", "Philippine Star", SpeakerOrganization, ""},
		{"Talks resumed.\n\nRussian President Vladimir Putin said the sanctions were illegal.", "the sanctions were illegal", "Vladimir Putin", SpeakerPerson, "President of Russia"},
	})
	al := DefaultAliases()
	for _, w := range []string{"jordan", "chad"} {
		if demonymWord(w) {
			t.Errorf("demonymWord(%q)", w)
		}
		if _, ok := al.countryOf(w); ok {
			t.Errorf("countryOf(%q): a country mention", w)
		}
	}
	if !demonymWord("jordanian") {
		t.Errorf("demonymWord(jordanian) = false")
	}
}

// TestCountryDepartments: a country's department is its ministry in the
// article too, with the country before a plural possessive ("The
// Philippines' Department of Foreign Affairs"); no word of the longer name
// becomes an alias ("Affairs", "Health").
func TestCountryDepartments(t *testing.T) {
	ex := New(DefaultAliases())
	for _, c := range []struct{ text, want string }{
		{"Talks resumed.\n\nThe Philippines' Department of Foreign Affairs said the envoy had been summoned.", "Philippine Foreign Ministry"},
		{"Talks resumed.\n\nIreland's Department of Foreign Affairs said the envoy had been summoned.", "Irish Foreign Ministry"},
		{"Talks resumed.\n\nThe Irish Department of Health said 20 cases had been confirmed.", "Irish Health Ministry"},
		{"Talks resumed.\n\nThe Ministry of Foreign Affairs of Bosnia and Herzegovina said the envoy had been summoned.", "Bosnian Foreign Ministry"},
		{"Talks resumed.\n\nThe U.S. Energy Department said the reactor was safe.", "U.S. Energy Department"},
	} {
		qs := ex.Extract(c.text)
		if len(qs) != 1 || qs[0].Speaker.Name != c.want {
			t.Errorf("%q: got %+v, want %q", c.text, qs, c.want)
			continue
		}
		for _, bad := range []string{"Affairs", "Health", "Herzegovina"} {
			if slices.Contains(qs[0].Speaker.Aliases, bad) {
				t.Errorf("%q: alias %q (all: %q)", c.text, bad, qs[0].Speaker.Aliases)
			}
		}
	}
}

// TestParsePersonalCountry: "~" before a country's name in a table.
func TestParsePersonalCountry(t *testing.T) {
	al, err := ParseAliases(strings.NewReader("country | ~Jordan | Jordanian | Amman\n"))
	if err != nil {
		t.Fatal(err)
	}
	if sp, ok := al.Resolve("Jordan's foreign ministry"); !ok || sp.Name != "Jordanian Foreign Ministry" {
		t.Errorf("Resolve = %q, %v", sp.Name, ok)
	}
	if len(al.countries) != 1 || al.countries[0].name != "Jordan" || !al.countries[0].personal {
		t.Errorf("countries %+v", al.countries)
	}
	m := DefaultAliases().Merge(al)
	if sp, ok := m.Resolve("Jordan government"); !ok || sp.Name != "Government of Jordan" {
		t.Errorf("merged: Resolve = %q, %v", sp.Name, ok)
	}
}

// TestCountryMilitaries: every country of the table has its military,
// one speaker whatever the form; the table's Israel Defense Forces keeps
// the Israeli forms.
func TestCountryMilitaries(t *testing.T) {
	al := DefaultAliases()
	for in, want := range map[string]string{
		"Russian military":        "Russian Armed Forces",
		"Ukraine's military":      "Ukrainian Armed Forces",
		"Ukrainian army":          "Ukrainian Armed Forces",
		"Armed Forces of Ukraine": "Ukrainian Armed Forces",
		"Sudanese army":           "Sudanese Armed Forces",
		"Israeli Armed Forces":    "Israel Defense Forces",
		"Armed Forces of Israel":  "Israel Defense Forces",
		"Israeli army":            "Israel Defense Forces",
	} {
		sp, ok := al.Resolve(in)
		if !ok || sp.Name != want || sp.Kind != SpeakerOrganization {
			t.Errorf("Resolve(%q) = %q (%s), %v; want %q", in, sp.Name, sp.Kind, ok, want)
		}
	}
	if sp, ok := al.Resolve("military"); ok {
		t.Errorf("Resolve(military) = %q", sp.Name)
	}
}

// TestWorldBodies: the UN agencies and organs, EU institutions, central
// banks and regional bodies added in session 25 are one speaker whatever
// the form; bare names of other bodies stay out.
func TestWorldBodies(t *testing.T) {
	al := DefaultAliases()
	groups := map[string][]string{
		"World Food Programme":   {"WFP", "World Food Program", "UN World Food Programme", "U.N. World Food Program"},
		"UN Security Council":    {"Security Council", "U.N. Security Council", "United Nations Security Council", "UNSC"},
		"UN General Assembly":    {"U.N. General Assembly", "United Nations General Assembly"},
		"UN Human Rights Office": {"OHCHR", "U.N. human rights office", "UN rights office"},
		"European Commission":    {"EU Commission", "E.U. Commission", "the European Commission"},
		"European Parliament":    {"EU Parliament"},
		"Federal Reserve":        {"U.S. Federal Reserve", "US Federal Reserve", "Federal Reserve Board"},
		"Bank of England":        {"BoE", "the Bank of England"},
		"Bank of Japan":          {"BOJ"},
		"People's Bank of China": {"PBOC", "Chinese central bank"},
		"Organisation for Economic Co-operation and Development": {"OECD", "Organization for Economic Cooperation and Development"},
		"International Organization for Migration":               {"IOM", "UN migration agency"},
	}
	for want, forms := range groups {
		id := ""
		for _, in := range append([]string{want}, forms...) {
			sp, ok := al.Resolve(in)
			if !ok || sp.Name != want || sp.Kind != SpeakerOrganization {
				t.Errorf("Resolve(%q) = %q (%s), %v; want %q", in, sp.Name, sp.Kind, ok, want)
				continue
			}
			if id == "" {
				id = sp.ID
			} else if sp.ID != id {
				t.Errorf("Resolve(%q): id %q, want %q", in, sp.ID, id)
			}
		}
	}
	for _, in := range []string{"General Assembly", "Red Cross", "UN food agency", "fed up"} {
		if sp, ok := al.Resolve(in); ok {
			t.Errorf("Resolve(%q) = %q, want nothing", in, sp.Name)
		}
	}
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Aid\n\nThe World Food Programme said it had cut rations. \"The food is there,\" WFP spokeswoman Leila Mansour said.", "it had cut rations", "World Food Programme", SpeakerOrganization, ""},
		{"Rates\n\nThe Federal Reserve said inflation was easing.", "inflation was easing", "Federal Reserve", SpeakerOrganization, ""},
	})
}
