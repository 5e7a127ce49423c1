package extract

import "testing"

// TestStartAfterInnerSaid covers a backward content started after a
// "NAME, says" it holds; at inference only.
func TestStartAfterInnerSaid(t *testing.T) {
	cases := []struct{ text, want string }{
		{"His manager, Jane Roe, says the streak is proof they can win, according to the paper.", "the streak is proof they can win"},
		{"Roe, a former mayor, said that the plan would fail badly, according to the paper.", "the plan would fail badly"},
		// no comma before the verb, or too few words after it: the content stays
		{"The group said the streak is proof they can win, according to the paper.", "The group said the streak is proof they can win"},
		{"His manager, Jane Roe, says it works, according to the paper.", "His manager, Jane Roe, says it works"},
		// inside a quotation the words are the speaker's
		{"“His manager, Jane Roe, says the streak is proof,” according to the paper.", "“His manager, Jane Roe, says the streak is proof,”"},
	}
	for _, training := range []bool{false, true} {
		for _, tc := range cases {
			d := newDocFor(tc.text, training)
			d.training = training
			cue := -1
			for k := range d.toks {
				if d.word(k) == "according" {
					cue = k
				}
			}
			end := cue
			if d.punct(end-1) == "," {
				end--
			}
			a := &attribution{cue: rng{cue, cue + 2}, cueText: "according to", content: []rng{{0, end}}}
			d.startAfterInnerSaid(a)
			got := tc.text[d.toks[a.content[0].s].s:d.toks[a.content[0].e-1].e]
			want := tc.want
			if training {
				want = tc.text[:d.toks[end-1].e]
			}
			if got != want {
				t.Errorf("training %v %q: content %q, want %q", training, tc.text, got, want)
			}
			d.release()
		}
	}
}
