package extract

import "testing"

// TestHeadlineNameParticle covers a headline colon after a name with the
// lower-case particles of a family name; a lower-case word that is no
// particle still ends the title.
func TestHeadlineNameParticle(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{text: "Von der Leyen: Europe must rearm", content: "Europe must rearm", mention: "Von der Leyen"},
		{text: "Ursula von der Leyen: Europe must rearm now", content: "Europe must rearm now", mention: "Ursula von der Leyen"},
	})
	if q := find(t, ex.Extract("EU's von der Leyen: Europe must rearm"), "Europe must rearm"); q.Speaker.Name != "von der Leyen" {
		t.Errorf("speaker %q, want von der Leyen", q.Speaker.Name)
	}
	checkNoStatements(t, ex, []string{"Lee returned to his theme: taxes are too high"})
	d := newDocFor("Von der Leyen: Europe must rearm", true)
	defer d.release()
	if d.headlineNameParticle(0, 1) {
		t.Errorf("particle read in training")
	}
}
