package extract

// "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump",
// "Woman Steps Forward With Bombshell Claim: He Had ‘The Audacity To…’":
// a title-case headline's clause before its colon became the speaker's
// name, and later pronouns ("She", "who") went to that name. In the
// refined pass such a speaker, a run of three words or more before a
// headline colon that holds a verb in -s or a title-case function word, is
// the name that opens the run up to that word when it starts with a known
// first name ("Carly Fiorina"), the role it ends with ("CNN President On
// Trump"), a lone name before the verb ("Clinton Wades In"), else nobody:
// the clause is no name.
// Session 23, train speaker names (3 design documents).

// headlineColonClause corrects the speaker sp of frame a (see above).
func (r *resolver) headlineColonClause(a *attribution, sp Speaker) Speaker {
	d := r.d
	s := a.subj
	if a.cueText != ":" || !s.ok() || s.e-s.s < 3 || d.sents[a.sent].para != 0 || a.inverted || s.e != a.cue.s {
		return sp
	}
	cut := -1
	for k := s.s; k < s.e; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || !t.upper {
			return sp
		}
		if k > s.s && (d.headlineWordAt(k) || headlineVerbForm(t.lower)) {
			cut = k
			break
		}
	}
	if cut < 0 {
		return sp
	}
	left := rng{s.s, cut}
	n := r.textOf(left)
	switch {
	case cut-s.s >= 2 && cut-s.s <= 3 && firstNameGender(d.word(s.s)) != genderUnknown:
		// "Carly Fiorina Endorses Ted Cruz"
		if t, ok := r.al.Resolve(n); ok {
			return t
		}
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson}
	case roleNouns.has(d.word(cut - 1)):
		return r.anonymous(n) // "CNN President On Trump"
	case cut-s.s == 1 && headlineVerbForm(d.word(cut)) && d.capitalisedOutside(s, d.word(s.s)):
		// "Clinton Wades In": the one name before the verb
		w := stripPossessive(d.text[d.toks[s.s].s:d.toks[s.s].e])
		if f, ok := r.fullName[d.word(s.s)]; ok {
			w = f
		}
		if t, ok := r.al.Resolve(w); ok {
			return t
		}
		return Speaker{ID: r.id(w), Name: w, Kind: SpeakerPerson}
	}
	return unknownSpeaker
}

// headlineVerbForm reports a title-case headline's verb in -s that is a
// cue or a common headline verb ("Endorses", "Slams", "Wades", "Steps"),
// not a name's word ("Post", "News", "Times").
func headlineVerbForm(w string) bool {
	if len(w) < 4 || w[len(w)-1] != 's' || w[len(w)-2] == 's' || orgWords.has(w) || w == "news" {
		return false
	}
	_, cue := cueOf(w)
	return cue || headlineStanceVerb(w) || headlineVerbs.has(w)
}

// headlineVerbs are verbs of title-case headlines that are neither cues
// nor the stances of headline_stance.go.
var headlineVerbs = set("wades", "steps", "takes", "makes", "gets", "goes", "comes", "gives", "puts",
	"turns", "opens", "moves", "heads", "wins", "loses", "leads", "joins", "leaves", "faces",
	"slams", "defends", "attacks", "praises", "rejects", "mocks", "touts", "accuses", "reveals", "unveils")
