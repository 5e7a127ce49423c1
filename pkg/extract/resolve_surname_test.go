package extract

import "testing"

// TestHonorificSurname: "Mr." and "Mrs." before a lone surname pick the
// article's person of that gender over the alias table's only person of
// the surname; without an honorific the table's reading stands.
func TestHonorificSurname(t *testing.T) {
	checkNamedSpeakers(t, New(DefaultAliases()), []namedSpeaker{
		{"Bill Clinton said the economy was strong. Mr. Clinton added that jobs were up.", "jobs were up", "Bill Clinton", SpeakerPerson, "Mr."},
		{"Hillary Clinton said she would run. Bill Clinton said the economy was strong. Mrs. Clinton added that jobs were up.", "jobs were up", "Hillary Clinton", SpeakerPerson, "Mrs."},
		{"Mr. Clinton said the economy was strong.", "the economy was strong", "Clinton", SpeakerPerson, "Mr."},
		// a couple named together: the given name before "and" (session 23 probes)
		{"Bill and Hillary Clinton held a rally. Mr. Clinton said the economy was strong.", "the economy was strong", "Bill Clinton", SpeakerPerson, "Mr."},
		{"Voters saw Bill and Hillary Clinton at a rally. Mr. Clinton said the economy was strong.", "the economy was strong", "Bill Clinton", SpeakerPerson, "Mr."},
		// near misses: the word before "and" is a surname, or the given name has the other gender
		{"Tom Wells and Hillary Clinton held a rally. Mr. Clinton said the economy was strong.", "the economy was strong", "Clinton", SpeakerPerson, "Mr."},
		{"Chelsea and Hillary Clinton held a rally. Mr. Clinton said the economy was strong.", "the economy was strong", "Clinton", SpeakerPerson, "Mr."},
		{"His father, Fred Trump, built houses. Trump said the economy was strong.", "the economy was strong", "Donald Trump", SpeakerPerson, ""},
	})
}
