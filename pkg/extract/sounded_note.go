package extract

// Sounded notes. "Lee sounded a cautious note about the report": the topic
// after "sounded a ... note about/for/on" is the statement (gold annotates
// each such phrase on train; "struck a measured tone" with no topic is left
// alone).

// soundedNoteVerb returns the verb of "sounded a cautious note" whose noun
// "note" is at i with a topic preposition after it, or -1.
func (d *doc) soundedNoteVerb(i int) int {
	switch d.word(i + 1) {
	case "about", "for", "on":
	default:
		return -1
	}
	if d.inQuote(i+2) || d.tokAt(i+2).kind != tWord {
		return -1
	}
	k := i - 1
	for j := 0; j < 2 && k > 0 && d.toks[k].kind == tWord && d.word(k) != "a" && d.word(k) != "an"; j++ {
		k-- // up to two adjectives: "a cautious note", "a more hopeful note"
	}
	if w := d.word(k); w != "a" && w != "an" {
		return -1
	}
	switch d.word(k - 1) {
	case "sounded", "sounds", "sound", "sounding", "struck", "strikes", "strike", "striking":
		return k - 1
	}
	return -1
}
