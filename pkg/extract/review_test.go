package extract

import (
	"strings"
	"testing"
)

// plainKinds returns the plain-pass speaker kind (the accept model's
// feature) of each statement of text whose content contains sub.
func plainKind(t *testing.T, text, sub string) SpeakerKind {
	t.Helper()
	ex := New(DefaultAliases())
	d := newDocFor(text, false)
	defer d.release()
	d.cut = ex.cut
	atts := d.findAttributions()
	r := newResolver(d, ex.aliases)
	r.resolveAll(atts)
	for _, a := range atts {
		for _, c := range a.content {
			if strings.Contains(text[d.toks[c.s].s:d.toks[c.e-1].e], sub) {
				return a.modelKind
			}
		}
	}
	t.Fatalf("%q: no statement holding %q", text, sub)
	return ""
}

// TestReviewPlainPassPronounKind: a name after an organisation's office
// ("European Commission President Jean Juncker") that is no person run as
// a whole must not give a later pronoun a person in the plain pass: the
// accept model was trained with the kinds of c9d28fe (unknown here).
func TestReviewPlainPassPronounKind(t *testing.T) {
	const text = "The visit by European Commission President Jean Juncker was short. He said the plan would work."
	if k := plainKind(t, text, "the plan would work"); k != SpeakerUnknown {
		t.Errorf("plain-pass kind %s, want %s (as at c9d28fe)", k, SpeakerUnknown)
	}
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{text, "the plan would work", "Jean Juncker", SpeakerPerson, ""},
	})
}

// TestReviewRockAndRoll: the elided "'n'" of "rock 'n' roll" in straight
// marks is no quotation, as it is not in curly ones.
func TestReviewRockAndRoll(t *testing.T) {
	for _, text := range []string{
		"Rock 'n' roll fans said the show was loud.",
		"Fans of rock 'n' roll said the show was loud.",
	} {
		d := newDocFor(text, false)
		for _, tk := range d.toks {
			if tk.kind == tQuote {
				t.Errorf("%q: a quotation mark at %d", text, tk.s)
			}
		}
		d.release()
	}
}

// TestReviewPronounNotPlace: a refined pronoun does not take a sentence-
// opening place that is also a first name ("Jordan", "Austin") for a
// person when the article writes it as a place elsewhere ("in Austin").
func TestReviewPronounNotPlace(t *testing.T) {
	ex := New(DefaultAliases())
	for _, c := range []struct{ text, sub, place string }{
		{"King Abdullah spoke in Amman on Monday. Jordan has closed its border. He said the move was temporary. Troops in Jordan waited.", "the move was temporary", "Jordan"},
		{"Mayor Steve Adler spoke on Monday. Austin has a plan for traffic. He said the plan would work. Drivers in Austin agreed.", "the plan would work", "Austin"},
	} {
		if sp := find(t, ex.Extract(c.text), c.sub).Speaker; sp.Name == c.place {
			t.Errorf("%q: speaker %q (%s), a place", c.text, sp.Name, sp.Kind)
		}
	}
}

// TestReviewOfficeOfOrganisation: an office "of" or "to" an organisation
// before a person's name ("Speaker of the House Paul Ryan") names the
// person, not anonymous people.
func TestReviewOfficeOfOrganisation(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Speaker of the House Paul Ryan said the bill would pass.", "the bill would pass", "Paul Ryan", SpeakerPerson, "Speaker of the House"},
		{"Ambassador to the United Nations Samantha Power said the vote was close.", "the vote was close", "Samantha Power", SpeakerPerson, "Ambassador to the United Nations"},
	})
}

// TestReviewParticlesAfterPossessive: a family name's particles do not
// join the organisation before a possessive to the name ("The European
// Commission's Ursula von der Leyen" is a person, not an organisation),
// and the plain pass keeps the kinds of c9d28fe.
func TestReviewParticlesAfterPossessive(t *testing.T) {
	const text = "The European Commission's Ursula von der Leyen said the plan would work."
	if k := plainKind(t, text, "the plan would work"); k != SpeakerPerson {
		t.Errorf("plain-pass kind %s, want %s (as at c9d28fe)", k, SpeakerPerson)
	}
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{text, "the plan would work", "Ursula von der Leyen", SpeakerPerson, "European Commission's"},
	})
}

// TestReviewPlainPassParticleRuns: the plain pass's pronouns find the
// persons of c9d28fe, whose runs split at name particles ("Leyen" in
// "the Commission's Ursula von der Leyen", no person as one run).
func TestReviewPlainPassParticleRuns(t *testing.T) {
	const text = "The talks with the European Commission's Ursula von der Leyen ended. She said the plan would work."
	if k := plainKind(t, text, "the plan would work"); k != SpeakerPerson {
		t.Errorf("plain-pass kind %s, want %s (as at c9d28fe)", k, SpeakerPerson)
	}
}

// TestReviewRelativeAfterPlace: "who" after a place ("voters in Ohio who
// say") refers to the people before the place, not to the place.
func TestReviewRelativeAfterPlace(t *testing.T) {
	const text = "Many voters in Ohio who say the economy is weak said they would stay home."
	q := find(t, New(DefaultAliases()).Extract(text), "the economy is weak")
	if sp := q.Speaker; sp.Name == "Ohio" || sp.Kind == SpeakerOrganization {
		t.Errorf("%q: speaker %q (%s), a place", text, sp.Name, sp.Kind)
	}
}

// TestReviewUnknownWithoutAside: a described speaker's name leaves out a
// relative clause after a comma, as an anonymous one's does.
func TestReviewUnknownWithoutAside(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"The senator, who said the plan was sound, added that it was cheap.", "that it was cheap", "senator", SpeakerUnknown, ""},
	})
}
