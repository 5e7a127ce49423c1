package extract

import "testing"

// TestAcronymSpeaker: initials are the organisation the article names in
// full, before or after them, over "of" and "and"; initials without such a
// name, or whose name names no organisation, stay as they are.
func TestAcronymSpeaker(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"The National Transportation Safety Board said the pilot erred. The NTSB added that the weather was poor.", "weather was poor", "National Transportation Safety Board"},
		{"The NHS said waiting lists had grown. The National Health Service is short of staff.", "waiting lists", "National Health Service"},
		{"The Food and Drug Administration approved the drug. The FDA said it was safe.", "it was safe", "Food and Drug Administration"},
		{"The Department of Foreign Affairs summoned the envoy. The DFA said talks would go on.", "talks would go on", "Department of Foreign Affairs"},
		{"The Organization of the Petroleum Exporting Countries met. OPEC said output would rise.", "output would rise", "Organization of the Petroleum Exporting Countries"},
		{"The Bank of England held rates. The BoE said inflation would fall.", "inflation would fall", "Bank of England"},
		// no full name, or one that names no organisation
		{"AOC said the bill was weak.", "bill was weak", "AOC"},
		{"Ned Hale Smith arrived. NHS said the bill was weak.", "bill was weak", "NHS"},
	})
	for _, c := range []struct {
		name string
		want bool
	}{{"NTSB", true}, {"F.D.A.", true}, {"BoE", true}, {"Ab", false}, {"NATIONAL", false}, {"Smith", false}, {"U-2", false}} {
		if got := acronymLike(c.name); got != c.want {
			t.Errorf("acronymLike(%q) = %v, want %v", c.name, got, c.want)
		}
	}
}

// TestAcronymLookBound: an article of many acronym-like speakers (a
// transcript's capital labels) is searched for a bounded number of them.
func TestAcronymLookBound(t *testing.T) {
	r := &resolver{d: newDocFor("Headline\n\nThe Food and Drug Administration met.", false)}
	defer r.d.release()
	for _, acr := range []string{"AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP",
		"AQ", "AR", "AS", "AT", "AU", "AV", "AW", "AX", "AY", "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH"} {
		r.acronymSpeaker(Speaker{Name: acr, Kind: SpeakerPerson})
	}
	if len(r.acronyms) != maxAcronymsLooked {
		t.Errorf("%d acronyms looked up, want %d", len(r.acronyms), maxAcronymsLooked)
	}
	if sp := r.acronymSpeaker(Speaker{Name: "FDA", Kind: SpeakerPerson}); sp.Name != "FDA" {
		t.Errorf("past the bound: %q, want the acronym as it is", sp.Name)
	}
}
