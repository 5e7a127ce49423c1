package extract

import "testing"

// TestViewAsCast covers "cast X as Y" as a label stance: a finite form
// after its subject, the content ending with the object's clause; not a
// vote, doubt or an actor's role, not a reflexive object.
func TestViewAsCast(t *testing.T) {
	checkContents(t, New(nil), []contentCase{
		{text: "Vote Set.\n\nSenator Lee has cast him as weak on trade.", content: "him as weak on trade", mention: "Senator Lee"},
		{text: "Vote Set.\n\nSanders has cast the Clintons as part of the establishment during the primaries.", content: "the Clintons as part of the establishment", mention: "Sanders"},
	})
	checkNoStatements(t, New(nil), []string{
		"Vote Set.\n\nHundreds cast their votes for other candidates as questions grew.",
		"Vote Set.\n\nThe director cast actor Tom Lee as the villain.",
		"Vote Set.\n\nSenator Lee cast herself as a champion of workers.",
	})
}
