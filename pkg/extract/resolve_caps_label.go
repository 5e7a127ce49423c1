package extract

import "strings"

// A transcript writes its speakers' labels in capitals ("SANDERS: We will
// win.", "VAN HOLLEN: ..."). When the article named the person before, the
// resolver already finds the full name ("Bernie Sanders"); when it never
// does, the speaker was the label as written, "SANDERS", which a reader
// reads "Sanders". A person's label is written in the name's usual case
// ("McCain", "O'Rourke", "Ocasio-Cortez"), after its title ("SEN. SANDERS:"
// is Sanders, titled "Sen."); a role's ("MODERATOR",
// "UNIDENTIFIED MALE") in lower case, an unknown speaker as before. Session
// 22, hand-written transcript probes; speaker names only, in the refined
// pass, so the accept model's kinds stay those it was trained with. The
// design docs have 9 capital labels of persons, all named before in full or
// by the alias table: no train statement changes speaker.

// capsLabelSpeaker gives the speaker sp of a transcript turn whose label is
// in capitals the label's name in the usual case.
func (r *resolver) capsLabelSpeaker(a *attribution, sp Speaker) Speaker {
	d := r.d
	if !r.refined || !isAllCaps(sp.Name) || !d.labelFrame(a) {
		return sp
	}
	p := d.toks[a.cue.s].para
	if p == 0 || !d.interviewParagraph(p) || d.qaLabel(a.cue.s, "q") || d.qaLabel(a.cue.s, "a") {
		return sp
	}
	if !strings.HasSuffix(r.textOf(a.subj), sp.Name) {
		return sp // a name the resolver made of the label, not the label itself
	}
	if isAllCaps(sp.Title) {
		sp.Title = nameCase(sp.Title) // "SEN. SANDERS:" titled "Sen."
	}
	words := strings.Fields(sp.Name)
	role := false
	for _, w := range words {
		lw := strings.ToLower(w)
		if roleNouns.has(lw) || transcriptRoleLabels.has(lw) {
			role = true
		}
	}
	if role {
		n := strings.ToLower(sp.Name)
		return Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
	}
	for i, w := range words {
		words[i] = nameCase(w)
	}
	n := strings.Join(words, " ")
	if al, ok := r.al.Resolve(n); ok {
		return al // "MCCAIN" is the table's John McCain
	}
	return r.canonicalPerson(Speaker{ID: r.id(n), Name: n, Kind: SpeakerPerson, Title: sp.Title})
}

// transcriptRoleLabels are capital labels of a transcript's turns that name
// a role or a voice, no person ("MODERATOR", "UNIDENTIFIED FEMALE").
var transcriptRoleLabels = set("moderator", "audience", "unidentified", "male", "female", "crowd",
	"announcer", "interviewer", "host", "anchor", "narrator", "voice", "question", "answer",
	"protester", "protesters", "participant", "speaker", "student", "man", "woman", "caller",
	"reporter", "reporters", "panelist", "all", "both", "others", "members")

// nameCase writes a capitalised word of a name in the usual case: a capital
// first letter and after a hyphen or an apostrophe ("Ocasio-Cortez",
// "O'Rourke"), and after a leading "Mc" ("McCain").
func nameCase(w string) string {
	b := []rune(strings.ToLower(w))
	up := true
	for i, c := range b {
		if up {
			b[i] = []rune(strings.ToUpper(string(c)))[0]
		}
		up = c == '-' || c == '\'' || c == '’' || i == 1 && b[0] == 'M' && c == 'c' && len(b) > 3
	}
	return string(b)
}
