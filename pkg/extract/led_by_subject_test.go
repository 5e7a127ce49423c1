package extract

import "testing"

// TestSubjectLedBy: a group "led by" a person (at an institution) is the
// subject, not its leader or the institution; a person's own statement
// and a group that is no subject are unchanged.
func TestSubjectLedBy(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Study news.\n\nA team led by Dr Jane Smith at Imperial College London said the drug slowed decline.", "the drug slowed decline", "A team led by Dr Jane Smith at Imperial College London"},
		{"Study news.\n\nA team led by Dr Jane Smith said the drug slowed decline.", "the drug slowed decline", "A team led by Dr Jane Smith"},
		{"Study news.\n\nA panel of experts chaired by Lord Hill said the rules should change.", "the rules should change", "A panel of experts chaired by Lord Hill"},
		{"Study news.\n\n\"It works,\" a group led by Tom Hill of Harvard said.", "It works", "a group led by Tom Hill of Harvard"},
		// near misses: no group noun, no leader participle
		{"Study news.\n\nThe boat was sunk by pirates. Captain Tom Hill said the crew was safe.", "the crew was safe", "Captain Tom Hill"},
		{"Study news.\n\nThe vote was won by Lee. Dr Jane Smith said the count was fair.", "the count was fair", "Dr Jane Smith"},
		{"Study news.\n\nThe raid, led by Lee, failed. Dr Jane Smith said the count was fair.", "the count was fair", "Dr Jane Smith"},
	})
}
