package extract

import "testing"

// TestSignatureList: quotations signed with a role or title before the name,
// an affiliation after it, or opening a list item; near-misses (titles of
// works with their authors, datelines, photo credits, social posts, lists
// of facts) give no statement.
func TestSignatureList(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, speaker, content string }{
		{"Rally held\n\n\"We will win this state.\" — campaign chair Tom Reed", "Reed", "We will win this state"},
		{"Rally held\n\n\"We will win this state.\" — Acme CEO Jane Doe", "Jane Doe", "We will win this state"},
		{"Rally held\n\n\"It is over.\" – Mayor Jo Hill", "Jo Hill", "It is over"},
		{"Rally held\n\n\"It is over.\" ― Dr. Ann Lee (University of Leeds)", "Ann Lee", "It is over"},
		{"Rally held\n\nKey quotes:\n\n- \"We will win this state.\" — Tom Reed\n\n- \"It is over.\" — Mayor Jo Hill", "Tom Reed", "We will win this state"},
		{"Rally held\n\nKey quotes:\n- \"We will win this state.\" — Tom Reed\n- \"It is over.\" – Mayor Jo Hill", "Jo Hill", "It is over"},
		{"Rally held\n\n• \"It is over.\" – Mayor Jo Hill", "Jo Hill", "It is over"},
		{"Rally held\n\n1. \"We will win.\" — Tom Reed\n2. \"It is over.\" — Mayor Jo Hill", "Jo Hill", "It is over"},
		{"Rally held\n\n\"Never.\" — Tom Reed", "Tom Reed", "Never"},
		{"Rally held\n\nReactions:\n\n• Jo Hill (mayor): \"It is over.\"", "Jo Hill", "It is over"},
		{"Rally held\n\nWhat they said:\n\nTom Reed: \"We will win this state.\"\n\nMayor Jo Hill: \"It is over.\"", "Tom Reed", "We will win this state"},
		{"Rally held\n\nWhat the experts are saying\n\n\"Rates will fall.\" — economist Ann Lee", "Ann Lee", "Rates will fall"},
		{"Rally held\n\nWhat Lee said:\n\n\"We will win this state.\"", "Lee", "We will win this state"},
		{"Rally held\n\nQuote of the day: \"We will win this state.\" — Tom Reed", "Tom Reed", "We will win this state"},
		{"Rally held\n\n\"We will win this state.\" — Tom Reed on Twitter", "Tom Reed", "We will win this state"},
		{"Rally held\n\n\"We will win this state.\"\n\n— campaign chair Tom Reed", "Tom Reed", "We will win this state"},
		{"Rally held\n\nHere's what they said:\n\nTom Reed: \"We will win this state.\"\n\nMayor Jo Hill: \"It is over.\"", "Tom Reed", "We will win this state"},
		{"Rally held\n\n\"We will win this state.\"\n\n— Dr. Ann Lee (University of Leeds)", "Ann Lee", "We will win this state"},
		{"Rally held\n\nTom Reed — \"We will win this state.\"", "Tom Reed", "We will win this state"},
		{"Rally held\n\n- Tom Reed — \"We will win this state.\"\n- Mayor Jo Hill – \"It is over.\"", "Jo Hill", "It is over"},
		{"Rally held\n\n\"We will win this state.\" — Jane Doe of Acme", "Jane Doe", "We will win this state"},
		{"Rally held\n\n\"We will win this state.\" — Ann Lee of the University of Leeds, in a statement", "Ann Lee", "We will win this state"},
		// near-misses
		{"Gallery\n\n\"The city at dawn.\" — Photo courtesy of Acme", "-", "-"},
		{"Roads\n\nUpdate — \"The road is closed until Monday.\"", "-", "-"},
		{"Roads\n\nNew York — \"The road is closed until Monday.\"", "-", "-"},
		{"Roads\n\nNEW YORK (Reuters) — \"The road is closed until Monday.\"", "-", "-"},
		{"Roads\n\nTom Reed — \"the Hammer\"", "-", "-"},
		{"Gallery\n\n\"The city at dawn.\" — photographer John Smith", "-", "-"},
		{"Gallery\n\n\"The city at dawn.\" — Photo: John Smith", "-", "-"},
		{"Reading list\n\n- \"Hamlet\" — William Shakespeare\n\n- \"Beloved\" — Toni Morrison", "-", "-"},
		{"Playlist\n\n1. \"Yesterday\" — singer Paul McCartney\n2. \"Imagine\" — John Lennon", "-", "-"},
		{"Gallery\n\n\"The City at Dawn\" — Reuters/John Smith", "-", "-"},
		{"Gallery\n\n\"The city at dawn.\" — London, June 3", "-", "-"},
		{"Posts\n\n\"We will win this state.\" — Tom Reed (@tomreed) June 29, 2016", "-", "-"},
		{"Posts\n\n\"We will win this state.\" — Tom Reed (@tomreed)", "-", "-"},
		{"Key facts\n\n- The bridge opened in 1990.\n\n- It cost $5 million.", "-", "-"},
		{"Key facts\n\n- \"The bridge opened in 1990.\" — local history society", "-", "-"},
	} {
		if qs := ex.Extract(c.text); !probeFound(c.text, qs, c.speaker, c.content) {
			var got []string
			for _, q := range qs {
				got = append(got, probeSpeaker(c.text, q)+": "+probeContent(c.text, q))
			}
			t.Errorf("%q: want %q saying %q; got %q", c.text, c.speaker, c.content, got)
		}
	}
}
