package extract

import "strings"

// "According to PowerOutage.us, more than 1 million homes were without
// power", "..., according to FlightAware.com.": storm, travel and
// consumer copy cite websites by their domain. The tokenizer splits the
// domain at its dot, and the source's noun phrase ended at the dot, which
// read as the sentence's end: the forward frame lost its content (the
// statement was gone) and the backward one named "PowerOutage". A dot
// written without spaces between a capitalised word and a lower-case
// top-level domain ("com", "us", "org" ...) continues the source. At
// inference only, so the models train on the candidates they were trained
// on (train has domains after "according to": the tokenizer stays as it
// is). A domain ending the sentence whose dot the tokenizer kept with it
// ("HealthCare.gov.") is left as it was.

// domainSourceEnd returns the end of the source np continued over a
// domain's dots and top-level domains, or np.e.
func (d *doc) domainSourceEnd(np rng) int {
	if d.training || !np.ok() {
		return np.e
	}
	e := np.e
	for d.punct(e) == "." && e > 0 && d.tokAt(e-1).kind == tWord && d.tokAt(e-1).e == d.toks[e].s {
		n := d.tokAt(e + 1)
		if n.kind != tWord || n.s != d.toks[e].e || n.upper || !topLevelDomains.has(n.lower) {
			break
		}
		e += 2
	}
	return e
}

// topLevelDomains end the websites news cites.
var topLevelDomains = set("com", "org", "net", "gov", "edu", "us", "uk", "co", "io", "ca", "au", "info", "news", "ie", "in", "za", "ng", "ke", "ph", "nz", "tv", "ai")

// domainSpeaker: a speaker named by a website's domain ("PowerOutage.us",
// "FlightAware.com") is the site's organisation; the name's dots had made
// it read as an anonymous source. Refined pass (readerName).
func domainSpeaker(sp Speaker) Speaker {
	dot := strings.LastIndexByte(sp.Name, '.')
	if dot <= 0 || strings.ContainsAny(sp.Name, " \t") || !topLevelDomains.has(sp.Name[dot+1:]) {
		return sp
	}
	sp.Kind = SpeakerOrganization
	return sp
}
