package extract

import "strings"

// A wire-service dateline often carries more than the upper-case place and
// the agency: a state or country and the date ("LONDON, Nov 27 (Reuters) -",
// "KYIV, Ukraine (AP) —", "CAMBRIDGE, Mass., Dec. 11 (UPI) —"). datelineEnd
// stops at the first mixed-case word after a comma, so the dateline stayed
// in the paragraph's first sentence: a statement with its content before
// the cue ("LONDON, Nov 27 (Reuters) - Inflation rose, the statistics office
// said.") then began at "LONDON" and was lost, or kept the dateline in its
// content. longDatelineEnd reads such a dateline at inference only (the
// models were trained with the old sentences, which keeps data/*.bin
// byte-identical).

// longDatelineEnd returns the end of a dateline opening a paragraph
// [ps, pe) whose upper-case place is followed, after a comma, by a
// capitalised place, a date or both before the agency and the dash, or
// whose places are joined by a slash ("TOKYO/SEOUL (Reuters) -"), or that
// has no place ("Nov 27 (Reuters) -", "(Reuters) -"); or 0.
func (d *doc) longDatelineEnd(ps, pe int) int {
	if w := d.word(ps); wireKickers.has(w) && isAllCaps(d.text[d.toks[ps].s:d.toks[ps].e]) {
		// a wire kicker: "EXCLUSIVE -", "UPDATE 2 -" (wire_kicker.go)
		k := ps + 1
		if isDayNumber(d.word(k)) {
			k++
		}
		if d.isDash(k) && k+1 < pe {
			return k + 1
		}
	}
	k, caps, slashed := ps, 0, false
	for k < pe && caps < 4 && d.word(k) != "" && isAllCaps(d.text[d.toks[k].s:d.toks[k].e]) {
		k, caps = k+1, caps+1
		if d.punct(k) == "/" && d.word(k+1) != "" && isAllCaps(d.text[d.toks[k+1].s:d.toks[k+1].e]) {
			k, slashed = k+1, true // "TOKYO/SEOUL"
		}
	}
	if caps > 0 && d.punct(k) != "," && !(slashed && d.punct(k) == "(") {
		return 0
	}
	// without a place: "Nov 27 (Reuters) -", "(Reuters) -"
	place, date, named, agency := 0, false, false, false
	for k < pe && k < ps+18 {
		t := d.tokAt(k)
		w := strings.TrimSuffix(t.lower, ".")
		switch {
		case t.kind == tPunct && t.lower == "," && k > ps:
			place = 0
			k++
		case t.kind == tWord && !date && (monthNames.has(w) || monthAbbrevs.has(w)) && t.upper && isDayNumber(d.word(k+1)):
			date = true // "Nov 27", "Dec. 11"
			k += 2
		case t.kind == tWord && t.upper && !date && caps > 0 && place < 3:
			place++ // "Ukraine", "Mass.", "New Hampshire"
			named = true
			k++
		case t.kind == tPunct && t.lower == "(" && !agency:
			// the agency: "(Reuters)", "(AP)"
			e := k + 1
			for e < pe && e < k+4 && d.tokAt(e).kind == tWord && d.tokAt(e).upper {
				e++
			}
			if e == k+1 || d.punct(e) != ")" {
				return 0
			}
			k, agency = e+1, true
		case d.isDash(k) && k+1 < pe && (named || slashed || caps > 0 && date || caps == 0 && agency):
			return k + 1
		default:
			return 0
		}
	}
	return 0
}

// isDayNumber reports a day of the month: "27", "3".
func isDayNumber(w string) bool {
	if len(w) == 0 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}
