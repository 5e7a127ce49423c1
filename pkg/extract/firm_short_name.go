package extract

import "strings"

// "A rocket built by the European company Orbex Dynamics ... Orbex said
// telemetry was lost": a lone capitalised word read as a person's surname
// is the first word of a firm's name the article gave before it
// (org_full_name.go finds it) when no person of the article bears it and
// that name ends in a firm's word (firmSuffixName): "Clinton" after "the
// Clinton Foundation" stays a person, no foundation being a firm's word.
// Session 28, hand-written long articles.

// firmShortName gives a one-word person speaker the firm it shortens.
func (r *resolver) firmShortName(a *attribution, sp Speaker) Speaker {
	if sp.Kind != SpeakerPerson || sp.Members != nil || sp.Title != "" || strings.IndexByte(sp.Name, ' ') >= 0 || !nameWordShape(sp.Name) {
		return sp
	}
	if _, surname := r.fullName[r.lowerScratch(sp.Name)]; surname {
		return sp
	}
	org := sp
	org.Kind = SpeakerOrganization
	full := r.orgFullName(a, org)
	if full.Name == sp.Name || full.Kind != SpeakerOrganization {
		return sp
	}
	var buf [8]string
	if f, all := nameFields(buf[:], full.Name); !all || len(f) < 2 || !firmSuffixName(f) {
		return sp
	}
	return full
}
