package extract

import "testing"

// TestIntroOwner: the speaker of a participle or coordinated verb is the
// subject after the sentence's introduction, not a noun inside it; the
// statements stay as found.
func TestIntroOwner(t *testing.T) {
	checkMentions(t, New(nil), []mentionCase{
		{"prepositional intro", "Headline\n\nIn response to the speech, former mayor Ann Lee went on television, telling viewers that the plan had failed.", "the plan had failed", "former mayor Ann Lee"},
		{"participle intro", "Headline\n\nWalking to the next house, Ann Lee talked about her childhood, and said their views were different.", "views were different", "Ann Lee"},
		{"time and place intros", "Headline\n\nThe day before, at a rally in Waco, Tex., Tom Reed was just as blunt, claiming that the vote was rigged.", "vote was rigged", "Tom Reed"},
		{"place and state", "Headline\n\nSpeaking at a town hall in Salem, New Hampshire, Tom Reed went after his rival, calling him weak.", "him weak", "Tom Reed"},
		{"coordinated titles", "Headline\n\nIn response to the speech, former Acme CEO and presidential candidate Jane Fox opened up on Twitter, reminding voters that she ran.", "she ran", "former Acme CEO and presidential candidate Jane Fox"},
		{"party after the name", "Headline\n\nIn a statement, Florida Gov. Tom Reed (R) blasted Congress and said the state would pay.", "the state would pay", "Florida Gov. Tom Reed (R)"},
		// near misses: the mention as found
		{"no subject after the intro", "Headline\n\nIn lieu of flowers, please send donations, saying that she loved books.", "she loved books", "lieu of flowers, please send donations"},
		{"the subject is no part of the intro", "Headline\n\nIn a statement, Tom Reed said the vote was rigged.", "vote was rigged", "Tom Reed"},
	})
	checkSpeakerNames(t, []speakerCase{
		{"In a statement, Florida Gov. Tom Reed (R) blasted Congress and said the state would pay.", "the state would pay", "Tom Reed"},
		{"In response to the speech, former mayor Ann Lee went on television, telling viewers that the plan had failed.", "the plan had failed", "Ann Lee"},
		{"Walking to the next house, Ann Lee talked about her childhood, and said their views were different.", "views were different", "Ann Lee"},
	})
}
