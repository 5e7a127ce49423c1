package extract

import "testing"

// TestNewSubjectPerson: a he or she after a sentence that a person opens,
// with no statement between, is that person, not the speaker before; a
// name that opens no subject, or a possessor next to another name, is not.
func TestNewSubjectPerson(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"“It was a great feeling,” Tom Kane said.\n\nChelsea boss Mark Lane was less happy. “We gave away two soft goals,” he said.", "soft goals", "Mark Lane"},
		{"“It was a great feeling,” Tom Kane said.\n\nWikiLeaks founder Mark Lane was less happy. “We gave away two soft goals,” he said.", "soft goals", "Mark Lane"},
		{"“It was a great feeling,” Tom Kane said.\n\nMark Lane's side was less happy. “We gave away two soft goals,” he said.", "soft goals", "Mark Lane"},
		// negatives
		{"“It was a great feeling,” Tom Kane said.\n\nDays after Mark Lane's arrest, the club was quiet. “We gave away two soft goals,” he said.", "soft goals", "Tom Kane"},
		{"“It was a great feeling,” Tom Kane said.\n\nOutside Mark Lane's house, a fan named John Hill was waiting. “We gave away two soft goals,” he said.", "soft goals", "Tom Kane"},
		{"“It was a great feeling,” Tom Kane said.\n\nMark Lane was less happy. The fans left early.\n\n“We gave away two soft goals,” he said.", "soft goals", "Tom Kane"},
		{"“It was a great feeling,” Tom Kane said.\n\nJane Lane was less happy. “We gave away two soft goals,” he said.", "soft goals", "Tom Kane"},
	})
}
