package extract

import "testing"

// TestNamingPhraseSubject: a naming phrase between a subject's head and
// its cue ("with the call sign “Hunter”", "known as Bear", "who goes by
// Doc") is part of the subject, whose head is the mention; a pronoun
// before the phrase, a name without its phrase and training keep the old
// subject.
func TestNamingPhraseSubject(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{"War\n\n\"We are holding,\" a commander with the call sign \"Hunter\" told the BBC.", "We are holding", "a commander"},
		{"War\n\nA medic known as Bear said the clinic was full.", "the clinic was full", "A medic"},
		{"Camp\n\n\"We need tents,\" a volunteer who goes by Doc said.", "We need tents", "a volunteer"},
		{"Protest\n\nA student identified only as Maria told reporters that the march would go on.", "that the march would go on", "A student"},
		{"Music\n\nA DJ nicknamed \"Sparks\" said the show was sold out.", "the show was sold out", "A DJ"},
	})
	subject := func(text string, training bool) string {
		d := newDoc(text)
		defer d.release()
		d.training = training
		for _, a := range d.findAttributions() {
			if a.cue.ok() && d.word(a.cue.s) == "said" && a.subj.ok() {
				return d.rangeText(a.subj)
			}
		}
		return ""
	}
	text := "War\n\nA medic known as Bear said the clinic was full."
	if got := subject(text, false); got != "A medic known as Bear" {
		t.Errorf("inference: subject %q", got)
	}
	if got := subject(text, true); got == "A medic known as Bear" {
		t.Errorf("training: subject %q, want the old one", got)
	}
	if got := subject("War\n\nThe medic said the clinic was full.", false); got != "The medic" {
		t.Errorf("no naming phrase: subject %q", got)
	}
	if got := subject("War\n\nLee, a medic known as Bear, said the clinic was full.", false); got == "a medic known as Bear" {
		t.Errorf("apposition: subject %q", got)
	}
}
