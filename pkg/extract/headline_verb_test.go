package extract

import "testing"

// TestHeadlineNameVerb covers a headline that names its speaker right before
// a title-case verb: the noun-like forms ("Claims", "Tweets"), a verb after
// an adverb ("Just Announced") and an object verb take the rest of the
// headline as content; a clause word before the name and a verb in the body
// leave it alone.
func TestHeadlineNameVerb(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	body := "\n\nThe statement came late on Monday after a long meeting."
	checkContents(t, ex, []contentCase{
		{text: "Governor Ann Lee Tweets A Misleading Chart About Crime Rates." + body, content: "A Misleading Chart About Crime Rates", mention: "Governor Ann Lee"},
		{text: "Mayor Bob Diaz Just Announced His Support For The New Stadium." + body, content: "His Support For The New Stadium", mention: "Mayor Bob Diaz"},
		{text: "Senator Kim Claims Victory In The Budget Fight." + body, content: "Victory In The Budget Fight", mention: "Senator Kim"},
		// the teaser after a dash is the outlet's
		{text: "Mayor Bob Diaz Just Revealed His Pick For Chief – It May Surprise You." + body, content: "His Pick For Chief", mention: "Mayor Bob Diaz"},
	})
	checkNoStatements(t, ex, []string{
		"How Senator Kim Thinks About The Budget." + body,
		"The senator met voters. Jo Kim Tweets Photos Of The Event every day.",
	})
}
