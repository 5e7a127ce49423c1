package extract

import "strings"

// "Disability Rights UK said the vote was a dark day. The charity said it
// would campaign on", "West Yorkshire Police said ... “…,” the force
// said", "The IOPC said ... The watchdog said": a definite body nominal
// right after a named body's statement is that body. The nominal had gone
// to no one: the name showed no body by the evidence resolve_body.go
// trusts (a suffix, "its", a corporate possessive), and "the force" or
// "the club" were no body nouns. The name that spoke before must be no
// person's (no known first name, no honorific, no surname of a full name
// of the article; one read as a person's must hold initials or a body's
// word), of two words or more or written in capitals (a lone
// capitalised word may be a surname: "Smith said ... The company added"),
// no country, in the paragraph of the nominal or the one before, and no
// other capitalised name may stand between, nor another body before it in
// its paragraph (resolve_body.go leaves two bodies unresolved). Refined pass only
// (testdata/long 27, 29).

// lastBodyHeads are the heads of "the HEAD" that take up the body that
// last spoke, besides resolve_body.go's bodyNouns.
var lastBodyHeads = set("force", "club", "council", "committee", "commission", "authority",
	"service", "trust", "association", "society", "federation", "league", "party", "coalition",
	"alliance", "body", "department", "office", "board", "team", "side", "university", "college",
	"school", "hospital", "museum", "watchdog", "charity", "campaign", "movement")

// lastSpeakerBody resolves "the HEAD" to the body whose statement comes
// just before it (see above).
func (r *resolver) lastSpeakerBody(a *attribution, head string, para int) (Speaker, bool) {
	d := r.d
	subj := d.withoutAside(a.subj)
	if subj.e-subj.s != 2 || d.word(subj.s) != "the" || d.word(subj.s+1) != head || d.tokAt(subj.s+1).upper {
		return Speaker{}, false
	}
	if !bodyNouns.has(head) && !lastBodyHeads.has(head) {
		return Speaker{}, false
	}
	var h *attribution
	for i := len(r.history) - 1; i >= 0; i-- {
		if x := r.history[i]; x != a && x.subj.ok() && x.subj.e <= a.subj.s {
			h = x
			for j := i - 1; j >= 0 && j >= i-4; j-- {
				if o := r.history[j]; o.subj.ok() && o.contains(x.subj.s) {
					h = o // a statement nested in the body's content
				}
			}
			break
		}
	}
	if h == nil || d.sents[h.sent].para < para-1 {
		return Speaker{}, false
	}
	sp := h.speaker
	if sp.Kind == SpeakerAnonymous || sp.ID == unknownSpeaker.ID || len(sp.Members) > 1 {
		return Speaker{}, false
	}
	name := d.withoutTrailingApposition(d.trimDet(d.withoutAside(h.subj)))
	if !name.ok() || !d.toks[name.s].upper || r.personLike(name) && !shortenedOrg(sp) {
		return Speaker{}, false
	}
	if sp.Kind == SpeakerPerson && !bodyWordIn(d, name) {
		return Speaker{}, false // "Xochitl Torres said ... The company said"
	}
	for k := name.s; k < name.e; k++ {
		if !d.toks[k].upper && d.word(k) != "of" && d.word(k) != "for" && d.word(k) != "and" && d.word(k) != "&" {
			return Speaker{}, false // "Apex shares", not a name
		}
	}
	if name.e-name.s < 2 && !allCaps(d.text[d.toks[name.s].s:d.toks[name.s].e]) && !shortenedOrg(sp) {
		return Speaker{}, false
	}
	for _, m := range r.ctryAt {
		if m.s == name.s {
			return Speaker{}, false
		}
	}
	from := d.paraS[d.sents[h.sent].para]
	for _, run := range r.runs {
		if run.s >= from && run.s < a.subj.s && (run.s < name.s || run.s >= h.subj.e) && !r.ignoredRun(run) && !(run.s < name.s && r.personLike(run)) && !d.datelineNamesRun(run) {
			// "Apex said Brandt Corp had lied. The company said", "Kelvor
			// said ... Brandt Mining said ... The company said": two bodies
			return Speaker{}, false
		}
	}
	if sp.Kind == SpeakerUnknown {
		sp.Kind = SpeakerOrganization
	}
	return sp, true
}

// bodyWordIn: a name read as a person's holds a word no person's name
// has: initials ("Disability Rights UK"), a body's word or a company's
// suffix.
func bodyWordIn(d *doc, name rng) bool {
	for k := name.s; k < name.e; k++ {
		w := stripPossessive(d.word(k))
		if orgWords.has(w) || corpSuffixes.has(strings.TrimSuffix(w, ".")) || allCaps(d.text[d.toks[k].s:d.toks[k].e]) {
			return true
		}
	}
	return false
}

// allCaps: a word of two letters or more written in capitals ("IOPC").
func allCaps(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// shortenedOrg: a lone word the rules already read as an organisation of
// a longer name ("Orbex Dynamics ... Orbex said ... The company said",
// firm_short_name.go, org_full_name.go) is no surname. Session 28.
func shortenedOrg(sp Speaker) bool {
	return sp.Kind == SpeakerOrganization && strings.IndexByte(sp.Name, ' ') > 0
}

// withoutTrailingApposition cuts a description apposed at the end of a
// name ("Aerolineas Valmoran, the national carrier, said ... The airline
// said": the name). Session 28, hand-written long articles.
func (d *doc) withoutTrailingApposition(name rng) rng {
	for k := name.s + 1; k < name.e-1; k++ {
		if d.punct(k) == "," {
			if w := d.word(k + 1); w == "the" || w == "a" || w == "an" {
				return rng{name.s, k}
			}
			return name
		}
	}
	return name
}
