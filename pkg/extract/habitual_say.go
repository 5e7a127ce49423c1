package extract

// "He liked to say that the sea was his only teacher", "as she used to
// tell reporters", "he loved to joke that ...": a habitual statement of
// obituaries and profiles. The infinitive rule ("wants to say") dropped the
// frame. The subject speaks: the frame starts before the matrix verb, as in
// "went on to say" (continuationStart). Only before a speech verb, and not
// in the passive ("the phrase is used to say ..."). The training split holds
// none of these phrases (0 of liked/loved/used/likes/loves to say, tell,
// joke, ...), so no train prediction changes; at inference only all the same.

// habitualSayVerbs may follow the habitual "to".
// "boast" is left out: in the one train case ("Where he used to boast that
// ..., on Tuesday night he said ...") the content ran on into the next
// clause and displaced its statement.
var habitualSayVerbs = set("say", "tell", "joke", "quip", "remark", "insist", "complain", "argue", "note")

// habitualSayStart returns the token before "liked", "loved" or "used" for
// "to" at k before a speech verb, or -1.
func (d *doc) habitualSayStart(k int) int {
	if d.training || !habitualSayVerbs.has(d.word(k+1)) {
		return -1
	}
	switch d.word(k - 1) {
	case "liked", "loved", "likes", "loves", "used":
		if beForms.has(d.word(k-2)) || d.word(k-2) == "get" || d.word(k-2) == "got" {
			return -1 // "is used to say", "got used to saying"
		}
		return k - 2
	}
	return -1
}
