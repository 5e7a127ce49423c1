package extract

import "strings"

// "Opposition Leader Peter Dutton ... the Opposition Leader said", "Chief
// Executive John Lee ... the Chief Executive said", "Governor-General Sam
// Mostyn ... the Governor-General said", "Crown Prince Mohammed bin Salman
// ... the crown prince said": an office of two words or a hyphenated one,
// given to a person before and later used alone, is that person. The role
// nominals of resolve_nominal.go read one head noun of a list ("the
// senator"), those of resolve_role_title.go a lower-case head; these
// offices have neither ("Leader", "Executive", "Governor-General"), so the
// speaker was the office. The nominal must be the end of the title the
// article gave ("the Home Minister" of "Union Home Minister Amit Shah"),
// the nearest such person in the last paragraphs speaks. A lower-case
// nominal must end in a role word that is no candidate's ("the Sanders
// aide", not "the Democratic presidential candidate", which
// resolve_nominal.go reads). Refined pass only; session 22, hand-written
// probes.

// titleNominalPerson returns the person a definite office nominal of
// subj names, or false.
func (r *resolver) titleNominalPerson(subj rng, para int) (Speaker, bool) {
	d := r.d
	if d.word(subj.s) != "the" || subj.e-subj.s < 2 || subj.e-subj.s > 4 || d.inQuote(subj.s) {
		return Speaker{}, false
	}
	words := subj.e - subj.s - 1
	for k := subj.s + 1; k < subj.e; k++ {
		if t := d.tokAt(k); t.kind != tWord || stripPossessive(t.lower) != t.lower {
			return Speaker{}, false
		}
	}
	if words < 2 && !strings.Contains(d.word(subj.s+1), "-") {
		return Speaker{}, false // "the minister": resolve_nominal.go
	}
	if h := d.word(subj.e - 1); !d.tokAt(subj.e-1).upper && (!roleNouns.has(h) && !honorifics[h] || candidateHeads.has(h)) {
		return Speaker{}, false // "the Clinton campaign", "the Democratic presidential candidate"
	}
	for k := subj.s + 1; k < subj.e-1 && d.tokAt(subj.e-1).upper; k++ {
		if !d.tokAt(k).upper {
			return Speaker{}, false // a capitalised office is capitalised throughout
		}
	}
	nominal := r.textOf(rng{subj.s + 1, subj.e})
	const reach = 6 // paragraphs
	for i := len(r.roles) - 1; i >= 0; i-- {
		rm := r.roles[i]
		if rm.pos >= subj.s {
			continue
		}
		if d.toks[rm.pos].para < para-reach {
			break
		}
		if !titleEndsWith(rm.title, nominal) || !r.portfolioFits(subj, d.word(subj.e-1), rm.title) {
			continue // not "Deputy Prime Minister Tom Hale" for "the prime minister" (resolve_nominal.go)
		}
		sp, found := r.al.Resolve(rm.name)
		if !found || sp.Kind != SpeakerPerson {
			sp = Speaker{ID: r.id(rm.name), Name: rm.name, Kind: SpeakerPerson}
		}
		if sp.Title == "" {
			sp.Title = rm.title
		}
		return sp, r.personSpeaker(sp)
	}
	return Speaker{}, false
}

// titleEndsWith reports a title that is the nominal or ends with it after
// a space, whatever the case ("Union Home Minister", "home minister").
// Without allocating: the resolver asks it for every role nominal.
func titleEndsWith(title, nominal string) bool {
	n := len(title) - len(nominal)
	return n >= 0 && strings.EqualFold(title[n:], nominal) && (n == 0 || title[n-1] == ' ')
}
