package extract

import "testing"

// TestSupportGerund covers "support"/"oppose" with a gerund object:
// rule-accepted at inference after a finite verb's subject, with the
// object's clause as the content; not in a report, a negation, an
// infinitive, a noun or a source's aside.
func TestSupportGerund(t *testing.T) {
	accepted := func(text string) bool {
		d := newDoc(text)
		defer d.release()
		for _, a := range d.findAttributions() {
			if d.supportGerund(a, d.sents[a.sent]) && d.acceptedByRule(a) {
				return true
			}
		}
		return false
	}
	for _, text := range []string{
		"Vote Set.\n\nSenator Lee supports raising the gas tax by ten cents.",
		"Vote Set.\n\nDemocrats in the House typically oppose cutting the school budget.",
		"Vote Set.\n\nThe mayor would support selling the old stadium.",
	} {
		if !accepted(text) {
			t.Errorf("%q: no rule-accepted support frame", text)
		}
	}
	for _, text := range []string{
		"Vote Set.\n\nLee said he supports raising the gas tax.",
		"Vote Set.\n\nNobody knows whether Lee still supports raising the gas tax.",
		"Vote Set.\n\nSenator Lee does not support raising the gas tax.",
		"Vote Set.\n\nSenator Lee wants to support raising the gas tax.",
		"Vote Set.\n\nHer support during the primary was thin.",
		"Vote Set.\n\n\"We will win,\" said Ann Ruiz, who supports raising the gas tax.",
		"Vote Set.\n\nSenator Lee supports the gas tax.",
	} {
		if accepted(text) {
			t.Errorf("%q: unexpected rule-accepted support frame", text)
		}
	}
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nSenator Lee supports raising the gas tax by ten cents.", content: "raising the gas tax by ten cents", mention: "Senator Lee"},
	})
}
