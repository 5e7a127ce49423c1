package extract

import "strings"

// A content ended at the first comma of a list loses the list's other
// items: "refused to back same-sex marriage, gay adoption and other
// protections", "claim to represent Asian Americans, Turkish Americans and
// Sikh Americans", "demands his reinstatement, lost wages and other
// damages". listGoesOn (list_cut.go) keeps a list that runs to the
// content's end; listContinues also keeps one followed by more words, in
// the cut walk (cut.go) and in the first-comma ends of infinitives
// (beliefObjectEnd), stance objects (stanceObjectEnd) and object shapes
// (objectShapeEnd); a clause opener after the last item ends the content
// there ("voted to ban it in 2001, 2003 and 2005 [as Congress ...]").
// Measured on train: of the held-out predictions (seed 0) that ended at a
// comma before such a list, the gold content runs on through it 22 times
// and ends at the comma 9 times (non-speech cues 8 and 1); the checks
// below (no apposition, no "-ing" item after a plain one, no verb after
// the last item, no "like"/"including") drop the ends seen there. cv3:
// all tp +3 fp -3, speech tp +3 fp -3, speech exact tp +9 fp -9, direct
// unchanged; items of up to eight words (not five, as in listGoesOn:
// "limiting the number of unpledged delegates", "replace the committee's
// current leadership") add cv3 all tp +6 fp -4. Inference only: training
// keeps its cut points and object ends, so the models do not move.

// clauseBreakAt decides a first-punctuation end at k of an object or
// infinitive content that runs from s to e: end >= 0 ends the content
// there; otherwise the walk goes on after resume, past a colon that opens
// a lower-case continuation (colon_goes_on.go) or past a list
// ("refused to back X, Y and Z"), unless a clause opener follows the
// list's last item ("voted to ban it in 2001, 2003 and 2005 [as Congress
// ...]").
func (d *doc) clauseBreakAt(s, k, e int) (end, resume int) {
	if d.colonGoesOn(k) {
		return -1, k // "its pledges: rebuilding the military"
	}
	if le := d.listContinues(s, k, e); le > k {
		if clauseOpeners.has(d.word(le)) {
			return le, 0
		}
		return -1, le - 1
	}
	return k, 0
}

// listContinues returns the end of the list whose first comma is k, or -1:
// the item before k (since s or the previous comma) has one to eight words,
// then come comma-separated items of one to eight words, the last one
// joined by "and" or "or", none a clause: no cue, auxiliary, pronoun,
// clause opener or quotation, no verb opening an item or following the
// last one's words, no "-ing" item after a first item without one, no
// determiner opening the first item after k (an apposition: "Kim, the
// mayor and ..."), and at least one item between k and the "and".
func (d *doc) listContinues(s, k, e int) int {
	if d.training || d.punct(k) != "," || d.inQuote(k) {
		return -1
	}
	first, head := 0, -1
	for j := k - 1; j >= s && d.punct(j) != ","; j-- {
		if d.tokAt(j).kind != tWord {
			return -1
		}
		first++
		head = j
	}
	if first == 0 || first > 8 {
		return -1
	}
	gerunds := gerundWord(d.word(head))
	n, joined, items := 0, false, 0
	for j := k + 1; j < e; j++ {
		t := d.tokAt(j)
		if d.inQuote(j) || t.kind == tQuote {
			return -1
		}
		if t.kind != tWord {
			switch {
			case joined && n > 0:
				return j
			case d.punct(j) == "," && n > 0:
				n = 0
				continue
			}
			return -1
		}
		w := t.lower
		if w == "and" || w == "or" {
			if joined {
				if n > 0 {
					return j
				}
				return -1
			}
			if n == 0 && (d.punct(j-1) != "," || items == 0) {
				return -1 // ", and that's why": two clauses, no list
			}
			joined, n = true, 0
			continue
		}
		_, cue := cueOf(w)
		verb := clauseAux.has(w) || finiteVerb(w) && !strings.Contains(w, "-")
		if joined && n > 0 {
			if verb || cue {
				return -1 // "…, Trump and Lewandowski appeared to …": a clause
			}
			if listBreakers.has(w) || clauseOpeners.has(w) || n >= 8 {
				return j
			}
			n++
			continue
		}
		if cue || clauseAux.has(w) || listBreakers.has(w) || subjPronouns.has(w) || objPronouns.has(w) {
			return -1
		}
		if n == 0 {
			if verb || clauseOpeners.has(w) || adjunctPreps.has(w) || contrastCuts.has(w) || listOpenersNot.has(w) || gerundWord(w) && !gerunds {
				return -1
			}
			if items++; items == 1 && determiners.has(w) {
				return -1 // "Kim, the mayor and ...": an apposition
			}
		}
		if n++; n > 8 {
			return -1
		}
	}
	if joined && n > 0 {
		return e
	}
	return -1
}

// gerundWord reports an "-ing" word of more than five letters: a gerund
// that may open an object ("vocal in rejecting X") or a list item.
func gerundWord(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing")
}

// listOpenersNot open an example or a qualification, not a list item:
// "backed X, like Kim and Ortiz", "X, including Y and Z".
var listOpenersNot = set("like", "unlike", "such", "including", "especially", "particularly", "except", "not", "even", "both", "either", "mostly", "mainly")
