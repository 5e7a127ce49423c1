package extract

import "testing"

// TestContinuedRolePerson: a role nominal right after a named person's
// statement is that person, when nothing says otherwise.
func TestContinuedRolePerson(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Lula said the deal was fair. The Brazilian president added that talks would continue.", "talks would continue", "Lula", SpeakerPerson, ""},
		{"Macron said the summit had gone well. The French leader said Europe must act.", "Europe must act", "Macron", SpeakerPerson, ""},
		{"Kishida told reporters the plan was ready. The Japanese prime minister said it would pass.", "it would pass", "Kishida", SpeakerPerson, ""},
		{"Ms Sturgeon said the vote was a disgrace. The first minister added that she would fight on.", "she would fight on", "Sturgeon", SpeakerPerson, "Ms"},
		{"Anna Berg said the deal was fair.\n\nThe Swedish prime minister added that talks would continue.", "talks would continue", "Anna Berg", SpeakerPerson, ""},
		{"\"The talks were useful,\" said Albanese, adding that more work was needed. The Australian leader also said he would travel.", "he would travel", "Albanese", SpeakerPerson, ""},
		{"Mr Starmer said the vote was a disgrace. The Labour leader added that he would fight on.", "he would fight on", "Starmer", SpeakerPerson, "Mr"},
		// negatives: a table word of another country, an answer, another
		// person named in between, another office, a question before, an
		// unnamed minister already speaking, another office given to the
		// person, a bare leader, another place, a description of the
		// person, a contrast, a pronoun, no person
		{"Obama said the deal was fair. The Russian president said talks would continue.", "talks would continue", "Russian president", "", ""},
		{"Anna Berg said the deal was fair. The Swedish prime minister replied that talks would continue.", "talks would continue", "Swedish prime minister", "", ""},
		{"Lula said he had met Xi Jinping. The Chinese president said talks would continue.", "talks would continue", "Chinese president", "", ""},
		{"Lula said the deal was fair. The vice president added that talks would continue.", "talks would continue", "vice president", "", ""},
		{"Lula asked whether the deal was fair. The Brazilian president said it was.", "it was", "Brazilian president", "", ""},
		{"The minister said the plan would work. Lula said the deal was fair. The minister added that talks would continue.", "talks would continue", "minister", "", ""},
		{"Sen. Jane Roe said the deal was fair. The governor added that talks would continue.", "talks would continue", "governor", "", ""},
		{"Jane Roe, the French foreign minister, said the deal was fair. The German chancellor added that talks would continue.", "talks would continue", "German chancellor", "", ""},
		{"Lula said the deal was fair. The leader added that talks would continue.", "talks would continue", "leader", "", ""},
		{"Lula said the deal was fair. The Florida senator added that talks would continue.", "talks would continue", "Florida senator", "", ""},
		{"Spain's prime minister, Pedro Sanchez, said Spain would act. The Socialist leader added that talks would continue.", "talks would continue", "Socialist leader", "", ""},
		{"He said the deal was fair. The Brazilian president added that talks would continue.", "talks would continue", "Brazilian president", "", ""},
		{"Jane Smith, a Labour MP, said the plan was wrong. The prime minister said it would go ahead.", "go ahead", "prime minister", "", ""},
		{"Tom Lee said the plan was wrong. But the prime minister said it would go ahead.", "go ahead", "prime minister", "", ""},
		{"Tom Lee said the plan was wrong. The prime minister, however, said it would go ahead.", "go ahead", "prime minister", "", ""},
		{"Analysis shows the deal was fair. The Brazilian president added that talks would continue.", "talks would continue", "Brazilian president", "", ""},
	})
}
