package extract

import "testing"

// TestReadInverted covers "read" after its quotation with the text that
// bears it as subject ("“...,” reads an editorial in the Ledger").
func TestReadInverted(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `"The council has lost its way," reads an editorial in the Ledger.`
	q := find(t, ex.Extract(text), "The council has lost its way")
	if m := mention(text, q); m != "an editorial in the Ledger" && m != "an editorial" {
		t.Errorf("mention %q, want the editorial", m)
	}
}
