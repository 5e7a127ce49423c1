package extract

import (
	"strings"
	"testing"
)

// TestQuotedAsideSubject covers a cue right after a short quotation that
// ends an apposition or a relative clause ("Ruiz, who calls the mayor a
// “crook,” said ..."): the sentence's subject holds the cue and the clause
// after it is the content; a real inverted frame keeps its speaker.
func TestQuotedAsideSubject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{text: "Ruiz, who calls the mayor a “crook,” said he does not trust the new budget.", content: "he does not trust the new budget", mention: "Ruiz"}, // the relative clause is no part of the mention (mention_aside.go)
		{text: "Lee, the host of the talk show “Morning Hour,” said in an interview that the race was close.", content: "that the race was close", mention: "Lee, the host of the talk show “Morning Hour,”"},
	})
	checkMentions(t, ex, []mentionCase{
		{name: "inverted", text: "The plan was “a disaster,” said Ann Lee.", sub: "a disaster", mention: "Ann Lee"},
	})
	d := newDoc("Ruiz, who calls the mayor a “crook,” said he does not trust the new budget.")
	defer d.release()
	for _, a := range d.findAttributions() {
		if d.word(a.cue.s) == "said" && !a.untrained {
			t.Errorf("quoted-aside frame is trained on")
		}
	}
}

// TestUnclosedColonFrame covers a name or a "from" phrase before a colon
// that opens a quotation left unclosed to its paragraph's end.
func TestUnclosedColonFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	text := "Turnout matters - More from Ortiz: “The county is a starting point for the vote. But the size of the county matters as much.\nThe next item follows here."
	q := find(t, ex.Extract(text), "The county is a starting point")
	if m := mention(text, q); m != "Ortiz" {
		t.Errorf("mention %q, want %q", m, "Ortiz")
	}
}

// TestCoordinatedColonNameFrame covers two names joined by "and" before a
// colon that opens a quotation, closed or left unclosed.
func TestCoordinatedColonNameFrame(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, text := range []string{
		"POLLS WERE EARLY - Ann Lee and Bo Kim: “The polls were not wrong. They ended too early.”\nThe next item follows.",
		"POLLS WERE EARLY - Ann Lee and Bo Kim: “The polls were not wrong. They ended too early.\nThe next item follows.",
	} {
		q := find(t, ex.Extract(text), "The polls were not wrong")
		if m := mention(text, q); !strings.HasPrefix(m, "Ann Lee") {
			t.Errorf("%q: mention %q, want the names", text, m)
		}
	}
}
