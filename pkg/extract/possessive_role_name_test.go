package extract

import "testing"

// TestPossessiveRoleName: "the study's lead author Maya Patel, a professor"
// is Maya Patel; a body's name after a possessive and a word that is no
// person's role stays as it was.
func TestPossessiveRoleName(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Sleep study\n\nThe study's lead author Maya Patel, a professor at Yale, said the team was tired.", "team was tired", "Maya Patel", SpeakerPerson, "professor at Yale"},
		{"Sleep study\n\nThe study's lead author Maya Patel, 45, said the team was tired.", "team was tired", "Maya Patel", SpeakerPerson, "lead author"},
		{"Trade\n\nThe report's co-author Tom Reed, a former diplomat, said the talks had stalled.", "talks had stalled", "Tom Reed", SpeakerPerson, "former diplomat"},
	})
	r := newResolver(newDoc("Deal\n\nThe deal closed."), DefaultAliases())
	org := Speaker{ID: "x", Name: "company's unit Acme Holdings", Kind: SpeakerOrganization}
	if sp := r.possessiveRoleName(org); sp.Name != org.Name || sp.Kind != SpeakerOrganization {
		t.Errorf("%q: got %q (%s), want unchanged", org.Name, sp.Name, sp.Kind)
	}
}
