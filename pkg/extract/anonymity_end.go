package extract

// endAtAnonymityPhrase ends, at inference, a forward content before "(only)
// on (the) condition of anonymity" ("confirmed the meeting on the condition
// of anonymity because ...", "discussed the plans only on condition of
// anonymity"): the writer's note of how the source spoke, not the words,
// like the medium phrases of medium_end.go. Only outside quotation marks
// and after a word of content. On train (design docs) both contents that
// ran through the phrase had their annotated statement end before it.
// Training keeps the old contents, so the models do not move.
func (d *doc) endAtAnonymityPhrase(a *attribution) {
	c := d.forwardEndContent(a)
	if c == nil {
		return
	}
	for k := c.s + 1; k < c.e; k++ {
		if d.inQuote(k) || !d.anonymityPhrase(k) {
			continue
		}
		e := k
		if d.word(e-1) == "only" && e-1 > c.s {
			e--
		}
		if anonymousSpeaking.has(d.word(e - 1)) {
			return // "the officials spoke on condition of anonymity": the content's own verb
		}
		d.endContentBefore(c, e)
		return
	}
}

// anonymityPhrase reports "on|under (the) condition of anonymity" at k.
func (d *doc) anonymityPhrase(k int) bool {
	if w := d.word(k); w != "on" && w != "under" {
		return false
	}
	k++
	if d.word(k) == "the" {
		k++
	}
	return d.word(k) == "condition" && d.word(k+1) == "of" && d.word(k+2) == "anonymity"
}

// anonymousSpeaking before the phrase make it part of the content.
var anonymousSpeaking = set("spoke", "speak", "speaks", "speaking", "talked", "talk", "talking",
	"commented", "comment", "agreed", "granted", "requested", "asked", "interviewed", "briefed")
