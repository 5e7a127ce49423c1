package extract

import (
	_ "embed"
	"strings"
)

// "Goldman Sachs said", "Procter & Gamble said", "Morgan Stanley said": a
// firm named like a person (two capitalised words, or names joined by
// "&") was a person speaker, so that its statements counted for a man
// called Sachs. In the refined pass (names only) a person speaker whose
// title is a firm's noun ("investment bank Kidder Peabody") is an
// organisation, and one with no title and two to four capitalised words
// is one when
//   - its name holds "&" (no person's name does: "Ernst & Young",
//     "Johnson & Johnson");
//   - it is one of the few well-known firms named after their founders
//     (data/firms.txt);
//   - the article writes the name after a firm's common noun ("investment
//     bank Lazard Freres", "accounting firm Grant Thornton"), after an
//     outside voice's "at" ("an analyst at Raymond James",
//     affiliation_run.go), or before a firm's people or stock ("Kidder
//     Peabody analysts", "Piper Sandler shares").
// The alias table's reading of the name wins. The plain pass keeps the
// kind the accept model was trained with.

// firmsNamedLikePersons are well-known firms whose names read as a
// person's (data/firms.txt); a founder of the same name is rarely news.
//
//go:embed data/firms.txt
var firmsData string

var firmsNamedLikePersons = loadFirms(firmsData)

// loadFirms reads data/firms.txt: one lower-case name a line, words
// separated by single spaces.
func loadFirms(data string) wordSet {
	var names []string
	for line := range dataLines(data) {
		names = append(names, strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(line, "-", " ")), " ")))
	}
	return set(names...)
}

// firmNouns before a name make it a firm's ("investment bank X").
var firmNouns = set("bank", "firm", "company", "lender", "brokerage", "broker", "insurer", "retailer",
	"conglomerate", "automaker", "carmaker", "manufacturer", "bottler", "consultancy", "fund", "group",
	"maker", "chain", "publisher", "airline", "giant", "startup", "supplier", "operator")

// founderVerbs after a name that follows a firm's noun make the name the
// subject of a relative clause, a person's: "the company Elon Musk
// founded", "the bank Jamie Dimon runs".
var founderVerbs = set("founded", "cofounded", "co-founded", "runs", "ran", "built", "started", "leads",
	"led", "heads", "headed", "owns", "owned", "created", "launched", "bought", "acquired", "joined",
	"left", "chairs", "chaired", "manages", "managed", "established", "sold", "took", "set", "works",
	"worked", "helped", "helps")

// firmPeople after a name make it a firm's ("X analysts", "X employees").
var firmPeople = set("analyst", "analysts", "economist", "economists", "strategist", "strategists",
	"bankers", "employees", "shareholders")

// firmStock after a name make it a firm's when the price moves next ("X
// shares fell", "X stock rose"): "Elon Musk shares a photo" is a person's
// verb.
var firmStock = set("shares", "stock")

// priceMoves follow a firm's shares or stock.
var priceMoves = set("rose", "fell", "jumped", "dropped", "slid", "climbed", "gained", "lost", "tumbled",
	"plunged", "soared", "surged", "sank", "rallied", "dipped", "edged", "closed", "ended", "traded",
	"slumped", "hit", "were", "are", "have", "had", "rise", "fall", "jump", "drop", "slide", "climb",
	"gain", "tumble", "plunge", "soar", "surge", "sink", "rally", "dip", "close", "trade", "slump")

// firmName corrects the person speaker sp (see above).
func (r *resolver) firmName(sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil {
		return sp
	}
	if sp.Title != "" {
		// "Investment bank Kidder Peabody": a firm's noun for a title
		if i := strings.LastIndexByte(sp.Title, ' '); !firmNouns.has(sp.Title[i+1:]) && !r.firmSuffixSpeaker(sp) {
			return sp // "the Danish container line Nordhavn Shipping" is a firm (firm_suffix.go)
		}
		return Speaker{ID: sp.ID, Name: sp.Name, Kind: SpeakerOrganization, Aliases: sp.Aliases}
	}
	var buf [8]string
	f, all := nameFields(buf[:], sp.Name)
	if !all || len(f) < 2 || len(f) > 4 {
		return sp
	}
	amp := false
	for _, w := range f {
		switch {
		case w == "&":
			amp = true
		case !nameWordShape(w):
			return sp
		}
	}
	if !amp && !firmSuffixName(f) && !firmsNamedLikePersons.has(r.lowerScratch(strings.ReplaceAll(sp.Name, "-", " "))) && !r.firmContext(f) {
		return sp
	}
	if t, ok := r.al.Resolve(sp.Name); ok && t.Kind != SpeakerPerson {
		return t
	}
	return Speaker{ID: sp.ID, Name: sp.Name, Kind: SpeakerOrganization, Aliases: sp.Aliases}
}

// firmContext reports the name of words f written somewhere in the text
// after a firm's noun or an outside voice's "at", or before a firm's
// people or stock.
func (r *resolver) firmContext(f []string) bool {
	d := r.d
	if !r.firmSpotsMade {
		r.firmSpotsMade = true
		toks := d.toks
		for k := range toks {
			t := &toks[k]
			if t.kind != tWord || t.upper {
				continue
			}
			// a capitalised neighbour first: most words have none, and the
			// word sets' lookups are the scan's cost
			nextUpper, prevUpper := k+1 < len(toks) && toks[k+1].upper, k > 0 && toks[k-1].upper
			if !nextUpper && !prevUpper {
				continue
			}
			if nextUpper {
				if firmNouns.has(t.lower) {
					r.firmStarts = append(r.firmStarts, k+1) // "investment bank X"
					continue
				}
				if t.lower == "at" && outsideVoices.has(d.word(k-1)) {
					r.firmStarts = append(r.firmStarts, k+1) // "an analyst at X"
					continue
				}
			}
			if prevUpper && (firmPeople.has(t.lower) || firmStock.has(t.lower) && priceMoves.has(d.word(k+1))) {
				r.firmEnds = append(r.firmEnds, k) // "X analysts", "X shares fell"
			}
		}
	}
	for _, s := range r.firmStarts {
		if r.namedAt(f, s) && !founderVerbs.has(d.word(s+len(f))) {
			return true
		}
	}
	for _, e := range r.firmEnds {
		if r.namedAt(f, e-len(f)) {
			return true
		}
	}
	return false
}

// namedAt reports the words f written from token s on.
func (r *resolver) namedAt(f []string, s int) bool {
	if s < 0 {
		return false
	}
	for j, w := range f {
		t := r.d.tokAt(s + j)
		if t.kind != tWord || !strings.EqualFold(r.d.text[t.s:t.e], w) {
			return false
		}
	}
	return true
}
