package extract

import "testing"

func TestNegativeAdjective(t *testing.T) {
	for w, want := range map[string]bool{
		"insecure": true, "indirect": true, "dishonest": true, "nonpartisan": true, "immoral": true,
		"including": false, "instead": false, "nonetheless": false, "indeed": false, "inner": false, "increasingly": false,
	} {
		if got := negativeAdjective(w); got != want {
			t.Errorf("negativeAdjective(%q) = %v, want %v", w, got, want)
		}
	}
	cases := []struct {
		text string
		want bool
	}{
		{"Lee said the old, insecure server was open.", true},
		{"Lee said the old, dishonest campaign was over.", true},
		{"Lee said the old, including the new ones, were open.", false},
		{"Lee said the old, instead of the new, was open.", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		comma := firstComma(d)
		if got := d.adjectiveComma(comma); got != c.want {
			t.Errorf("%q: adjectiveComma = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.adjectiveComma(comma) {
			t.Errorf("%q: adjectiveComma in training", c.text)
		}
	}
}
