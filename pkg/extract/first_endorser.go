package extract

// The first to endorse: "Grijalva was the first Democrat in Congress to
// endorse Sanders", "Collins became the first member of Congress to
// endorse Trump", "Hunter, who was one of the earliest House members to
// endorse him". The endorsement's object is the subject's stance, which
// the annotation marks with "to endorse" as the cue. On train 5 of the 5
// phrases "the first/earliest ... to endorse X" outside quotations and
// reports are annotated (one with its subject after the verb, "The first
// member to endorse him was Collins", is left out); "the only senator to
// endorse X" in an apposition is not, so "only" is no opener here. The
// frame is built and accepted by rule at inference only, with the
// object's clause as its content (stanceRoleContentEnd). cv3: all tp +12
// fp +0, speech, direct and exact unchanged.

// firstEndorserVerb returns the linking verb of "was/became (one of) the
// first/earliest ... to endorse" whose "to" is at i (or the "on" of a day
// right before it: "on Wednesday became"), or -1.
func (d *doc) firstEndorserVerb(s sentence, i int) int {
	if d.training || d.word(i) != "to" || d.word(i+1) != "endorse" || d.inQuote(i) || d.inQuote(i+2) || d.tokAt(i+2).kind != tWord {
		return -1
	}
	k := i - 1
	for ; k > s.s && k > i-9; k-- {
		if d.tokAt(k).kind != tWord || d.inQuote(k) {
			return -1
		}
		if w := d.word(k); w == "first" || w == "earliest" {
			break
		}
	}
	if w := d.word(k); w != "first" && w != "earliest" || d.word(k-1) != "the" {
		return -1
	}
	k -= 2
	if d.word(k) == "of" && d.word(k-1) == "one" {
		k -= 2 // "one of the earliest"
	}
	switch d.word(k) {
	case "is", "was", "were", "are", "became", "becomes", "become":
	default:
		return -1
	}
	if d.reportedBefore(s, k, false) {
		return -1
	}
	if d.word(k-2) == "on" && (weekdayNames.has(d.word(k-1)) || timeWords.has(d.word(k-1))) {
		k -= 2 // the subject before "on Wednesday became"
	}
	return k
}
