package extract

// Made comments. "Trump made comments about U.S. foreign policy", "who has
// made favorable comments about single-payer health care", "made no
// comment on the ruling": the topic after a comment or remark that someone
// made is the statement, as after "commented on" (gold annotates each such
// phrase outside quotations on train; a possessive "his comments on X"
// mostly names an earlier statement and is left alone).

// madeCommentVerb returns the verb of "made (favorable) comments about"
// whose noun is at i with a topic preposition after it, or -1.
func (d *doc) madeCommentVerb(i int) int {
	switch d.word(i) {
	case "comment", "comments", "remark", "remarks":
	default:
		return -1
	}
	switch d.word(i + 1) {
	case "about", "on", "regarding":
	default:
		return -1
	}
	if d.inQuote(i) || d.inQuote(i+2) || d.tokAt(i+2).kind != tWord {
		return -1
	}
	k := i - 1
	for j := 0; j < 3 && k > 0 && d.toks[k].kind == tWord && !d.inQuote(k) && !madeForms.has(d.word(k)); j++ {
		k-- // a determiner and adjectives: "no comment", "several pointed remarks"
	}
	if madeForms.has(d.word(k)) && !d.inQuote(k) {
		return k
	}
	return -1
}

var madeForms = set("made", "make", "makes", "making")
