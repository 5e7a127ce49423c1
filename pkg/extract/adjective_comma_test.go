package extract

import "testing"

// TestAdjectiveComma checks that a comma between two adjectives of one
// noun phrase is no cut point at inference, and that other commas after a
// determiner and a word still are.
func TestAdjectiveComma(t *testing.T) {
	cases := []struct {
		text, after string // the comma tested follows the word after
		want        bool
	}{
		{"Lee said the panel has the full, unredacted memo and will study it.", "full", true},
		{"Lee said the city bought a shiny, expensive truck for the parade.", "shiny", true},
		{"Lee said she saw the mayor's brash, combative style up close.", "brash", true},
		{"Lee said she did not know the balding, bespectacled man.", "balding", true},
		{"Lee said the plan hurt the rich, worried about their taxes.", "rich", false},
		{"Lee said he would debate the senator, criticized Kim on two fronts.", "senator", false},
		{"Lee said she met the senator, who praised the bill.", "senator", false},
		{"Lee said the plan is a mistake, and the mayor agreed.", "mistake", false},
		{"Lee said the vote was a victory, political experts said.", "victory", false},
		{"Lee said she backs the bill, essentially unchanged.", "bill", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := commaAfter(t, d, c.after)
		if got := d.adjectiveComma(k); got != c.want {
			t.Errorf("%q: adjectiveComma = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.adjectiveComma(k) {
			t.Errorf("%q: adjectiveComma in training", c.text)
		}
		d.release()
	}
	ex := New(nil)
	q := find(t, ex.Extract("The chairman said the committee has the full, unredacted memo and will discuss it next week."), "the committee")
	if want := "the committee has the full, unredacted memo and will discuss it next week"; q.Text != want {
		t.Errorf("content %q, want %q", q.Text, want)
	}
}
