package extract

import "testing"

// TestDescriptorOpening: a company's trade or a family description with
// "-of-" opening the sentence is no part of the name; a word that only
// looks like one, or a name of its own, stays.
func TestDescriptorOpening(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Biz.\n\nChipmaker Nvidia said demand for its chips was strong.", "demand for its chips", "Nvidia", "", "Chipmaker"},
		{"Biz.\n\nDrugmaker Eli Lilly said sales rose.", "sales rose", "Eli Lilly", "", "Drugmaker"},
		{"Biz.\n\nMiner Rio Tinto said output fell.", "output fell", "Rio Tinto", "", "Miner"},
		{"Biz.\n\nRetailer Tesco said sales rose.", "sales rose", "Tesco", "", "Retailer"},
		{"Talks resumed.\n\nGrandmother-of-five Jean Hill, 72, said she was thrilled.", "she was thrilled", "Jean Hill", "", "Grandmother-of-five"},
		// near misses: a name of its own, an office, a lower-case word after
		{"Biz.\n\nNetwork Rail said trains were late.", "trains were late", "Network Rail", "", ""},
		{"Biz.\n\nLawmaker Ana Ortiz said the bill was flawed.", "the bill was flawed", "Ana Ortiz", "", "Lawmaker"},
		{"Talks resumed.\n\nFather-of-two Hill said he was thrilled.", "he was thrilled", "Father-of-two Hill", "", ""},
	})
}

func TestTradeDescriptor(t *testing.T) {
	for w, want := range map[string]bool{"chipmaker": true, "planemaker": true, "lender": true, "lawmaker": false,
		"filmmaker": false, "maker": false, "policymaker": false, "bank": false, "network": false} {
		if tradeDescriptor(w) != want {
			t.Errorf("tradeDescriptor(%q) = %v", w, !want)
		}
	}
}
