package extract

import "testing"

// TestTickerCode: a company's instrument code in parentheses ends no
// sentence; a full stop before a closing parenthesis in running text
// still does.
func TestTickerCode(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Biz.\n\nAcme Corp (ACME.O) said on Tuesday it would cut 1,000 jobs.", "it would cut 1,000 jobs", "Acme Corp (ACME.O)"},
		{"Biz.\n\nToyota Motor Corp (7203.T) said it would build a new plant in Texas.", "it would build a new plant in Texas", "Toyota Motor Corp (7203.T)"},
		{"Biz.\n\n\"Demand is strong,\" BHP Group (BHP.AX) said in a statement.", "Demand is strong", "BHP Group (BHP.AX)"},
	})
	d := newDoc("Biz.\n\nSales rose (see p. 4) and profit fell (the chart.A) too.")
	for i := range d.toks {
		if d.tickerDot(i) {
			t.Errorf("a full stop in running text read as a code's: %q", d.text[d.toks[i-1].s:d.toks[i+1].e])
		}
	}
}
