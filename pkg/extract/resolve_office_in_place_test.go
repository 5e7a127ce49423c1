package extract

import "testing"

func TestOfficeBeforePlace(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nThe US embassy in Kyiv said the staff were safe.", "staff were safe", "US embassy in Kyiv"},
		{"Talks resumed.\n\nChina's embassy in Canberra said the report was groundless.", "groundless", "China's embassy in Canberra"},
		{"Talks resumed.\n\nThe French consulate in Jerusalem said the claims were false.", "claims were false", "French consulate in Jerusalem"},
		{"Talks resumed.\n\nA spokesman for the British embassy in Moscow said the claims were false.", "claims were false", "spokesman for the British embassy in Moscow"},
		{"Talks resumed.\n\nOfficials at the embassy in London said the claims were false.", "claims were false", "Officials at the embassy in London"},
		{"Talks resumed.\n\nA diplomat at the embassy in London said the claims were false.", "claims were false", "diplomat at the embassy in London"},
		// people named by their place
		{"Talks resumed.\n\nResidents in Gaza said the strikes continued overnight.", "strikes continued", "Residents in Gaza"},
		{"Talks resumed.\n\nWitnesses in Khartoum told Reuters that fighting had resumed.", "fighting had resumed", "Witnesses in Khartoum"},
		{"Talks resumed.\n\nFarmers in Punjab said the law would ruin them.", "law would ruin them", "Farmers in Punjab"},
		// near miss: a person in a place is no people
		{"Talks resumed.\n\nSmith in Gaza said the strikes continued.", "strikes continued", "Gaza"},
		// as before: a force before its place; a name after another sentence
		{"Talks resumed.\n\nPolice in Kent said the claims were false.", "claims were false", "police in Kent"},
		{"Talks resumed.\n\nHe met the embassy in London. Smith said the claims were false.", "claims were false", "Smith"},
	})
}

// TestIndiaMinistries: India's names of the foreign and interior
// ministries are the table's ministries.
func TestIndiaMinistries(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nIndia's external affairs ministry said the envoy had been summoned.", "envoy", "Indian Foreign Ministry"},
		{"Talks resumed.\n\nIndia's Ministry of Home Affairs said the curfew would be lifted.", "curfew", "Indian Interior Ministry"},
		// near misses: no country, no ministry
		{"Talks resumed.\n\nHome Depot said sales rose.", "sales rose", "Home Depot"},
	})
}
