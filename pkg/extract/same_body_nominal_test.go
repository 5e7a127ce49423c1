package extract

import "testing"

// TestSameBodyNominal: "the company" goes on naming the body an earlier
// "the company" named, though other names come between; not when two
// bodies were "the company" before.
func TestSameBodyNominal(t *testing.T) {
	ex := New(nil)
	one := "Results\n\nShares of Corvane Systems fell 9 percent. The company said revenue rose 14 percent.\n\n" +
		"\"It is early,\" said Keith Landry, an analyst at Harwell Securities.\n\n" +
		"Sofia Brandt of Meridian Capital told Reuters the answer was fair.\n\n" +
		"The company said in a statement that it remained confident in its strategy."
	if q, ok := longSpeaker(ex.Extract(one), "remained confident"); !ok || q.Name != "Corvane Systems" {
		t.Errorf("one body: speaker %q (found %v), want Corvane Systems", q.Name, ok)
	}
	two := "Results\n\nShares of Corvane Systems fell. The company said revenue rose.\n\n" +
		"Shares of Halvora Holdings rose. The company said profit doubled.\n\n" +
		"Sofia Brandt of Meridian Capital told Reuters the answer was fair.\n\n" +
		"The company said in a statement that it remained confident in its strategy."
	qs := ex.Extract(two)
	if q, ok := longSpeaker(qs, "profit doubled"); !ok || q.Name != "Halvora Holdings" {
		t.Fatalf("two bodies: second speaker %q (found %v), want Halvora Holdings", q.Name, ok)
	}
	if q, ok := longSpeaker(qs, "remained confident"); !ok || q.Kind == SpeakerOrganization {
		t.Errorf("two bodies: speaker %q %s (found %v), want no body", q.Name, q.Kind, ok)
	}
}
