package extract

import "testing"

// TestNickname: a nickname in marks inside an inverted speaker's name does
// not end it; a quotation before a lower-case word or a long one does.
func TestNickname(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "'I don't know why they did it,' said 'Big' Tony Moran, 40.", content: "I don't know why they did it", mention: "'Big' Tony Moran"},
		{text: "\"We will win,\" said \"Big\" Tony Moran.", content: "We will win", mention: "\"Big\" Tony Moran"},
	})
	for _, c := range []struct {
		text string
		k    int
		want bool
	}{
		{"said \"Big\" Tony Moran", 1, true},
		{"said \"Big\" man Moran", 1, false},
		{"said \"The Very Big Boss\" Moran", 1, false},
	} {
		d := newDoc(c.text)
		if got := d.nicknameEnd(c.k) > c.k; got != c.want {
			t.Errorf("%q: nickname %v, want %v", c.text, got, c.want)
		}
		d.release()
	}
}

// TestNicknameFullName: the name around a nickname in marks is the
// person's, and a later surname alone is that person.
func TestNicknameFullName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Film\n\nDwayne \"The Rock\" Johnson said the sequel was finished.", "the sequel was finished", "Dwayne Johnson", SpeakerPerson, ""},
		{"Boxing\n\nThe fight was off. Marvin \"Iron\" Hale arrived late. Hale said he had been ill.", "he had been ill", "Marvin Hale", SpeakerPerson, ""},
	})
}
