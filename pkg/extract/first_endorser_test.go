package extract

import "testing"

// TestFirstEndorser covers "was/became the first ... to endorse X":
// rule-accepted at inference with the object as content; not after
// "only", not without a linking verb, not inside a report.
func TestFirstEndorser(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nSenator Lee was the first Democrat in the state to endorse Ruiz.", content: "Ruiz", mention: "Senator Lee"},
		{text: "Vote Set.\n\nAnn Ruiz became one of the earliest mayors to endorse the governor.", content: "the governor", mention: "Ann Ruiz"},
	})
	checkNoStatements(t, New(nil), []string{
		"Vote Set.\n\nSenator Lee was the only Democrat in the state to endorse Ruiz.",
		"Vote Set.\n\nThe first mayor to endorse Ruiz has left the party.",
	})
	for _, text := range []string{
		"Vote Set.\n\nAides noted that Lee was the first senator to endorse Ruiz.",
	} {
		d := newDoc(text)
		for _, a := range d.findAttributions() {
			if a.cueText == "first endorser" {
				t.Errorf("%q: unexpected first-endorser frame", text)
			}
		}
		d.release()
	}
}
