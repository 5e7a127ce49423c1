package extract

import "testing"

// TestFunctionWordName: "To Lam" after a role noun is a person, whom a
// later "Lam" names; a title in capitals ("To Kill a Mockingbird") or a
// sentence start is none.
func TestFunctionWordName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Talks resumed.\n\nVietnamese leader To Lam said the party would fight corruption. Lam said the economy would grow.", "the economy would grow", "To Lam", SpeakerPerson, ""},
		{"Talks resumed.\n\nVietnamese President To Lam met the delegation in Hanoi. Lam said the economy would grow.", "the economy would grow", "To Lam", SpeakerPerson, "Vietnamese President"},
		// near miss: no role noun before "To Lam"
		{"Talks resumed.\n\nHe spoke To Lam about it. Lam said the economy would grow.", "the economy would grow", "Lam", "", ""},
	})
	d := newDoc("Talks resumed.\n\nTo Lam the party turned.")
	for k := range d.toks {
		if d.word(k) == "to" && d.functionWordName(rng{k, k + 2}) {
			t.Error("a sentence-initial To read as a name")
		}
	}
}
