package extract

import (
	"slices"
	"testing"
)

// TestPersonNameForm: middle initials and odd spaces go; first initials,
// two-letter initials and suffixes stay.
func TestPersonNameForm(t *testing.T) {
	for in, want := range map[string]string{
		"Paul D. Ryan":           "Paul Ryan",
		"Harry M Reid":           "Harry Reid",
		"Julie A. Diaz Martinez": "Julie Diaz Martinez",
		"James\u00a0Comey":       "James Comey",
		"Jane  Lee ":             "Jane Lee",
		"Jane Lee\u00a0":         "Jane Lee",
		"J. Gerald Hebert":       "J. Gerald Hebert",
		"George H.W. Bush":       "George H.W. Bush",
		"Ned Price":              "Ned Price",
		"John Smith J.":          "John Smith J.",
		"Cher":                   "Cher",
		// East Slavic patronymics go too, as news mostly writes the names
		"Vladimir Vladimirovich Putin":  "Vladimir Putin",
		"Yulia Vladimirovna Tymoshenko": "Yulia Tymoshenko",
		"Vladimir Ilyich Lenin":         "Vladimir Lenin",
		"Dmitry Anatolyevich Medvedev":  "Dmitry Medvedev",
		"Novak Djokovich":               "Novak Djokovich", // a family name, last
		"Ivan Petrovich":                "Ivan Petrovich",
		"Jane Rich Smith":               "Jane Rich Smith",
		// leading initials as one word
		"J. D. Vance":      "J.D. Vance",
		"J. K. Rowling":    "J.K. Rowling",
		"J. R. R. Tolkien": "J.R.R. Tolkien",
		"J.D. Vance":       "J.D. Vance",
	} {
		if got := PersonNameForm(in); got != want {
			t.Errorf("PersonNameForm(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestCanonicalPerson: articles that write a middle initial and articles
// that do not name one speaker (the alias table's, when it has one), but
// the table tells apart people whose initial is all that differs.
func TestCanonicalPerson(t *testing.T) {
	ex := withoutAccept()
	for _, c := range []struct{ text, sub, name, id string }{
		{"House Speaker Paul D. Ryan said the bill would pass.", "the bill would pass", "Paul Ryan", "paul-ryan"},
		{"Paul Ryan said the bill would pass.", "the bill would pass", "Paul Ryan", "paul-ryan"},
		{"Vladimir V. Putin said the talks were over.", "the talks were over", "Vladimir Putin", "vladimir-putin"},
		{"Russian President Vladimir Vladimirovich Putin said the talks were over.", "the talks were over", "Vladimir Putin", "vladimir-putin"},
		{"Fyodor Mikhailovich Dostoevsky said the talks were over.", "the talks were over", "Fyodor Dostoevsky", "fyodor-dostoevsky"},
		{"George W. Bush said the talks were over.", "the talks were over", "George W. Bush", "george-w-bush"},
		{"George H.W. Bush said the talks were over.", "the talks were over", "George H. W. Bush", "george-h-w-bush"},
		{"Harry M. Reid spoke on Monday. Mr. Reid said the vote would wait.", "the vote would wait", "Harry Reid", "harry-reid"},
	} {
		sp := find(t, ex.Extract(c.text), c.sub).Speaker
		if sp.Name != c.name || sp.ID != c.id || sp.Kind != SpeakerPerson {
			t.Errorf("%q: speaker %q (%s, %s), want %q (%s)", c.text, sp.Name, sp.ID, sp.Kind, c.name, c.id)
		}
	}
}

// TestCanonicalPersonAlias: the name as written, with its initial, stays
// one of the speaker's aliases.
func TestCanonicalPersonAlias(t *testing.T) {
	sp := find(t, withoutAccept().Extract("House Speaker Paul D. Ryan said the bill would pass."), "the bill would pass").Speaker
	if !slices.Contains(sp.Aliases, "Paul D. Ryan") {
		t.Errorf("aliases %q lack %q", sp.Aliases, "Paul D. Ryan")
	}
}

// TestFamilyName: the last word with the lower-case particles before it,
// without a generational suffix; none for a one-word name.
func TestFamilyName(t *testing.T) {
	for name, want := range map[string]string{
		"Viktor Orban": "Orban", "Ursula von der Leyen": "von der Leyen", "Martin Luther King Jr.": "King",
		"Van Jones": "Jones", "Luiz Inacio Lula da Silva": "da Silva", "Sunak": "", "John Smith III": "Smith",
	} {
		if got := FamilyName(name); got != want {
			t.Errorf("FamilyName(%q) = %q, want %q", name, got, want)
		}
	}
}
