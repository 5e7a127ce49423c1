package extract

import "testing"

// TestSpeechRecallSubj covers frames whose subject or content the rules
// missed: adjuncts before the content, unusual subjects. The accept model
// is off: these tests check the rules, not a trained model's choice.
func TestSpeechRecallSubj(t *testing.T) {
	cases := []mentionCase{
		{"long adjunct then a comma and that", `Ms. Vale said Friday during a visit to a bakery in Dayton, Ohio, that the tax was unfair.`, "that the tax was unfair", "Ms. Vale"},
		{"adjuncts then a comma and a quotation", `Tom Reyes, a farmer from Iowa, said on the radio on Monday, in reply to a caller, “Prices keep falling.”`, "Prices keep falling.", "Tom Reyes, a farmer from Iowa"},
		{"subject behind a period phrase", `Rep. Ann Wu last month said the bridge would close.`, "the bridge would close", "Rep. Ann Wu"},
		{"coordinated role nouns", `The party's treasurer and former secretary of state said the books were clean.`, "the books were clean", "The party's treasurer and former secretary of state"},
		{"coordinated subject after a quotation", `“We are ready,” the Utah senator and former party chairman said in a statement.`, "We are ready", "the Utah senator and former party chairman"},
		{"pronoun and name coordinated", `She and Mr. Ford said the vote was close.`, "the vote was close", "She and Mr. Ford"},
		{"trailing according to with a source the noun phrase rules cannot read", `The shop closed in 2012, according to state business filings.`, "The shop closed in 2012", "state business filings"},
		{"trailing according to with a long source", `Turnout fell by a third — mostly in rural areas — according to the most recent figures released by the county.`, "Turnout fell by a third", "the most recent figures released by the county"},
		{"according to a pronoun", `She left the firm after, according to her, the board ignored the warnings.`, "the board ignored the warnings", "her"},
		{"participle adjective in the subject", `“We have to listen,” the retired teacher told a local radio station.`, "We have to listen", "the retired teacher"},
		{"answer word after a quoted question", `Asked if the mayor “deserves a second term,” 61 percent of residents said yes.`, "yes", "61 percent of residents"},
		{"bare so", `Most donors now back the plan, though only a third said so in the spring.`, "so", "a third"},
		{"addressee after to", `The club wrote to the mayor’s office that it would not renew the lease.`, "that it would not renew the lease", "The club"},
		{"addressee after to, then a quotation", `Ms. Tran wrote to her readers, “This is my last column.”`, "This is my last column.", "Ms. Tran"},
		{"preposition inside an organisation name", `“The tests look routine,” Ann Cole of the Center for Arms Studies wrote in May.`, "The tests look routine", "Ann Cole of the Center for Arms Studies"},
		{"elided year before that", `Sen. Al Moss (D-Vt.) said in ’04 that the war had been a mistake.`, "that the war had been a mistake", "Sen. Al Moss (D-Vt.)"},
		{"opening inverted frame with a relative clause", `Said Ray Cole, who coached the team for years, “He never gave up.”`, "He never gave up.", "Ray Cole"},
		{"short quoted title inside a long apposition", `Ann Ruiz, a judge on the show, “Big Bake,” who later opened a bakery, said the contest was fair.`, "the contest was fair", "Ann Ruiz, a judge on the show, “Big Bake,” who later opened a bakery"},
		{"adjective before a title opening a long apposition", `And retired Adm. Joe Park, who led the fleet for years, said on Sunday that the plan was sound.`, "that the plan was sound", "retired Adm. Joe Park"},
		{"coordinated inverted subject", `“He knows the state,” said former Iowa Gov. and party chairman Tom Vail.`, "He knows the state", "former Iowa Gov. and party chairman Tom Vail"},
		{"opening mark typed as the closing one", `“It is rare,“ said Ben Ortiz, a lawyer in Reno.`, "It is rare", "Ben Ortiz"},
		{"pronoun contraction after a named addressee", `Dan Kirk told NPR she’ll run again next year.`, "she’ll run again next year", "Dan Kirk"},
		{"poll finding: more likely to say", `Older voters were far more likely to say the economy was getting worse.`, "the economy was getting worse", "Older voters"},
		{"participle after a dash", `Mayor Diaz changed his vote at the last minute – saying the deal had improved.`, "the deal had improved", "Mayor Diaz"},
		{"manner adverb and place then a quotation", `The clerk said softly into the microphone, “Please be seated.”`, "Please be seated.", "The clerk"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}

// TestHeadlineColonAddressee: a headline names its speaker, then an
// addressee or topic, before the colon.
func TestHeadlineColonAddressee(t *testing.T) {
	cases := []mentionCase{
		{"addressee after to", "Mayor Lin to Bus Drivers: The strike must end now.\nThe mayor spoke on Friday.", "The strike must end now", "Mayor Lin"},
		{"place after at", "Senator Vance at Party Dinner: We will not give up the seat.\nThe dinner ran late.", "We will not give up the seat", "Senator Vance"},
	}
	ex := withoutAccept()
	checkMentions(t, ex, cases)
}
