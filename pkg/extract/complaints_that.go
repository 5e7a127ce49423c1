package extract

// Complaints with their clause: "despite complaints that he is a quixotic
// crusader", "there were numerous complaints that bikers raced on the
// greens", "his complaints that the judge had been unfair to him". The
// annotation marks the that-clause as a statement (its source is seldom
// given). "Complaint" is no cue: the frames are built at inference only
// and accepted by rule, as their sentence's first frame, when "that"
// opens a clause with its own subject (not a relative clause: "complaints
// that were filed").

// complaintWords take the clause: complaints, and alike, speculation and
// forecasts, and the adjectives of a firm or missing belief ("Lee is
// adamant that ...", "they were unaware that ..."): all 9 of the latter
// phrases on train are annotated; cv3 with them: all tp +24 fp +0, speech
// and direct unchanged.
var complaintWords = set("complaints", "complaint", "speculation", "forecast", "forecasts", "adamant", "unaware")

// complaintsThatConf is the confidence of a rule-accepted complaint: on
// the training split all 7 "complaint(s) that" + clause phrases outside
// quotations are annotated. cv3: all tp +18 fp +3 (the 3 inside a
// non-speech statement, a clause cut at an aside), speech and direct
// unchanged.
const complaintsThatConf = 0.75

// complaintThatCue reports the noun "complaint(s)" at i followed by "that"
// and a clause's subject, outside quotations and questions. Inference only.
func (d *doc) complaintThatCue(s sentence, i int) bool {
	if d.training || !complaintWords.has(d.word(i)) || d.inQuote(i) || d.punct(s.e-1) == "?" || d.forecastVerb(s, i) {
		return false // the verb "forecasts" (forecast_verb.go)
	}
	if d.word(i+1) != "that" || d.inQuote(i+1) || i+3 >= s.e {
		return false
	}
	nx := d.word(i + 2)
	if nx == "" || d.inQuote(i+2) || clauseAux.has(nx) || nx == "not" || nx == "also" {
		return false // "complaints that were filed", "complaints that could sink it"
	}
	if !d.tokAt(i+2).upper && !subjPronouns.has(nx) && !determiners.has(nx) && nx != "the" && !possessiveDeterminers.has(nx) {
		// a bare noun may open the clause ("complaints that interlopers
		// were racing"), not a verb ("complaints that mentioned ...")
		if hasAnySuffix(nx, "ed", "es") {
			return false
		}
	}
	return true
}

// complaintThatContentEnd returns the end of a complaint's clause, which
// starts at "that": the first comma, semicolon or colon outside quotations,
// or an opening subordinate clause; -1 for other frames.
func (d *doc) complaintThatContentEnd(a *attribution, limit int) int {
	if d.training || !a.ruleAccepted || a.cueText != "complaint" || !a.cue.ok() || a.cue.e >= limit {
		return -1
	}
	e := limit
	for k := a.cue.e + 1; k < limit; k++ {
		if d.inQuote(k) {
			continue
		}
		if p := d.punct(k); p == "," || p == ";" || p == ":" || p == "(" {
			e = k
			break
		}
	}
	return d.subordinateClauseEnd(a.cue.e, d.trimEnd(a.cue.e, e))
}

func hasAnySuffix(w string, suffixes ...string) bool {
	for _, x := range suffixes {
		if len(w) > len(x)+2 && w[len(w)-len(x):] == x {
			return true
		}
	}
	return false
}
