package extract

import "testing"

// TestBritishPoliticsAliases: British parties, Downing Street's numbers
// and the Metropolitan Police are one speaker each in the alias table;
// "Conservatives" is left out (in American copy, conservative people).
func TestBritishPoliticsAliases(t *testing.T) {
	al := DefaultAliases()
	for name, want := range map[string]string{
		"Tories": "Conservative Party", "Labour": "Labour Party", "Lib Dems": "Liberal Democrats", "SNP": "Scottish National Party",
		"No 10": "Government of United Kingdom", "Number 10": "Government of United Kingdom", "Downing Street": "Government of United Kingdom",
		"Scotland Yard": "Metropolitan Police",
	} {
		if sp, ok := al.Resolve(name); !ok || sp.Name != want {
			t.Errorf("Resolve(%q) = %q, %v; want %q", name, sp.Name, ok, want)
		}
	}
	if sp, ok := al.Resolve("Conservatives"); ok {
		t.Errorf("Resolve(Conservatives) = %q; want no entry", sp.Name)
	}
}
