package extract

// "Zelensky told state television that ...", "told state lawmakers that",
// "Chinese state media said": "state" is a cue verb ("the report states
// that"), and a noun phrase ended before it, so the addressee, and the
// statement, were lost, or the subject was "media". Before one of the
// nouns state institutions go by it is a modifier. At inference only, so
// the models train on the candidates they were trained on.

// stateNouns follow "state" as a modifier.
var stateNouns = set("television", "tv", "media", "news", "radio", "broadcaster", "broadcasters", "agency", "press",
	"newspaper", "officials", "lawmakers", "legislators", "senators", "representatives", "police",
	"troopers", "prosecutors", "regulators", "investigators", "auditors", "election", "elections")

// stateModifier reports "state" at k before such a noun.
func (d *doc) stateModifier(k int) bool {
	return !d.training && d.word(k) == "state" && stateNouns.has(d.word(k+1)) || d.determinedState(k)
}
