package extract

import "testing"

// TestDocumentName: a speaking poll or report is named without the
// participle phrase after it, unless an agent follows.
func TestDocumentName(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"A poll released Monday found that most riders want the line to stay.", "most riders want", "poll", "", ""},
		{"A report published Tuesday said the port lacked cranes.", "the port lacked cranes", "report", "", ""},
	})
	for _, c := range []struct{ in, want string }{
		{"Marquette Law School poll released last week", "Marquette Law School poll"},
		{"poll conducted by the Ledger and KXTV", "poll conducted by the Ledger and KXTV"},
		{"report, released Tuesday", "report"},
		{"Harbor Board", "Harbor Board"},
	} {
		if got := documentName(c.in); got != c.want {
			t.Errorf("documentName(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
