package extract

import "testing"

// TestBareSpeechObject covers "stated"/"clarified" with a noun-phrase
// object: the object is the statement and the subject speaks; "release"
// frames nothing but its statement nouns, infinitives frame nothing, and
// "released a statement saying" stays the participle's statement.
func TestBareSpeechObject(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	checkContents(t, ex, []contentCase{
		{`The mayor clarified her position on the stadium.`, "her position on the stadium", "The mayor"},
		{`The senator also stated his intention to retire next year.`, "his intention to retire next year", "The senator"},
	})
	checkNoStatements(t, ex, []string{
		`The governor released her tax returns in May.`,
		`A survey released Sunday by the college showed a tie.`,
		`The union released its annual findings.`,
		`Voters want the council to clarify the rules.`,
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
	checkContents(t, ex, []contentCase{
		{`The coach often mentions his first season.`, "his first season", "The coach"},
		{`The mayor cites a survey of local shops.`, "a survey of local shops", "The mayor"},
	})
	checkNoStatements(t, ex, []string{`His mentions of the budget were brief.`})
}

// TestObjectShapeEnd: the object contents of this lane's shapes end at a
// comma or dash after the object.
func TestObjectShapeEnd(t *testing.T) {
	ex := NewWithModels(nil, nil, nil)
	for _, c := range []struct{ text, content string }{
		{`The comedian told a joke -- one he tells at every show.`, "a joke"},
		{`The mayor has continued to push for a new stadium, a project many voters oppose.`, "a new stadium"},
	} {
		q := find(t, ex.Extract(c.text), c.content)
		if q.Text != c.content {
			t.Errorf("%q: content %q, want %q", c.text, q.Text, c.content)
		}
	}
}
