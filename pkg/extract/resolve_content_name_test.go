package extract

import "testing"

func TestContentNamePassesOver(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		// the first person is named in the content: the one joined to him
		{"Ted Cole and Mark Ruiz traded barbs on Tuesday. The Ohio senator said Cole was not telling the truth.",
			"Cole was not telling the truth", "Mark Ruiz"},
		// near miss: the content names someone else, the first person stands
		{"Ted Cole and Mark Ruiz traded barbs on Tuesday. The Ohio senator said Dole was not telling the truth.",
			"Dole was not telling the truth", "Ted Cole"},
	})
	cases := []struct{ text, sub, notWant string }{
		// named in the content and nobody else: no one
		{"Ted Cole spoke on Tuesday. The Ohio senator said Cole was not telling the truth.", "Cole was not telling", "Ted Cole"},
		// a person after "and" of an object is no subject
		{"Voters met Ted Cole and Mark Ruiz on Tuesday. The Ohio senator said Cole was lying.", "Cole was lying", "Mark Ruiz"},
	}
	for _, c := range cases {
		if got := speakerOf(t, c.text, c.sub); got == c.notWant {
			t.Errorf("%q: speaker %q", c.text, got)
		}
	}
}
