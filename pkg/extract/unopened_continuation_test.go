package extract

import "testing"

// TestUnopenedContinuation: a paragraph without its opening mark continues
// the unclosed quotation before it up to its closing mark; a pull quote's
// signature, a paragraph that opens a quotation of its own or one with an
// even number of marks does not.
func TestUnopenedContinuation(t *testing.T) {
	ex := New(nil)
	for _, text := range []string{
		"Talks resumed.\n\n“We will go.\n\nWe will stay until it is done,” he said.",
		"Talks resumed.\n\n\"We will go.\n\nWe will stay until it is done,\" he said.",
		"Talks resumed.\n\nHe said: “We will go.\n\nWe will stay until it is done.”",
	} {
		q := find(t, ex.Extract(text), "We will go")
		if len(q.Content) != 2 || mention(text, q) != "he" && mention(text, q) != "He" {
			t.Errorf("%q: %d parts by %q, want 2 by he", text, len(q.Content), mention(text, q))
		}
	}
	for _, c := range []struct {
		text  string
		parts int
	}{
		{"“We will go.\n\nWe will stay,” he said.", 2},
		{"“We will go.\n\nDonald Trump.”", 1},
		{"“We will go.\n\nJane Doe, the mayor.”", 1},
		{"“We will go.\n\nThe mayor said “yes” today.", 1},
		{"“We will go.\n\n“We will stay.”", 2},
	} {
		d := newDoc(c.text)
		if n := len(d.quotes[0].parts); n != c.parts {
			t.Errorf("%q: %d parts, want %d", c.text, n, c.parts)
		}
		d.release()
	}
	d := newDocFor("“We will go.\n\nWe will stay,” he said.", true)
	if n := len(d.quotes[0].parts); n != 1 {
		t.Errorf("continued in training: %d parts", n)
	}
	d.release()
}
