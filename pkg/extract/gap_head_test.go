package extract

import "testing"

// TestKeepGapHead checks that the head of a contact relative clause whose
// gap the content fills becomes the content's first part at inference,
// and that plain frames keep their content.
func TestKeepGapHead(t *testing.T) {
	ex := withoutAccept()
	checkContents(t, ex, []contentCase{
		{text: "The agency opened a probe the police said was ongoing as of May.", content: "a probe was ongoing as of May", mention: "the police"},
		{text: "The only regret he acknowledged was a failed promise to cut taxes.", content: "The only regret was a failed promise to cut taxes", mention: "he"},
		// no gap after the cue, or no determiner before the subject
		{text: "Lee said the plan was fine.", content: "the plan was fine", mention: "Lee"},
		{text: "Democrats praised a tactic Lee hopes will win votes.", content: "a tactic Lee hopes will win votes", mention: "Democrats"},
	})
	d := newDoc("The agency opened a probe the police said was ongoing as of May.")
	d.training = true
	for _, a := range d.findAttributions() {
		if len(a.content) != 1 {
			t.Errorf("head added in training: %v", a.content)
		}
	}
	d.release()
}
