package extract

import (
	"slices"
	"testing"
)

// TestCountryMinistries: every country of the table has its ministries,
// one speaker whatever form of the name an article uses; the table's own
// entries keep theirs ("Russian Foreign Ministry", the U.S. departments).
func TestCountryMinistries(t *testing.T) {
	al := DefaultAliases()
	for in, want := range map[string]string{
		"Ukraine's foreign ministry":             "Ukrainian Foreign Ministry",
		"Ukrainian MFA":                          "Ukrainian Foreign Ministry",
		"Ministry of Foreign Affairs of Ukraine": "Ukrainian Foreign Ministry",
		"Foreign Ministry of Ukraine":            "Ukrainian Foreign Ministry",
		"Kazakh Defence Ministry":                "Kazakh Defense Ministry",
		"Ministry of Defense of Kazakhstan":      "Kazakh Defense Ministry",
		"Ministry of Internal Affairs of Russia": "Russian Interior Ministry",
		"France's interior ministry":             "French Interior Ministry",
		"Russia's foreign ministry":              "Russian Foreign Ministry",
		"Russian MFA":                            "Russian Foreign Ministry",
		"U.S. Defense Ministry":                  "Department of Defense",
		"Italy's foreign ministry":               "Italian Foreign Ministry",
		"Saudi Foreign Ministry":                 "Saudi Foreign Ministry",
	} {
		sp, ok := al.Resolve(in)
		if !ok || sp.Name != want || sp.Kind != SpeakerOrganization {
			t.Errorf("Resolve(%q) = %q (%s), %v; want %q", in, sp.Name, sp.Kind, ok, want)
		}
	}
}

// TestMinistryWithoutCountry: "the foreign ministry" is the ministry of
// that name quoted before, else the one of the country the paragraph
// names, else just "foreign ministry"; never another ministry.
func TestMinistryWithoutCountry(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"The Ministry of Internal Affairs of Ukraine said the protest was illegal. Ukraine's foreign ministry said the talks failed. The interior ministry said 20 were held.",
			"20 were held", "Ukrainian Interior Ministry", SpeakerOrganization, ""},
		{"Ukraine's foreign ministry said the talks failed. The interior ministry said 20 were held.",
			"20 were held", "Ukrainian Interior Ministry", SpeakerOrganization, ""},
		{"In France, the interior ministry said 2,000 were arrested.", "2,000 were arrested", "French Interior Ministry", SpeakerOrganization, ""},
		{"In Russia, the ministry of defence said the attack was repelled.", "the attack was repelled", "Russian Defense Ministry", SpeakerOrganization, ""},
		{"In Ukraine, the foreign affairs ministry said the envoy had left.", "the envoy had left", "Ukrainian Foreign Ministry", SpeakerOrganization, ""},
		{"In Ukraine, the internal affairs ministry said 20 were held.", "20 were held", "Ukrainian Interior Ministry", SpeakerOrganization, ""},
		{"In Pakistan, the interior ministry said 20 were held. In Italy, the interior ministry said 30 were held.", "30 were held", "Italian Interior Ministry", SpeakerOrganization, ""},
		// a country's adjective that is also a name is left out of the table
		{"Billionaire Mark Cuban said the debate was a circus.", "the debate was a circus", "Mark Cuban", SpeakerPerson, "Billionaire"},
		{"Protests spread across Almaty on Wednesday, and Tokayev declared an emergency.\n\nThe Interior Ministry said that 2,000 protesters had been arrested.",
			"2,000 protesters", "Kazakh Interior Ministry", SpeakerOrganization, ""},
		// an American article: the United States has departments
		{"Biden spoke in Washington on Monday.\n\nLater, the interior ministry said 20 were held.", "20 were held", "interior ministry", SpeakerOrganization, ""},
		{"The French Interior Ministry said 2,000 were arrested. Russia and Ukraine traded blame. The foreign ministry said it would respond.",
			"it would respond", "foreign ministry", SpeakerOrganization, ""},
	})
}

// TestSeatsOfGovernment: a capital or a seat named for its government is
// the country's government ("Beijing said", "Downing Street said"); a
// leader of the table keeps his own entry.
func TestSeatsOfGovernment(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Beijing said the visit was a provocation.", "the visit was a provocation", "Government of China", SpeakerOrganization, ""},
		{"Moscow said the sanctions were illegal.", "the sanctions were illegal", "Government of Russia", SpeakerOrganization, ""},
		{"Downing Street said the talks were useful.", "the talks were useful", "Government of United Kingdom", SpeakerOrganization, ""},
		{"Putin said the sanctions were illegal.", "the sanctions were illegal", "Vladimir Putin", SpeakerPerson, "President of Russia"},
	})
}

// TestMinistryContextAlias: a ministry read from the article's country
// does not take the bare mention as an alias.
func TestMinistryContextAlias(t *testing.T) {
	text := "Protests spread across Almaty on Wednesday, and Tokayev declared an emergency.\n\nThe Interior Ministry said that 2,000 protesters had been arrested."
	sp := find(t, New(DefaultAliases()).Extract(text), "2,000 protesters").Speaker
	if sp.Name != "Kazakh Interior Ministry" || slices.Contains(sp.Aliases, "Interior Ministry") {
		t.Errorf("speaker %q, aliases %q", sp.Name, sp.Aliases)
	}
}
