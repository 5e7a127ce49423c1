package extract

import "testing"

// TestInterviewee covers the speaker of an "A:" turn: the person the
// article introduces before the transcript, the role opening its first
// sentence, or nobody.
func TestInterviewee(t *testing.T) {
	ex := NewWithModels(nil, nil, nil) // the turns whatever the accept model says
	for _, c := range []struct{ text, answer, want string }{
		{"Q&A with Vice President Joe Biden.\n\nVice President Joe Biden spent Thursday in St. Paul. He later spoke with Glenn Thrush.\n\nQ: Will you run?\n\nA: I intend to run again, and I will win.", "I intend to run", "Joe Biden"},
		{"Laura Bush sees hope.\n\nFormer first lady Laura Bush wrote a book.\n\nA: Yes, we must stay there.", "we must stay", "Laura Bush"},
		{"The president spoke to the paper.\n\nQ: Will you run?\n\nA: I intend to run again, and I will win.", "I intend to run", "president"},
		{"The game was long.\n\nQ: Will you run?\n\nA: I intend to run again, and I will win.", "I intend to run", "unknown"},
	} {
		q := find(t, ex.Extract(c.text), c.answer)
		if m := mention(c.text, q); m != "A" {
			t.Errorf("%q: mention %q, want the label", c.text, m)
		}
		if q.Speaker.Name != c.want {
			t.Errorf("%q: speaker %q, want %q", c.text, q.Speaker.Name, c.want)
		}
	}
}
