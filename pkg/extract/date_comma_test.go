package extract

import "testing"

// TestDateComma checks that the comma inside a date is no cut point at
// inference, and that a comma after a date or before other numbers is.
func TestDateComma(t *testing.T) {
	cases := []struct {
		text, after string // the comma tested follows the word after
		want        bool
	}{
		{"Lee said she met him in an April, 2012 meeting.", "april", true},
		{"Lee said the Aug. 8, 2015, memo was false.", "8", true},
		{"Lee said ratings are the highest since Jan. 7, 2012, when Kim hosted.", "7", true},
		{"Lee said ratings are the highest since Sept 7, 2012.", "7", true},
		{"Lee said ratings are the highest since Jan. 7, 2012, when Kim hosted.", "2012", false},
		{"Lee said he won 7, 2012 voters did not.", "7", false},
		{"Lee said he will visit in May, and Kim agreed.", "may", false},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		k := commaAfter(t, d, c.after)
		if got := d.dateComma(k); got != c.want {
			t.Errorf("%q: dateComma = %v, want %v", c.text, got, c.want)
		}
		d.training = true
		if d.dateComma(k) {
			t.Errorf("%q: dateComma in training", c.text)
		}
		d.release()
	}
}
