package extract

import "testing"

// TestPostNominalSignature: a dash signature of a name and a post-nominal
// in capitals signs the quotation, with the name alone for the speaker;
// the training frames do not change.
func TestPostNominalSignature(t *testing.T) {
	ex := New(DefaultAliases())
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Results day\n\n\"Sales will recover next year.\" — Tom Reed MP", "Sales will recover", "Tom Reed", SpeakerPerson, ""},
		{"Vote\n\n\"We will fight on.\" ― Ann Lee MSP, Glasgow", "We will fight on", "Ann Lee", SpeakerPerson, ""},
	})
	text := "Results day\n\n\"Sales will recover next year.\" — Tom Reed MP"
	for _, training := range []bool{false, true} {
		d := newDoc(text)
		d.training = training
		np := d.signatureNP(d.quotes[0])
		if got := d.postNominalName(np); got != !training {
			t.Errorf("training %v: post-nominal name %v, want %v", training, got, !training)
		}
		d.release()
	}
}
