package extract

import "testing"

// TestHandleQuote covers a quotation signed by a handle after it, either
// order of handle and verb; a handle followed by an object, or a verb that
// is no posting, gives no frame.
func TestHandleQuote(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Outage\n\n\"We are working on a fix,\" @XboxSupport wrote.", "@XboxSupport", "@XboxSupport", ""},
		{"Outage\n\n\"Working on it,\" wrote @elonmusk.", "@elonmusk", "@elonmusk", ""},
		{"Outage\n\n\"Fake,\" @nypost_fan replied on Monday.", "@nypost_fan", "@nypost_fan", ""},
		{"Outage\n\n\"Video is coming,\" wrote @jay.bsky.team.", "@jay.bsky.team", "@jay.bsky.team", ""},
		{"Outage\n\n\"This is not a drill,\" the account @TsunamiAlerts posted.", "the account @TsunamiAlerts", "@TsunamiAlerts", ""},
		{"Outage\n\n\"Stay safe,\" the @NYPDnews account wrote.", "the @NYPDnews account", "@NYPDnews", ""},
		{"Outage\n\n\"Unreal,\" posted @BarackObama, along with a photo of the team.", "@BarackObama", "@BarackObama", ""},
		{"Video\n\n\"Big news coming,\" @MrBeast teased on X.", "@MrBeast", "@MrBeast", ""},
		{"Launch\n\n\"Not again,\" joked @NASA on Friday.", "@NASA", "@NASA", ""},
		{"Trade\n\n\"Huge win for the fans,\" tweeted @espn's Adam Schefter.", "@espn's Adam Schefter", "Adam Schefter", ""},
		{"Trade\n\n\"The deal is done,\" wrote @TheAthletic's Shams Charania on Monday.", "@TheAthletic's Shams Charania", "Shams Charania", ""},
	})
	checkNoStatements(t, ex, []string{
		"Outage\n\n\"Hamilton,\" @theatrefan watched twice.",
		"Outage\n\n\"Hamilton,\" @theatrefan posted the review.",
	})
}
