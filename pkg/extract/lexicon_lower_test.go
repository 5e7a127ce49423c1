package extract

import (
	"strings"
	"testing"
)

func TestWordSetHasLower(t *testing.T) {
	s := set("resources", "inc", "zürich", strings.Repeat("x", 40))
	for _, w := range []string{"Resources", "RESOURCES", "resources", "Inc", "Shipping", "", "Zürich", "ZÜRICH", strings.Repeat("X", 40), strings.Repeat("X", 39)} {
		if got, want := s.hasLower(w), s.has(strings.ToLower(w)); got != want {
			t.Errorf("hasLower(%q) = %v, want %v", w, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { s.hasLower("Resources") }); n != 0 {
		t.Errorf("hasLower of a short ASCII word allocates %v times", n)
	}
}
