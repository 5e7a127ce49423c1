package extract

import "strings"

// headlineTellStart returns where the content of a capitalised tell cue in
// a title-case headline starts, after its addressee: capitals no longer
// mark where the addressee ends ("Prager Tells #NeverTrump Conservatives
// They Need To Change Course", "Clinton Reassures House Democrats 2016 Is
// Not Just About Her", "Lee Told A Reporter Not To Worry", "Maher Tells
// Guest Muslim Violence Is Beyond Compare"). The clause opens at a subject
// pronoun, a number or "Not To"; before a verb further on, the addressee is
// one word. It returns -1 when no clause follows.
func (d *doc) headlineTellStart(a *attribution, limit int) int {
	j := a.cue.e
	if a.class != cueTell || a.inverted || !a.cue.ok() || !d.toks[a.cue.s].upper || j+2 >= limit || d.inQuote(j) {
		return -1
	}
	if w := d.word(j); w == "" && d.punct(j) != "#" || w == "that" || subjPronouns.has(w) || !d.titleCase(d.sents[a.sent]) {
		return -1
	}
	for k := j + 1; k < limit && k < j+6; k++ {
		if d.punct(k) == "#" {
			continue // "#NeverTrump Conservatives"
		}
		if d.toks[k].kind != tWord || d.inQuote(k) {
			return -1
		}
		w := d.word(k)
		switch {
		case w == "that" || subjPronouns.has(w) && w != "it" && w != "you":
			return k
		case w == "not" && d.word(k+1) == "to":
			return k
		case w[0] >= '0' && w[0] <= '9':
			return k
		case k > j+1 && (clauseAux.has(w) || w == "need" || w == "needs" || finiteVerb(w) && !strings.Contains(w, "-")):
			return j + 1
		}
	}
	return -1
}
