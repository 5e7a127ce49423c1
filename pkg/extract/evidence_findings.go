package extract

// Findings of a poll or a study given as a noun phrase that the trained
// shapes (findingContent) miss: "a poll showed a virtual dead heat between
// Lee and Smith", "the survey shows only a small gender gap", "one poll
// shows Lee 16 points ahead of Smith", "the poll shows both Lee and Smith
// beating Jones". After an evidence subject almost any object is what the
// evidence shows. The wider shapes apply at inference only, so the models
// train on the same candidates as before (a few more training candidates
// shift the accept model's weights for every other statement); the frames
// are accepted by rule (evidenceFindingAccepted) like the other findings.

// findingContentAtInference reports an object of at least three words
// after "show"/"find" whose subject is a poll or a study, at inference
// only: a noun phrase or a clause the trained shapes missed. On train its
// own statements are 19 matches and 1 false positive.
func (d *doc) findingContentAtInference(a *attribution, fs, limit int) bool {
	if d.training || d.countWords(fs, limit) < 3 || d.inQuote(fs) || d.toks[fs].kind != tWord {
		return false
	}
	if d.word(fs-1) == "showing" || d.word(fs-1) == "finding" {
		return false // "with polls showing her behind, she campaigned ...": the clause runs on
	}
	if a.subj.ok() && quantityEvidence.has(d.word(a.subj.e-1)) {
		return false // "the statistics show part of the income picture"
	}
	w := d.word(fs)
	if badContentStart.has(w) && w != "about" || w == "it" || w == "how" || findingNotContent.has(w) || d.word(fs+1) == "way" {
		return false
	}
	return true
}

// quantityEvidence head a subject whose object is more often a description
// of the measure than a finding ("the figures show only the wages").
var quantityEvidence = set("statistics", "numbers", "figures", "data", "estimates", "count", "tally", "averages", "average", "census")

// findingNotContent start no finding: "shows no sign of", "found himself",
// "showed off" (nor does "found its way").
var findingNotContent = set("himself", "herself", "themselves", "itself", "off", "signs", "sign", "interest", "support", "respect")
