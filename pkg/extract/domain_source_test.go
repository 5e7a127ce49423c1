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

// TestDomainSpeaker: a website's domain is an organisation's name, not an
// anonymous source's; a name with a space or no domain stays as it was.
func TestDomainSpeaker(t *testing.T) {
	text := "Storm.\n\nAccording to PowerOutage.us, more than 1 million homes were without power."
	if sp := find(t, New(nil).Extract(text), "without power").Speaker; sp.Name != "PowerOutage.us" || sp.Kind != SpeakerOrganization {
		t.Errorf("%q: speaker %q (%s), want PowerOutage.us (organization)", text, sp.Name, sp.Kind)
	}
	for _, sp := range []Speaker{{Name: "Jr. Smith", Kind: SpeakerPerson}, {Name: "St. Louis", Kind: SpeakerUnknown}, {Name: "Smith.", Kind: SpeakerPerson}} {
		if got := domainSpeaker(sp); got.Kind != sp.Kind {
			t.Errorf("domainSpeaker(%q): kind %s, want %s", sp.Name, got.Kind, sp.Kind)
		}
	}
}
