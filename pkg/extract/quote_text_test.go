package extract

import "testing"

func TestQuoteText(t *testing.T) {
	ex := New(nil)
	for _, c := range []struct{ text, want string }{
		{"Talks resumed.\n\n“It was a long year,” Smith said. “We grew fast.”", "It was a long year. We grew fast."},
		{"Talks resumed.\n\n“We will not go,” she said, “until it is done.”", "We will not go, until it is done."},
		{"Talks resumed.\n\n“Why?” Smith asked. “Because we can.”", "Why? Because we can."},
		{"Talks resumed.\n\n“We won,” Smith said.", "We won"},
		{"Talks resumed.\n\nSmith called the plan “unhinged.”", "the plan “unhinged.”"},
	} {
		var got []string
		for _, q := range ex.Extract(c.text) {
			got = append(got, q.Text)
			if q.Text == c.want {
				goto next
			}
		}
		t.Errorf("%q: texts %q, want one %q", c.text, got, c.want)
	next:
	}
}

func TestCloseQuotation(t *testing.T) {
	for in, want := range map[string]string{
		`the plan was "dead on arrival,`: `the plan was "dead on arrival"`,
		"Trump “unhinged.":               "Trump “unhinged.”",
		"We won,":                        "We won",
		"a “burn bag,":                   "a “burn bag”",
		"We won.":                        "We won.",
		"it was “fine” and “good”":       "it was “fine” and “good”",
		",":                              ",",
		"deal 'dead'":                    "deal 'dead'",
		"“fair” and “free”":              "“fair” and “free”",
		"“We won,”":                      "We won",
		"had ''made serious claims.''":   "had ''made serious claims.''",
		"about, ‘What can I do?’”":       "about, ‘What can I do?’",
		"beggars 'cause they're poor.\"": "beggars 'cause they're poor.",
	} {
		if got := closeQuotation(in); got != want {
			t.Errorf("closeQuotation(%q) = %q, want %q", in, got, want)
		}
	}
}
