package extract

import (
	"strings"
	"testing"
)

// TestPersonForm: a listed long form of a person's name, with or without a
// middle initial, is named by the short form; other names stay.
func TestPersonForm(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Headline\n\n\"It was close,\" said Edward G. Rendell, a former governor.", "It was close", "Ed Rendell", SpeakerPerson, "former governor"},
		{"Headline\n\n\"It was close,\" said Edward Rendell, a former governor.", "It was close", "Ed Rendell", SpeakerPerson, "former governor"},
		{"Headline\n\n\"It was close,\" said Edward Randall, a former governor.", "It was close", "Edward Randall", SpeakerPerson, "former governor"},
	})
	if n, ok := DefaultAliases().PersonForm("Benjamin J. Rhodes"); !ok || n != "Ben Rhodes" {
		t.Errorf("PersonForm(Benjamin J. Rhodes) = %q, %v; want Ben Rhodes", n, ok)
	}
	if n, ok := DefaultAliases().PersonForm("Ben Rhodes"); ok {
		t.Errorf("PersonForm(Ben Rhodes) = %q; the line's own name is no other form", n)
	}
}

// TestPersonFormFromOperatorFile: an operator's alias file adds form lines
// to the built-in ones, and a form it gives another name wins.
func TestPersonFormFromOperatorFile(t *testing.T) {
	extra, err := ParseAliases(strings.NewReader(
		"# an operator's additions\nform | Bill Keating | | William Keating, William R. Keating\nform | Edward Rendell-Smith | | Edward Rendell\n"))
	if err != nil {
		t.Fatal(err)
	}
	cut, _ := DefaultModels()
	ex := NewWithModels(DefaultAliases().Merge(extra), cut, nil)
	checkNamedSpeakers(t, ex, []namedSpeaker{
		{"Headline\n\n\"It was close,\" said William Keating, a congressman.", "It was close", "Bill Keating", SpeakerPerson, "congressman"},
		{"Headline\n\n\"It was close,\" said Edward Rendell, a former governor.", "It was close", "Edward Rendell-Smith", SpeakerPerson, "former governor"},
		{"Headline\n\n\"It was close,\" said Benjamin Rhodes, an aide.", "It was close", "Ben Rhodes", SpeakerPerson, "aide"},
	})
	// The built-in table itself is unchanged.
	if n, _ := DefaultAliases().PersonForm("Edward Rendell"); n != "Ed Rendell" {
		t.Errorf("built-in PersonForm(Edward Rendell) = %q after a merge", n)
	}
}

func TestParseAliasesFormErrors(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{"form | Ed Rendell | governor | Edward Rendell", "line 1: a form line takes no title"},
		{"form | Ed Rendell | |", `line 1: a form line lists no other forms of "Ed Rendell"`},
		{"forms | Ed Rendell | | Edward Rendell", `line 1: unknown kind "forms"`},
	} {
		_, err := ParseAliases(strings.NewReader(tc.line))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ParseAliases(%q) error = %v; want it to say %q", tc.line, err, tc.want)
		}
	}
}
