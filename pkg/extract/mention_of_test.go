package extract

import "testing"

// TestScarceMention covers "made no mention of X": the object after "of" is
// the statement, ending at a comma; the subject of the verb speaks. The
// noun without a quantifier ("the mere mention of") frames nothing.
func TestScarceMention(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := `The mayor notably made no mention of the new stadium, which voters rejected last year.`
	q := find(t, ex.Extract(text), "the new stadium")
	if q.Text != "the new stadium" {
		t.Errorf("content %q, want the object alone", q.Text)
	}
	if m := mention(text, q); m != "The mayor" {
		t.Errorf("mention %q, want the subject of the verb", m)
	}
	text = `In her speech, Ana Ruiz avoided all mention of her rival.`
	q = find(t, ex.Extract(text), "her rival")
	if m := mention(text, q); m != "Ana Ruiz" {
		t.Errorf("mention %q, want the subject of the verb", m)
	}
	checkNoStatements(t, ex, []string{
		`At the mere mention of his name, the crowd booed loudly.`,
		`The fans cheered every mention of the coach during the parade.`,
	})
}
