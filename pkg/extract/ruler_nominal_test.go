package extract

import "testing"

// TestRulerNominal: "the emir", "the king" are the person that title named
// before; another title, or none, gives no such person.
func TestRulerNominal(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nSheikh Tamim bin Hamad Al Thani met the envoy.\n\n\"We want peace,\" the emir said.", "We want peace", "Tamim bin Hamad Al Thani", SpeakerPerson, "Sheikh"},
		{"Talks resumed.\n\nKing Charles met the envoy.\n\n\"We want peace,\" the king said.", "We want peace", "Charles", SpeakerPerson, "King"},
		{"Talks resumed.\n\nSultan Haitham bin Tariq met the envoy. The sultan said the talks would go on.", "the talks would go on", "Haitham bin Tariq", SpeakerPerson, "Sultan"},
	})
	for _, text := range []string{
		"Talks resumed.\n\nKing Charles met the envoy.\n\n\"We want peace,\" the queen said.",
		"Talks resumed.\n\nThe envoy arrived.\n\n\"We want peace,\" the emir said.",
	} {
		for _, q := range withoutAccept().Extract(text) {
			if q.Speaker.Kind == SpeakerPerson {
				t.Errorf("%q: speaker %q, want no person", text, q.Speaker.Name)
			}
		}
	}
}
