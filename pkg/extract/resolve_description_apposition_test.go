package extract

import "testing"

func TestDescriptionAppositionName(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\n\"This is a breakthrough,\" the study's lead author, Professor Jane Smith, said.", "breakthrough", "Jane Smith"},
		{"Talks resumed.\n\n\"This is a breakthrough,\" the study's senior author, Professor Li Wei of Tsinghua University, said.", "breakthrough", "Li Wei"},
		{"Talks resumed.\n\n\"Demand is strong,\" the company's chief executive, Jane Smith of Acme, said.", "Demand is strong", "Jane Smith"},
		{"Talks resumed.\n\nThe bank's chief economist, Professor Huw Pill of the Bank of England, said wage growth was too high.", "wage growth", "Huw Pill"},
		{"Talks resumed.\n\n\"It works,\" the study's lead author, Jane Smith of the University of Oxford, said.", "It works", "Jane Smith"},
		// name particles inside the name
		{"Talks resumed.\n\nThe emir of Qatar, Sheikh Tamim bin Hamad Al Thani, said the talks were constructive.", "constructive", "Tamim bin Hamad Al Thani"},
		{"Talks resumed.\n\nThe crown prince, Mohammed bin Salman, said the talks were constructive.", "constructive", "Mohammed bin Salman"},
		{"Talks resumed.\n\nThe group's leader, Abu Mohammed al-Jolani, said the war was over.", "war was over", "Abu Mohammed al-Jolani"},
		// an office before the name tells a person
		{"Talks resumed.\n\nJapan's top government spokesman, Chief Cabinet Secretary Yoshimasa Hayashi, said Tokyo had protested.", "Tokyo had protested", "Yoshimasa Hayashi"},
		// as before: a plain name after the description
		{"Talks resumed.\n\nThe bank's chief economist, Huw Pill, said wage growth was too high.", "wage growth", "Huw Pill"},
		// near misses: no person after the comma, or more than an
		// organisation after the name
		{"Talks resumed.\n\n\"It works,\" the firm's founder, Jane Smith of Texas and her son, said.", "It works", "firm's founder, Jane Smith of Texas and her son"},
		{"Talks resumed.\n\n\"It works,\" the firm's founder, Acme Holdings of Texas, said.", "It works", "firm's founder, Acme Holdings of Texas"},
	})
}
