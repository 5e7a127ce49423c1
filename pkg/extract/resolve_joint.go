package extract

import "strings"

// "Ana Smith and Bob Jones said" is a statement of both. The name rules
// read the last capitalised run as the name and the rest as its title, so
// the statement went to Bob Jones alone, titled "Ana Smith and". In the
// refined pass a subject of names joined by "and" (and commas) is one
// speaker named after each of them as the article resolves it ("Lavrov
// and Blinken" is Sergei Lavrov and Antony Blinken), of their kind when
// they share one. The plain pass keeps the trained kinds.

// maxConjuncts bounds the names of a joint speaker.
const maxConjuncts = 4

// conjoinedNames splits subj into the capitalised names it joins with
// "and" and commas ("Sen. Ana Smith and Rep. Bob Jones", "the FBI and the
// Justice Department"); ok is false for anything else.
func (d *doc) conjoinedNames(subj rng, parts *[maxConjuncts]rng) (n int, ok bool) {
	subj = d.trimDet(subj)
	and := false
	s := subj.s
	for k := subj.s; k <= subj.e; k++ {
		sep := k == subj.e || d.word(k) == "and" || d.punct(k) == ","
		if k == s && k > subj.s && !sep && d.word(k) == "the" && !d.tokAt(k).upper {
			s = k + 1 // "the FBI and the Justice Department"
			continue
		}
		if !sep {
			if t := d.tokAt(k); t.kind != tWord || !t.upper || d.inQuote(k) {
				return 0, false
			}
			continue
		}
		if k == s || n == maxConjuncts || k-s > 4 {
			return 0, false // an empty or overlong name, too many names
		}
		parts[n] = rng{s, k}
		n++
		if d.word(k) == "and" {
			and = true
		}
		if d.punct(k) == "," && d.word(k+1) == "and" {
			k, and = k+1, true // "A, B, and C"
		}
		s = k + 1
	}
	if n >= 2 && parts[0].e-parts[0].s >= 2 && pluralRole(d.word(parts[0].s)) {
		parts[0].s++ // "Senators Charles Grassley and Patrick Leahy": the role is both's
	}
	return n, and && n >= 2
}

// pluralRole reports a plural title before a list of names: "senators",
// "sens.", "professors".
func pluralRole(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if pluralRanks.has(w) {
		return true
	}
	one, ok := strings.CutSuffix(w, "s")
	return ok && (roleNouns.has(one) || honorifics[one])
}

// listSubject extends a name subject over the names listed before it when
// the list opens the sentence: the subject rules stop at a comma, so "Ana
// Smith, Bob Jones and Carla Diaz wrote" has the subject "Carla Diaz".
// Elsewhere a comma may close an introduction ("Unlike Smith, Jones and
// Diaz said"): the subject stays.
func (d *doc) listSubject(subj rng) rng {
	if d.word(subj.s-1) != "and" || d.punct(subj.s-2) == "," && d.word(subj.s-3) == "" {
		return subj
	}
	s := subj.s - 1
	commas := 0
	for s > 0 {
		k := s - 1
		for k >= 0 && d.tokAt(k).kind == tWord && d.tokAt(k).upper && !d.inQuote(k) {
			k--
		}
		if k == s-1 {
			return subj // no name before the separator
		}
		s = k + 1
		if d.punct(k) != "," {
			break
		}
		commas++
		s = k
	}
	if w := d.word(s); commas == 0 || s != d.sents[d.sentOf[subj.s]].s || npStop.has(w) || discourse.has(w) || adjunctPreps.has(w) || subordinators.has(w) {
		return subj // "Unlike Smith, Jones and Diaz said": an introduction, not a name
	}
	return rng{s, subj.e}
}

// jointSpeaker resolves each name of a conjoined subject in the refined
// pass (the plain one only marks the statement for it); ok is false when a
// is no such statement, in the plain pass, or when a name resolves to no
// one.
func (r *resolver) jointSpeaker(a *attribution) (Speaker, bool) {
	var parts [maxConjuncts]rng
	n, ok := r.d.conjoinedNames(r.d.listSubject(a.subj), &parts)
	if !ok || !r.refinedOnly() || r.titleConjunct(parts[0], parts[n-1]) {
		return Speaker{}, false // "Co-founder and CEO Maya Patel" (coordinated_title_name.go)
	}
	r.joining = true
	defer func() { r.joining = false }()
	names := make([]string, 0, n)
	members := make([]Speaker, 0, n)
	kind := SpeakerKind("")
	for _, p := range parts[:n] {
		b := *a
		b.subj, b.relative = p, false
		b.name, b.title = r.d.splitName(p)
		sp := r.resolve(&b)
		switch {
		case sp.Kind == SpeakerAnonymous:
			return Speaker{}, false
		case sp.Kind == SpeakerUnknown || sp.Name == "":
			// "Smith and Jones said": a name opening the sentence that
			// no rule reads as one is still written as a name
			n := stripPossessive(r.textOf(p))
			sp = Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
		}
		if first, rest, ok := strings.Cut(sp.Name, " "); ok && sp.Kind == SpeakerPerson && pluralRole(strings.ToLower(first)) {
			sp.ID, sp.Name = r.id(rest), rest // "Professors Foner", as the article's run of capitals had it
		}
		sp = r.finalSpeaker(sp) // the name a statement of this one alone gets
		names = append(names, sp.Name)
		members = append(members, Speaker{ID: sp.ID, Name: sp.Name, Kind: sp.Kind, Title: sp.Title})
		switch kind {
		case "":
			kind = sp.Kind
		case sp.Kind:
		default:
			kind = SpeakerUnknown // a person and an organisation
		}
	}
	name := strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1] // "A, B and C"
	return Speaker{ID: r.id(name), Name: name, Kind: kind, Members: members}, true
}
