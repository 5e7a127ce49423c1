package extract

import "testing"

// TestThatAfterTitle: a that-clause after a quoted programme is the
// content; the title alone is none.
func TestThatAfterTitle(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		`Sanders told CNN's "State of the Union" that he would stay in the race.`,
		"Sanders told CNN’s “State of the Union” on Sunday that he would stay in the race.",
	} {
		q := find(t, ex.Extract(text), "he would stay in the race")
		if q.Text != "that he would stay in the race" {
			t.Errorf("%q: content %q, want the clause", text, q.Text)
		}
	}
	for _, q := range ex.Extract(`"We will win," he told ABC's "This Week."`) {
		if q.Text == "This Week." || q.Text == "This Week" {
			t.Errorf("the title is content: %+v", q)
		}
	}
}

// TestColonAfterTitle: a quotation after a quoted programme and a colon is
// the content, without the programme; a colon and a phrase after a title
// the subject only spoke on are nobody's statement.
func TestColonAfterTitle(t *testing.T) {
	ex := New(nil)
	checkContents(t, ex, []contentCase{
		{"Talks resumed.\n\nMs Doe told the BBC’s ‘Today’ programme: ‘The plan is dead.’", "The plan is dead.", "Ms Doe"},
		{"Talks resumed.\n\nMs Doe told the BBC’s “Today” programme: “The plan is dead.”", "The plan is dead.", "Ms Doe"},
		{"Talks resumed.\n\nMs Doe told the “Today” programme: “The plan is dead.”", "The plan is dead.", "Ms Doe"},
		{"Talks resumed.\n\nMs Doe told ITV’s “Good Morning Britain” on Monday: “The plan is dead.”", "The plan is dead.", "Ms Doe"},
	})
	checkNoStatements(t, ex, []string{"Talks resumed.\n\nMs Doe spoke on the “Today” programme: the first of her interviews."})
	// a title closed on a comma ends a clause: the quotation after the
	// colon is not the caller's
	q := find(t, ex.Extract("Talks resumed.\n\nShe was known for her attacks on what she called the “Big Lie,” repeated in her speech in May: “We will not forget.”"), "Big Lie")
	if q.Text != "the “Big Lie”" {
		t.Errorf("content %q", q.Text)
	}
}
