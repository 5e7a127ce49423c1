package extract

// commentedTopic returns the cue text of a verb form of "comment" with its
// preposition ("commented on the ruling", "was commenting about her
// speech"): like "warned of X", the topic object is what was said. Only the
// verb forms: "his comments on Muslims" is a noun, and "declined to comment
// on" is an intention frame of its own.
func (d *doc) commentedTopic(i int, c cueInfo) string {
	if c.lemma != "comment" {
		return ""
	}
	nx := d.word(i + 1)
	if nx != "on" && nx != "about" {
		return ""
	}
	switch d.word(i) {
	case "commented", "commenting":
	case "comment":
		// "would not comment on the reports": after a modal, a verb
		if !commentModals.has(d.word(i-1)) && !(d.word(i-1) == "not" && commentModals.has(d.word(i-2))) {
			return ""
		}
	default:
		return ""
	}
	return "commented " + nx
}

var commentModals = set("would", "will", "could", "can", "did", "does", "do", "wouldn't", "won't", "couldn't", "can't", "didn't", "doesn't", "don't")
