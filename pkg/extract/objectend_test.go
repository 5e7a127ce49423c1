package extract

import "testing"

// TestObjectContentEnds: the object content of a stance or intention cue
// ends before an adjunct of place, medium, means or occasion and before a
// second predicate of the subject; the cue's own arguments and an
// infinitive's adjuncts stay.
func TestObjectContentEnds(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, want string }{
		{`The fire chief mocked the new budget on Twitter.`, "the new budget"},
		{`Mayor Jo Reyes denied the claims through her lawyer.`, "the claims"},
		{`The union praised the deal at a news conference.`, "the deal"},
		{`The harbor board refused to answer on several occasions.`, "to answer"},
		{`The senator touted the new bridge in a statement.`, "the new bridge"},
		{`The governor blamed the outage on the storm.`, "the outage on the storm"},
		{`Ruiz slammed the board on multiple occasions for delaying the vote.`, "the board on multiple occasions for delaying the vote"},
		{`The mayor vowed to fix the roads in the wake of the flood.`, "to fix the roads"},
		{`The union plans to protest at the convention.`, "to protest at the convention"},
		{`The agency denies that the test was rigged and goes on with its work.`, "that the test was rigged"},
		{`Most residents rejected the tax and handed the mayor a defeat.`, "the tax"},
		{`The city urged people to stay home, and the hashtag was soon trending.`, "people to stay home"},
		{`The mayor urged the council to delay the vote.`, "the council to delay the vote"},
		{`The chief refused to talk to reporters as she left the court.`, "to talk to reporters"},
	} {
		q := find(t, ex.Extract(c.text), c.want)
		if q.Text != c.want {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.want)
		}
	}
}
