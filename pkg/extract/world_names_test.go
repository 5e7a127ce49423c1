package extract

import "testing"

// Session 22, hand-written probes of English news outside the US: the
// offices before a name are dropped ("Taoiseach Micheál Martin", "Treasurer
// Jim Chalmers", "PM Narendra Modi", "Shri Amit Shah") and name the person
// later ("the Taoiseach", "the PM"); a family name written first is keyed
// after a place and an office too ("Taiwan President Lai Ching-te ... Lai
// said"); a sentence-initial lone name part is the whole name ("Mayor Bob
// Yong ... Bob said"); a family name before "Jr." finds the full name.

func TestWorldOfficeTitles(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nTaoiseach Micheál Martin said the Government would not be rushed.", "would not be rushed", "Micheál Martin"},
		{"Talks resumed.\n\nTánaiste Simon Harris said the Government would act.", "would act", "Simon Harris"},
		{"Talks resumed.\n\nTreasurer Jim Chalmers said the budget would return to surplus.", "return to surplus", "Jim Chalmers"},
		{"Talks resumed.\n\nShri Amit Shah said the government was committed to the farmers.", "committed to the farmers", "Amit Shah"},
		{"Talks resumed.\n\nPM Narendra Modi said the economy would grow.", "economy would grow", "Narendra Modi"},
		{"Talks resumed.\n\nAlhaji Atiku Abubakar said the election had been rigged.", "rigged", "Atiku Abubakar"},
		// members of parliaments
		{"Talks resumed.\n\nLabour MP Diane Abbott said the decision was a disgrace.", "disgrace", "Diane Abbott"},
		{"Talks resumed.\n\nBJP MP Tejasvi Surya said the votes had been rigged.", "rigged", "Tejasvi Surya"},
		{"Talks resumed.\n\nSinn Féin TD Pearse Doherty said the budget was a disgrace.", "budget was a disgrace", "Pearse Doherty"},
		{"Talks resumed.\n\nLabour MP Diane Abbott spoke in the Commons.\n\n\"This is a disgrace,\" the MP said.", "This is a disgrace", "Diane Abbott"},
		{"Talks resumed.\n\nThe MP said the budget was a disgrace.", "budget was a disgrace", "MP"},
		// "Minister for X" of British and Irish news, like "Director of X"
		{"Talks resumed.\n\nMinister for Health Stephen Donnelly said the HSE would recruit more nurses.", "recruit more nurses", "Stephen Donnelly"},
		{"Talks resumed.\n\nMinister for Finance Michael McGrath told the Dáil that the budget was balanced.", "budget was balanced", "Michael McGrath"},
		// a given name the list does not know, after the office's domain;
		// the family name later is the name, not the domain with it
		{"Talks resumed.\n\nInspector General of Police Kayode Egbetokun said the suspects had been arrested.", "suspects", "Kayode Egbetokun"},
		{"Talks resumed.\n\nMinister of State for Defence Sanjay Seth said 500 people had been arrested. Mr Seth said the army was ready.", "army was ready", "Sanjay Seth"},
		{"Talks resumed.\n\nDirector of National Intelligence James Clapper said the threat was real. Mr. Clapper said the army was ready.", "army was ready", "James Clapper"},
		{"Talks resumed.\n\nDGP Rajeev Kumar said the situation was under control.", "under control", "Rajeev Kumar"},
		// near miss: no office domain before the two last words
		{"Talks resumed.\n\nThe Friends of Acme Tower Group said the plan would fail.", "plan would fail", "Friends of Acme Tower Group"},
		{"Talks resumed.\n\nTaoiseach Micheál Martin arrived in Brussels. Mr Martin said Ireland wanted a fair deal.", "fair deal", "Micheál Martin"},
		// the office as a nominal: the person named in it before
		{"Talks resumed.\n\nTaoiseach Micheál Martin arrived in Brussels.\n\n\"We want a fair deal,\" the Taoiseach said.", "fair deal", "Micheál Martin"},
		{"Talks resumed.\n\nTánaiste Simon Harris arrived in Brussels.\n\n\"We want a fair deal,\" the Tánaiste said.", "fair deal", "Simon Harris"},
		{"Talks resumed.\n\nTreasurer Jim Chalmers spoke in Canberra.\n\n\"The budget is in good shape,\" the Treasurer said.", "good shape", "Jim Chalmers"},
		{"Talks resumed.\n\nPrime Minister Narendra Modi opened the bridge.\n\n\"This bridge will change lives,\" the PM said.", "change lives", "Narendra Modi"},
		{"Talks resumed.\n\nPrime Minister Anthony Albanese and Finance Minister Jane Roe spoke on Monday.\n\n\"We will cut taxes,\" the PM said.", "cut taxes", "Anthony Albanese"},
		// near misses: "the PM" is no other minister; unnamed, it is the office
		{"Talks resumed.\n\nFinance Minister Jane Roe spoke on Monday.\n\n\"We will cut taxes,\" the PM said.", "cut taxes", "prime minister"},
		{"Talks resumed.\n\nThe PM said the plan would work.", "plan would work", "prime minister"},
		{"Talks resumed.\n\nThe vote closed at 8 PM. Jane Roe said the result was clear.", "result was clear", "Jane Roe"},
	})
}

func TestNamePartAfterOffice(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nTaiwan President Lai Ching-te visited the base. Lai said Taiwan would not provoke.", "would not provoke", "Lai Ching-te"},
		{"Talks resumed.\n\nTaiwanese President Lai Ching-te visited the base. Lai said Taiwan would not provoke.", "would not provoke", "Lai Ching-te"},
		{"Talks resumed.\n\nBeijing Mayor Yin Yong visited the base. Yin said the city was ready.", "city was ready", "Yin Yong"},
		{"Talks resumed.\n\nMalaysian Prime Minister Anwar Ibrahim spoke in Kuala Lumpur. Anwar said Malaysia would stay neutral.", "stay neutral", "Anwar Ibrahim"},
		{"Talks resumed.\n\nMayor Bob Yong visited the base. Bob said the city was ready.", "city was ready", "Bob Yong"},
		// a family name before a hyphenated Korean or Cantonese given name
		{"Talks resumed.\n\nSouth Korean President Lee Jae-myung visited Tokyo. Mr Lee said the two countries must cooperate.", "must cooperate", "Lee Jae-myung"},
		{"Talks resumed.\n\nSouth Korean President Lee Jae-myung visited Tokyo.\n\n\"We must cooperate,\" Lee said.", "We must cooperate", "Lee Jae-myung"},
		{"Talks resumed.\n\nHong Kong leader John Lee Ka-chiu visited Beijing. Mr Lee said the city would prosper.", "city would prosper", "John Lee Ka-chiu"},
		// a family name left out of data/surnamefirst.txt as an English word,
		// before two syllables that are no English given names
		{"Talks resumed.\n\nPrime Minister Lee Hsien Loong visited Jakarta. Mr Lee said the ties were strong.", "ties were strong", "Lee Hsien Loong"},
		{"Talks resumed.\n\nLee Harvey Oswald was named. Mr Lee said the ties were strong.", "ties were strong", "Lee"},
		// near miss: an English double given name ("Jean-Pierre") keys nothing
		{"Talks resumed.\n\nMayor Lee Jean-Pierre visited Tokyo. Mr Lee said the city would prosper.", "city would prosper", "Lee"},
		// near misses: a family name last is the full name as before; an
		// organisation's name holding the word is no person
		{"Talks resumed.\n\nMayor Bob Yong visited the base. Yong said the city was ready.", "city was ready", "Bob Yong"},
		{"Talks resumed.\n\nThe Interior Ministry met on Monday. Interior said the city was ready.", "city was ready", "Interior"},
	})
}

// TestWelshParticle: "ap" ("son of") is a name particle, not the AP.
func TestWelshParticle(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nPlaid Cymru leader Rhun ap Iorwerth said Wales deserved better. Mr ap Iorwerth said the formula was unfair.", "formula was unfair", "Rhun ap Iorwerth"},
		{"Talks resumed.\n\nRhun ap Iorwerth spoke.\n\n\"Wales deserves better,\" ap Iorwerth said.", "Wales deserves better", "Rhun ap Iorwerth"},
		// near miss: the agency in capitals
		{"Talks resumed.\n\nThe AP reported that the vote was close.", "vote was close", "AP"},
	})
}

func TestGenerationalSuffixSurname(t *testing.T) {
	wantSpeakers(t, []speakerCase{
		{"Talks resumed.\n\nPhilippine President Ferdinand Marcos Jr. spoke in Manila. Mr Marcos said the country would defend its waters.", "defend its waters", "Ferdinand Marcos Jr."},
		{"Talks resumed.\n\nJames B. Comey Jr., the director of the agency, spoke on Monday. Mr. Comey said the inquiry was closed.", "inquiry was closed", "James Comey Jr."},
		{"Talks resumed.\n\nHarry Hurt III spoke on Monday.\n\n\"The book is ready,\" Mr. Hurt said.", "book is ready", "Harry Hurt III"},
		// near miss: the family name given first keeps its person
		{"Talks resumed.\n\nTom Roe spoke on Monday with his son, Tom Roe Jr. Mr. Roe said the inquiry was closed.", "inquiry was closed", "Tom Roe"},
	})
}
