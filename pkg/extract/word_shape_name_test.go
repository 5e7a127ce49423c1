package extract

import "testing"

// TestWordShapeName: a one-word person speaker shaped as no surname is (an
// inner capital, capitals, a digit) is an organisation or of unknown kind;
// surnames with a prefix and capitals of a person named in full stay.
func TestWordShapeName(t *testing.T) {
	for w, want := range map[string]bool{"BuzzFeed": true, "ProPublica": true, "TheBlaze": true,
		"McConnell": false, "DeSantis": false, "MacArthur": false, "LaHood": false, "Smith": false} {
		if got := innerCapital(w); got != want {
			t.Errorf("innerCapital(%q) = %v, want %v", w, got, want)
		}
	}
	r := newResolver(newDoc("Senator Anna Korr spoke."), DefaultAliases())
	r.fullName["korr"] = "Anna Korr"
	for _, c := range []struct {
		name string
		want SpeakerKind
	}{
		{"NewsHub", SpeakerOrganization}, {"KGB", SpeakerOrganization}, {"Fox411", SpeakerUnknown}, {"VP", SpeakerUnknown},
		{"McDonough", SpeakerPerson}, {"KORR", SpeakerPerson}, {"Smith", SpeakerPerson},
	} {
		if got := r.wordShapeName(Speaker{Name: c.name, ID: SpeakerID(c.name), Kind: SpeakerPerson}); got.Kind != c.want || got.Name != c.name {
			t.Errorf("wordShapeName(%q) = %q %s, want %s", c.name, got.Name, got.Kind, c.want)
		}
	}
}
