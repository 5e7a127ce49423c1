package extract

import "testing"

// TestPeerFullName: a peer's style with the surname is the full name the
// article gave with that style; another style or no full name stays.
func TestPeerFullName(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"The review is led by Baroness Oriel Ingram. Baroness Ingram said the hospital had failed mothers.", "hospital had failed mothers", "Baroness Oriel Ingram"},
		{"The report, written by Lord Aldous Penrose, was published on Monday. Lord Penrose told MPs that the police had been slow.", "police had been slow", "Lord Aldous Penrose"},
		{"The review is led by Lord Peter Hallam. Lady Hallam said the garden would reopen.", "garden would reopen", "Lady Hallam"},
		{"Lord Hallam said the bill was flawed.", "bill was flawed", "Lord Hallam"},
	})
}
