package extract

import "testing"

// TestTranslationSource covers an "according to" whose source is a
// translation: the speaker inside keeps the statement; a source that is
// no translation, or a report by a translation bureau, keeps its frame.
func TestTranslationSource(t *testing.T) {
	ex := New(nil)
	checkSoleSpeakers(t, ex, []soleSpeaker{
		{"Talks\n\n\"We are not afraid,\" the general said, according to a Reuters translation.", "the general", "general", ""},
		{"Talks\n\n\"The enemy will pay,\" Ali Reza said, according to an English translation published by his office.", "Ali Reza", "Ali Reza", ""},
		{"Talks\n\nAccording to a translation provided by his office, Lula said Brazil would not take sides.", "Lula", "Lula", ""},
		{"Korea\n\nThe minister said, according to an official translation, that the talks had been constructive.", "The minister", "minister", ""},
	})
	cases := []struct {
		text string
		want bool
	}{
		{"Talks\n\nThe war will end soon, according to a translation by KCNA Watch.", true},
		{"Talks\n\nThe war will end soon, according to an official Vatican translation.", true},
		{"Talks\n\nThe war will end soon, according to a report by the translation bureau.", false},
		{"Talks\n\nThe war will end soon, according to the ministry.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		got := false
		for _, a := range d.findAttributions() {
			got = got || d.translationSource(a)
		}
		if got != c.want {
			t.Errorf("%q: translationSource = %v, want %v", c.text, got, c.want)
		}
	}
}
