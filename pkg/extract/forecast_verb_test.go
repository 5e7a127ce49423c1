package extract

import "testing"

// TestForecastVerb covers "forecast(s)" as a verb after the sentence's
// subject ("The bank forecasts that ...", "The company forecast revenue
// of ..."): a statement of the subject, read as "predict"; the noun
// ("despite forecasts that", "the weather forecast") and training are no
// such verb.
func TestForecastVerb(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "The bank forecasts that inflation will fall to 2 percent next year.", content: "that inflation will fall to 2 percent next year", mention: "The bank"},
		{text: "The company forecast revenue of $4 billion for the year.", content: "revenue of $4 billion for the year", mention: "The company"},
		{text: "Analysts forecast a loss of 10 cents a share.", content: "a loss of 10 cents a share", mention: "Analysts"},
	})
	for _, c := range []struct {
		text string
		i    int
		want bool
	}{
		{"The bank forecasts that inflation will fall.", 2, true},
		{"Despite forecasts that the economy would slow, hiring rose.", 1, false},
		{"The weather forecast calls for rain.", 2, false},
		{"The forecast that rain would fall proved right.", 1, false},
	} {
		d := newDoc(c.text)
		if got := d.forecastVerb(d.sents[0], c.i); got != c.want {
			t.Errorf("%q: verb %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.forecastVerb(d.sents[0], c.i) {
			t.Errorf("%q: a verb in training", c.text)
		}
		d.release()
	}
}
