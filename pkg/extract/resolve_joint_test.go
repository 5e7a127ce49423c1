package extract

import "testing"

// TestJointSpeakers: names joined by "and" speak together, each as the
// article resolves it; a plural title before them is both's; a subject
// that is not all names keeps the old reading.
func TestJointSpeakers(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Lavrov and Blinken said the talks would continue.", "the talks would continue", "Sergei Lavrov and Antony Blinken", SpeakerPerson, ""},
		{"Ana Smith and Bob Jones said the talks would continue.", "the talks would continue", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		{"Smith and Jones said the talks would continue.", "the talks would continue", "Smith and Jones", "", ""},
		{"Senators Ana Smith and Bob Jones wrote that the bill was flawed.", "the bill was flawed", "Ana Smith and Bob Jones", SpeakerPerson, ""},
		{"Russia and China said the talks would continue.", "the talks would continue", "Russia and China", "", ""},
	})
}

// TestJointSpeakerList: a list of three names, with or without the serial
// comma, is one speaker named "A, B and C"; a lower-case word in it is no
// list of names.
func TestJointSpeakerList(t *testing.T) {
	for text, want := range map[string]string{
		"Ana Smith, Bob Jones, and Carla Diaz": "Ana Smith, Bob Jones and Carla Diaz",
		"Ana Smith, Bob Jones and Carla Diaz":  "Ana Smith, Bob Jones and Carla Diaz",
		"Ana Smith and her aides":              "",
	} {
		d := newDoc(text + " wrote that the bill was flawed.")
		r := newResolver(d, DefaultAliases())
		r.refined = true
		end := 0
		for end < len(d.toks) && d.word(end) != "wrote" {
			end++
		}
		sp, ok := r.jointSpeaker(&attribution{subj: rng{0, end}, name: noRange, title: noRange})
		if ok != (want != "") || sp.Name != want {
			t.Errorf("%q: %q, %v; want %q", text, sp.Name, ok, want)
		}
	}
}
