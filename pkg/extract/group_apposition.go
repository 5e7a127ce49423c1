package extract

import "strings"

// "“We will act,” Tom Kane said. Manchester United, the league leaders,
// lost again. He said the plan would fail.": a club, team or company that
// opens the sentence before a pronoun is taken for the new subject the
// pronoun takes up (resolve_new_subject.go) when its name reads as a
// person's and the gender lists do not know it. An apposition right after
// the name that calls it a group ("the league leaders", "the champions",
// "the defending champions") or a body ("the club", "the company") says
// it is none: no person opens that sentence. Refined pass only; session 24
// probe (requiring a known gender instead lost 15 right design cases).

// groupHeads are singular heads of an apposition that make the name a
// body's.
var groupHeads = set("club", "team", "side", "company", "firm", "bank", "group", "band", "party", "outfit", "franchise")

// groupApposition reports an apposition opening at the comma c that calls
// the name before it a group or a body: "the" (a number or lower-case
// words) and a plural or body head before the closing comma.
func (d *doc) groupApposition(c int) bool {
	if d.punct(c) != "," || d.word(c+1) != "the" {
		return false
	}
	head := ""
	for k := c + 2; k < c+7; k++ {
		t := d.tokAt(k)
		if t.kind != tWord {
			if d.punct(k) != "," || head == "" {
				return false
			}
			break
		}
		if t.upper || t.lower == "of" || t.lower == "at" || t.lower == "for" || t.lower == "who" || strings.ContainsAny(t.lower, "'’") {
			return false // "the mother of twins", "the club's owner", a name
		}
		head = t.lower
	}
	if groupHeads.has(head) {
		return true
	}
	return len(head) > 3 && strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !strings.HasSuffix(head, "us") && !strings.HasSuffix(head, "is")
}
