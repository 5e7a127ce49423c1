package extract

import "testing"

// TestJiSuffix: "Modi ji" and "Shah-ji" are the persons named in full
// before, or the name alone; a capitalised "Ji" is a given name.
func TestJiSuffix(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nIndian Prime Minister Narendra Modi spoke in Delhi. Modi ji said India would help.", "India would help", "Narendra Modi"},
		{"Talks resumed.\n\nHome Minister Amit Shah spoke in Delhi.\n\n\"We will help,\" Shah-ji said.", "We will help", "Amit Shah"},
		{"Talks resumed.\n\n\"We will help,\" Modi ji said.", "We will help", "Modi"},
		// near misses: a given name "Ji"; two words before "ji"
		{"Talks resumed.\n\nChinese scholar Wang Ji spoke in Beijing. Wang Ji said China would help.", "China would help", "Wang Ji"},
		{"Talks resumed.\n\n\"We will help,\" Wang Ji said.", "We will help", "Wang Ji"},
	})
}
