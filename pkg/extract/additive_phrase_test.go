package extract

import "testing"

// TestInAdditivePhrase checks that a comma before an additive phrase and
// the phrase's words are no place to end a content at inference, unless
// a gerund or "to" follows the phrase.
func TestInAdditivePhrase(t *testing.T) {
	cases := []struct {
		text, at string // the token tested: the first of this text after "said"
		want     bool
	}{
		{"Lee said he built a gym, as well as a new pool.", ",", true},
		{"Lee said he built a gym, as well as a new pool.", "as", true},
		{"Lee said the debt hurt growth, coupled with weak demand.", ",", true},
		{"Lee said the debt hurt growth, coupled with weak demand.", "with", true},
		{"Lee said the plan covers parents, along with other relatives.", ",", true},
		{"Lee said the fund pays teachers, plus nurses.", ",", true},
		{"Lee said he reflected on it, as well as discussing it with Kim.", ",", false},
		{"Lee said he would stay, as well as to respond to Kim.", ",", false},
		{"Lee said he built a gym, as he had promised.", ",", false},
		{"Lee said he built a gym, with help from Kim.", ",", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := -1
		for i := 2; i < len(d.toks); i++ {
			if d.tokAt(i).lower == c.at {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no %q", c.text, c.at)
		}
		if got := d.inAdditivePhrase(k); got != c.want {
			t.Errorf("%q at %q: inAdditivePhrase = %v, want %v", c.text, c.at, got, c.want)
		}
		d.training = true
		if d.inAdditivePhrase(k) {
			t.Errorf("%q: inAdditivePhrase in training", c.text)
		}
		d.release()
	}
	ex := New(nil)
	q := find(t, ex.Extract("Smith said he was building a new clubhouse, as well as a new swimming pool."), "clubhouse")
	if want := "he was building a new clubhouse, as well as a new swimming pool"; q.Text != want {
		t.Errorf("content %q, want %q", q.Text, want)
	}
}
