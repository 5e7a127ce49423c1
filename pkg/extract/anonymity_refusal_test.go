package extract

import "testing"

// TestAnonymityRefusal covers the refusal to be named, which is no
// statement, and the refusals that stay.
func TestAnonymityRefusal(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"The official, who declined to be identified, said the talks were over.",
		"The official declined to be named.",
		"A diplomat who declined to be named because he was not authorised to speak said the talks were over.",
	} {
		checkNoStatementWith(t, ex.Extract(text), "to be identified", "to be named")
	}
	text := "The official, who declined to be identified, said the talks were over."
	find(t, ex.Extract(text), "the talks were over")
	q := find(t, ex.Extract("The minister declined to be drawn on whether talks had failed."), "to be drawn")
	if q.Kind != KindIndirect {
		t.Errorf("kind %s", q.Kind)
	}
}
