package extract

import "testing"

func TestTitleNominalPerson(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nOpposition Leader Peter Dutton spoke in Brisbane.\n\n\"We will repeal it,\" the Opposition Leader said.", "repeal it", "Peter Dutton"},
		{"Talks resumed.\n\nChief Executive John Lee spoke on Tuesday.\n\n\"Hong Kong is open,\" the Chief Executive said.", "Hong Kong is open", "John Lee"},
		{"Talks resumed.\n\nUnion Home Minister Amit Shah spoke in Delhi.\n\n\"We will act,\" the Home Minister said.", "We will act", "Amit Shah"},
		{"Talks resumed.\n\nGovernor-General Sam Mostyn spoke in Canberra.\n\n\"We grieve together,\" the Governor-General said.", "grieve together", "Sam Mostyn"},
		{"Talks resumed.\n\nCrown Prince Mohammed bin Salman met the envoy.\n\n\"We want stability,\" the crown prince said.", "want stability", "Mohammed bin Salman"},
		{"Talks resumed.\n\nSanders aide Jeff Weaver spoke on Monday.\n\n\"It violates the rules,\" the Sanders aide said.", "violates the rules", "Jeff Weaver"},
		// near misses: no such title before; a candidate, a campaign
		{"Talks resumed.\n\nPeter Dutton spoke in Brisbane.\n\n\"We will repeal it,\" the Opposition Leader said.", "repeal it", "Opposition Leader"},
		{"Talks resumed.\n\nThe Clinton campaign spokesman Brian Fallon spoke.\n\n\"It is a review,\" the Clinton campaign said.", "It is a review", "Clinton campaign"},
	})
}
