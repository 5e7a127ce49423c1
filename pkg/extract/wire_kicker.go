package extract

import "strings"

// A wire headline opens with a kicker glued to it by a hyphen:
// "EXCLUSIVE-Tesla plans new factory in Mexico, sources say", "UPDATE
// 2-Oil rises, traders say". The tokenizer made one word of
// "EXCLUSIVE-Tesla" (or "2-Oil"), so the statement's content began with
// the kicker. splitWireKicker splits the first paragraph's kicker and its
// hyphen off (at inference only, newDocFor), and longDatelineEnd then ends
// a first sentence at the hyphen, as for "EXCLUSIVE - ...". Session 21,
// hand-written probes; the models do not move.

// wireKickers open a wire headline before a hyphen.
var wireKickers = set("exclusive", "update", "analysis", "factbox", "insight", "wrapup", "explainer", "focus",
	"column", "interview", "refile", "corrected", "breakingviews", "poll", "preview", "timeline", "dealtalk", "rpt")

// splitWireKicker splits "KICKER-Word" or "KICKER N-Word" opening the text
// into the kicker (and its number), a hyphen and the word.
func (d *doc) splitWireKicker() {
	if len(d.toks) < 2 || d.toks[0].kind != tWord || d.toks[0].para != 0 {
		return
	}
	t := d.toks[0]
	k, tt := 0, d.text[t.s:t.e]
	head, _, ok := strings.Cut(tt, "-")
	if !ok {
		head = tt
		k = 1 // "UPDATE 2-Oil": the kicker alone, its number glued to the word
		if !wireKickers.has(t.lower) || !isAllCaps(tt) {
			return
		}
		t = d.toks[1]
		if t.kind != tWord || t.para != 0 {
			return
		}
		tt = d.text[t.s:t.e]
		if head, _, ok = strings.Cut(tt, "-"); !ok || !isDayNumber(head) {
			return
		}
	} else if !wireKickers.has(strings.ToLower(head)) || !isAllCaps(head) {
		return
	}
	rest := tt[len(head)+1:]
	if rest == "" || !(rest[0] >= 'A' && rest[0] <= 'Z' || k == 0 && rest[0] >= '0' && rest[0] <= '9') {
		return
	}
	h, dash, r := t, t, t
	h.e = t.s + len(head)
	h.lower = strings.ToLower(head)
	dash.s, dash.e, dash.kind, dash.lower, dash.upper, dash.abbr = h.e, h.e+1, tPunct, "-", false, false
	r.s = dash.e
	r.lower = strings.ToLower(rest)
	r.upper = rest[0] >= 'A' && rest[0] <= 'Z'
	h.abbr = false
	d.toks = append(d.toks, token{}, token{})
	copy(d.toks[k+3:], d.toks[k+1:len(d.toks)-2])
	d.toks[k], d.toks[k+1], d.toks[k+2] = h, dash, r
}
