package extract

import "testing"

// TestReleasedObject covers "release" with a noun-phrase object: the
// released message is the statement and the subject speaks; records,
// bare participles and infinitives frame nothing, and "released a
// statement saying" stays the participle's statement.
func TestReleasedObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The union released its annual findings.`, "its annual findings", "The union"},
		{`The mayor's campaign has released a new radio ad.`, "a new radio ad", "The mayor's campaign"},
		{`The senator also stated his intention to retire next year.`, "his intention to retire next year", "The senator"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want the object %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{
		`The governor released her tax returns in May.`,
		`A survey released Sunday by the college showed a tie.`,
		`Voters want the council to release the budget.`,
	})
	qs := ex.Extract(`The club released a statement on Monday saying the coach had resigned.`)
	q := find(t, qs, "the coach had resigned")
	if q.Text != "the coach had resigned" {
		t.Errorf("released a statement saying: content %q", q.Text)
	}
}

// TestMentionsObject covers a third-person "mentions"/"cites" after its
// subject with a noun-phrase object; the plural noun frames nothing.
func TestMentionsObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content, mention string }{
		{`The coach often mentions his first season.`, "his first season", "The coach"},
		{`The mayor cites a survey of local shops.`, "a survey of local shops", "The mayor"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
		if m := mention(c.text, q); m != c.mention {
			t.Errorf("%q: mention %q, want %q", c.text, m, c.mention)
		}
	}
	checkNoStatements(t, ex, []string{`His mentions of the budget were brief.`})
}

// TestObjectShapeEnd: the object contents of this lane's shapes end at a
// comma or dash after the object; a news release is a noun.
func TestObjectShapeEnd(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content string }{
		{`The union released a new radio ad -- a tactic it used last year.`, "a new radio ad"},
		{`The mayor has continued to push for a new stadium, a project many voters oppose.`, "a new stadium"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
	}
	checkNoStatements(t, ex, []string{`He relied on the news release his adviser issued.`})
}
