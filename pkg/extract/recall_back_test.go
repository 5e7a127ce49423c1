package extract

import "testing"

// TestSpeechRecallBack covers statements whose content comes before the
// cue and that the rules missed. The accept model is off: these tests check the rules, not a trained model's choice.
func TestSpeechRecallBack(t *testing.T) {
	cases := []mentionCase{
		{"trailing as-frame", `The new tariffs would hurt farmers most, as several economists have pointed out.`, "The new tariffs would hurt farmers most", "several economists"},
		{"trailing as-frame with an adjunct", `The bridge needs repairs before winter, as Ms. Ortiz noted in her column.`, "The bridge needs repairs before winter", "Ms. Ortiz"},
		{"cue before a semicolon", `The county must add two schools, planners say; in 2010, it added none.`, "The county must add two schools", "planners"},
		{"addressee after to for a proclaiming verb", `“The park stays open,” the mayor proclaimed to a cheering crowd.`, "The park stays open", "the mayor"},
		{"bare plural addressee after to", `“Nothing has changed,” she asserted to reporters on Monday.`, "Nothing has changed", "she"},
		{"many asides after the quotation", `“We are worried,” Tim Holt, 52, of Boise, Idaho, who was among those surveyed, said in an interview.`, "We are worried", "Tim Holt, 52, of Boise, Idaho"},
		{"relative clause after an inverted subject", `The deal is off, said two aides who spoke on condition of anonymity.`, "The deal is off", "two aides"},
		{"subordinate clause after the addressee", `We will not quit, the coach told his players as they boarded the bus.`, "We will not quit", "the coach"},
		{"quotation inside an adjunct after the cue", `“Give me a minute,” Lee said after a quick “Excuse me” to the host.`, "Give me a minute", "Lee"},
		{"prepositional phrase in the subject after a quotation", `“Crime is down,” a narrator in the video says.`, "Crime is down", "a narrator in the video"},
		{"coordinated names with a lower-case title after a quotation", `“The dam is unsafe,” engineers Ann Lowe and Bo Park of the city water board wrote in June.`, "The dam is unsafe", "engineers Ann Lowe and Bo Park of the city water board"},
		{"state before an adjunct after a quotation", `“We keep our promises,” the authors state in the report.`, "We keep our promises", "the authors"},
		{"question mark, then a subject with an apposition", `“Who pays for it?” Dana Cho, a city councilor, asked at the hearing.`, "Who pays for it?", "Dana Cho, a city councilor"},
		{"coordinated subject after a clause and a comma", `The guard pushed the photographer out of the room, she and a colleague said.`, "The guard pushed the photographer out of the room", "she and a colleague"},
		{"coordinated plural subject and a short object", `Turnout was low in every ward, clerks and poll workers told the paper.`, "Turnout was low in every ward", "clerks and poll workers"},
		{"name as the addressee of write", `The files were moved to a safe room last spring, Ms. Pryor wrote Dunn.`, "The files were moved to a safe room last spring", "Ms. Pryor"},
		{"lone inverted subject", `“The polls were wrong again,” wrote another.`, "The polls were wrong again", "another"},
		{"capitalised auxiliary as a name after a quotation", `“The primary is a circus,” Will wrote in his column.`, "The primary is a circus", "Will"},
		{"closing mark typed as the opening one at a paragraph start", `”We will rebuild the pier,” said Ana Reyes.`, "We will rebuild the pier", "Ana Reyes"},
		{"one-word reply before the frame", `Nope, the manager said.`, "Nope", "the manager"},
		{"trailing according to with a quoted title in the source", `The fund lost a fifth of its value, according to the “Safe Harbor” report the board released.`, "The fund lost a fifth of its value", "the “Safe Harbor” report the board released"},
		{"name, apposition and relative clause without a closing comma", `“The numbers are soft,” Lena Fox, the analyst who runs the poll wrote on Friday.`, "The numbers are soft", "Lena Fox, the analyst who runs the poll"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
