package extract

import "testing"

// TestFirmName: a firm named like a person is an organisation: names
// joined by "&", a well-known founder's firm, a firm's noun before the name
// or its analysts or shares after it; a person's name with none of these
// stays a person, and the plain pass keeps the person kind.
func TestFirmName(t *testing.T) {
	goldman := "Markets\n\nGoldman Sachs said the economy would slow."
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{goldman, "economy would slow", "Goldman Sachs", SpeakerOrganization, ""},
		{"Markets\n\nMorgan Stanley said on Monday that rates would rise.", "rates would rise", "Morgan Stanley", SpeakerOrganization, ""},
		{"Earnings\n\nProcter & Gamble said sales would slow.", "sales would slow", "Procter & Gamble", SpeakerOrganization, ""},
		{"Audit\n\nErnst & Young said the accounts were sound.", "accounts were sound", "Ernst & Young", SpeakerOrganization, ""},
		{"Deal\n\nInvestment bank Halvorsen Wright said the deal was priced fairly.", "priced fairly", "Halvorsen Wright", SpeakerOrganization, ""},
		{"Markets\n\n\"Rates will rise,\" said Ann Lee, an analyst at Piper Halvorsen.\n\nPiper Halvorsen said the outlook was weak.", "outlook was weak", "Piper Halvorsen", SpeakerOrganization, ""},
		{"Markets\n\nKent Marlowe said the outlook was weak. Kent Marlowe shares fell 3%.", "outlook was weak", "Kent Marlowe", SpeakerOrganization, ""},
		// near-misses: a person's name; "at" after no occupation
		{"Markets\n\nTom Reed said the outlook was weak.", "outlook was weak", "Tom Reed", SpeakerPerson, ""},
		{"Markets\n\nTom Reed said the outlook was weak. Critics looked at Tom Reed closely.", "outlook was weak", "Tom Reed", SpeakerPerson, ""},
		{"Deal\n\nThe deal was advised by the bank Halvorsen Wright, which declined to comment. Halvorsen Wright said in March the deal was priced fairly.", "priced fairly", "Halvorsen Wright", SpeakerOrganization, ""},
		// a relative clause's subject after "the company": a person
		{"Rocket\n\nSpaceX is the company Elon Musk founded in 2002. Elon Musk said the launch would happen in May.", "launch would happen", "Elon Musk", SpeakerPerson, ""},
		{"Bank\n\nThe bank Jamie Dimon runs reported profits. Jamie Dimon said the economy was resilient.", "economy was resilient", "Jamie Dimon", SpeakerPerson, ""},
		// "shares" as a person's verb: no stock
		{"Launch\n\nElon Musk shares a photo of the rocket every week. Elon Musk said the launch would happen in May.", "launch would happen", "Elon Musk", SpeakerPerson, ""},
		{"Tour\n\nTaylor Swift shares new dates. \"We are thrilled,\" Taylor Swift said.", "We are thrilled", "Taylor Swift", SpeakerPerson, ""},
		{"Markets\n\nKent Marlowe said the outlook was weak. Kent Marlowe stock slid 3%.", "outlook was weak", "Kent Marlowe", SpeakerOrganization, ""},
	})
	if k := plainKind(t, goldman, "economy would slow"); k != SpeakerPerson {
		t.Errorf("%q: plain kind %s, want person", goldman, k)
	}
}

// TestFirmsData: data/firms.txt is read as lower-case names with hyphens
// as spaces, so that its lines match however the article writes them.
func TestFirmsData(t *testing.T) {
	firms := loadFirms("# comment\nGoldman  Sachs\n\nRolls-Royce\n")
	for _, name := range []string{"goldman sachs", "rolls royce"} {
		if !firms.has(name) {
			t.Errorf("loadFirms: %q missing", name)
		}
	}
	if firms.has("# comment") || len(firms.m) != 2 {
		t.Errorf("loadFirms: want 2 names, got %v", firms.m)
	}
	for _, name := range []string{"merrill lynch", "cantor fitzgerald", "harley davidson"} {
		if !firmsNamedLikePersons.has(name) {
			t.Errorf("data/firms.txt: %q missing", name)
		}
	}
}
