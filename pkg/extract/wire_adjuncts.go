package extract

// Two adjuncts of wire copy between a cue and its content that forwardStart
// did not skip, so the content began with them:
//   - a time adjunct with "late" or "early" before "on": "Zelensky said late
//     on Monday the front was stable" (the content was "late on Monday the
//     front was stable"; "late Monday" and "on Monday" were skipped);
//   - the medium of the statement after "by": "The spokesman said by phone
//     that the ship had been released", "told Reuters by telephone" (the
//     content opened with "by", read as a passive's agent, and the statement
//     was lost).
// At inference only (forwardStart), so the models do not move. Session 21,
// hand-written probes.

// byMedia are the media of a statement after "by".
var byMedia = set("phone", "telephone", "email", "e-mail", "text", "video", "videolink", "letter", "satellite", "radio", "fax")

// wireAdjunctEnd returns the token after such an adjunct at j, or j.
func (d *doc) wireAdjunctEnd(j, limit int) int {
	if d.training || d.inQuote(j) {
		return j
	}
	switch w := d.word(j); {
	case (w == "late" || w == "early") && d.word(j+1) == "on" && timeWords.has(d.word(j+2)) && j+3 < limit:
		return j + 3
	case w == "by" && byMedia.has(d.word(j+1)) && j+2 < limit:
		k := j + 2
		if w1, w2 := d.word(j+1), d.word(k); (w1 == "text" || w1 == "video") && (w2 == "message" || w2 == "link" || w2 == "call") {
			k++ // "by text message", "by video link"
		}
		if d.word(k) == "that" || d.punct(k) == "," || d.punct(k) == ":" || d.isQuote(k) || d.clauseAfterAdjunct(k, limit) || d.nounClauseAfterAdjunct(k, limit) {
			return k
		}
	}
	return j
}
