package extract

import "testing"

// TestPerformerOpening: a performer's trade opening the sentence is no
// part of the name, before a stage name of one word or a given name the
// lists lack, and a later "the rapper" is the performer; a company named
// with such a word keeps its name.
func TestPerformerOpening(t *testing.T) {
	checkNamedSpeakers(t, withoutAccept(), []namedSpeaker{
		{"Film.\n\nRapper Drake said he was tired.", "he was tired", "Drake", "", "Rapper"},
		{"Film.\n\nActress Zendaya said she was tired.", "she was tired", "Zendaya", "", "Actress"},
		{"Film.\n\nSinger Taylor Swift said she was tired.", "she was tired", "Taylor Swift", "", "Singer"},
		{"Film.\n\nComedian Trevor Noah said he was tired.", "he was tired", "Trevor Noah", "", "Comedian"},
		{"Film.\n\nRapper Drake said he was tired.\n\n\"I need rest,\" the rapper said.", "I need rest", "Drake", "", "Rapper"},
		{"Film.\n\nSinger Adele said she was tired. Adele added that she would rest.", "she would rest", "Adele", "", "Singer"},
		// near misses: an organisation's word or a place after the trade
		{"Biz.\n\nSinger Sewing Company said sales fell.", "sales fell", "Singer Sewing Company", "", ""},
		{"Biz.\n\nModel Cities said sales fell.", "sales fell", "Model Cities", "", ""},
		{"Biz.\n\nActor Equity Association said pay was low.", "pay was low", "Actor Equity Association", "", ""},
	})
}
