package extract

import "testing"

// TestPartyDistrictLabel: a party label with a district number after the
// name is a label, as "R-Ky." is; a number without a label is not.
func TestPartyDistrictLabel(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, content, name string }{
		{"Local\n\nCouncil member Ann Lee, D-District 4, said the vote was rushed.", "the vote was rushed", "Ann Lee"},
		{"Local\n\nCouncil member Tom Reed, R-Ward 3, said the budget was fair.", "the budget was fair", "Tom Reed"},
		{"Local\n\nCouncil member Ann Lee, D-Ohio, said the vote was rushed.", "the vote was rushed", "Ann Lee"},
	} {
		if q := find(t, ex.Extract(c.text), c.content); q.Speaker.Name != c.name {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.name)
		}
	}
	for text, want := range map[string]bool{
		"Ann Lee, D-District 4, said it.": true,
		"Ann Lee, District 4, said it.":   false, // no party label
		"Ann Lee, D-Ohio, said it.":       false, // no number: the plain label
	} {
		d := newDoc(text)
		got := false
		for l := range d.toks {
			got = got || d.partyDistrictLabel(l) != l
		}
		if got != want {
			t.Errorf("%q: district label %v, want %v", text, got, want)
		}
	}
}
