package extract

import "strings"

// "WHO warns of new pandemic risk", "WHO chief says ...", "officials at
// WHO said": the World Health Organization's acronym is the relative and
// question word "who" to the word lists (relativeWords, whWords,
// headlineNameStops), so the headline lost its statement and a subject
// stopped at it; "US says it will send troops" lost its statement to the
// pronoun "us" the same way. markAcronymWho gives an upper-case "WHO" or
// "US" between words that are not upper case (not a shouted headline's
// "WHO IS TO BLAME") a lower-case form that keeps the capitals, as
// markSurnameMay does for "May": it matches no function word. At inference only (newDocFor), so
// the models do not move; train predictions: see the commit message.
// Session 21, hand-written probes.
func (d *doc) markAcronymWho() {
	who, us := strings.Contains(d.text, "WHO"), strings.Contains(d.text, "US")
	if !who && !us {
		return // most articles: a scan of the text is cheaper than of the tokens
	}
	for i := range d.toks {
		t := &d.toks[i]
		if t.kind != tWord || !(who && t.lower == "who" || us && t.lower == "us") || !isAllCaps(d.text[t.s:t.e]) {
			continue
		}
		if d.shoutedWord(i-1, t.para) || d.shoutedWord(i+1, t.para) {
			continue
		}
		t.lower = d.text[t.s:t.e]
	}
}

// shoutedWord reports an upper-case word of two letters or more at k in
// paragraph para.
func (d *doc) shoutedWord(k, para int) bool {
	t := d.tokAt(k)
	return t.kind == tWord && t.para == para && isAllCaps(d.text[t.s:t.e])
}
