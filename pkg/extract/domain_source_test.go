package extract

import "testing"

// TestDomainSource: a website cited after "according to" keeps its
// top-level domain, before the content and after it; a dot with a space
// after it still ends the source.
func TestDomainSource(t *testing.T) {
	checkSoleSpeakers(t, withoutAccept(), []soleSpeaker{
		{"Storm.\n\nAccording to PowerOutage.us, more than 1 million homes were without power.", "PowerOutage.us", "PowerOutage.us", ""},
		{"Storm.\n\nMore than 3,000 flights were canceled, according to FlightAware.com, which tracks delays.", "FlightAware.com", "FlightAware.com", ""},
		{"Storm.\n\nMore than 1 million homes were without power, according to PowerOutage.us.", "PowerOutage.us", "PowerOutage.us", ""},
		{"Storm.\n\nMore than 1 million homes were without power, according to Entergy. Crews were out all night.", "Entergy", "Entergy", ""},
	})
}
