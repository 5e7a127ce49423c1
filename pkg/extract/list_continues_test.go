package extract

import "testing"

// TestListContinues checks the lists that go on after a content's first
// comma, and the appositions, clauses and asides that do not.
func TestListContinues(t *testing.T) {
	cases := []struct {
		text string
		want string // the word at the list's end ("" for the text's end), or "-" for no list
	}{
		{"Lee refused to back same-sex marriage, gay adoption and other legal protections.", "."},
		{"Lee voted to ban it in 2001, 2003 and 2005 as Congress argued.", "as"},
		{"Lee knocked Kim, Ortiz, Smith and Jones as having weak stances.", "as"},
		{"Lee supported ending caucuses, limiting delegates and binding delegates to the vote.", "to"},
		{"Lee supported ending caucuses, limiting the number of unpledged delegates and binding them.", "."},
		{"Lee urged the party to ax its system, replace the committee's current leadership, open up registration, and make its contests open.", "."},
		{"Lee cited the case of Guccifer, an individual or group of hackers.", "-"},
		{"Lee backed the bill, like Kim and Ortiz.", "-"},
		{"Lee saw it too, and that is why they ran.", "-"},
		{"Lee refused to admit any fault, Kim and Ortiz appeared to agree.", "-"},
		{"Lee defended the plan, saying costs and delays were low.", "-"},
		{"Lee defended the plan, mocked Kim and left.", "-"},
	}
	for _, c := range cases {
		d := newDoc(c.text)
		comma := firstComma(d)
		got := d.listContinues(2, comma, len(d.toks))
		want := -1
		if c.want != "-" {
			for i := comma; i < len(d.toks); i++ {
				if d.tokAt(i).lower == c.want {
					want = i
					break
				}
			}
		}
		if got != want {
			t.Errorf("%q: listContinues = %d, want %d (%q)", c.text, got, want, c.want)
		}
		d.training = true
		if d.listContinues(2, comma, len(d.toks)) >= 0 {
			t.Errorf("%q: listContinues in training", c.text)
		}
		d.release()
	}
	checkContents(t, withoutAccept(), []contentCase{
		{text: "The vote came late. Lee has refused to back same-sex marriage, gay adoption and other legal protections.", content: "to back same-sex marriage, gay adoption and other legal protections", mention: "Lee"},
	})
}
