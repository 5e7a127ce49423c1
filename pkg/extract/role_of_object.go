package extract

import "strings"

// "The former CEO of Apex said", "The governor of Texas said", "The mayor
// of London said": the subject names a role held at a place or a body, and
// the rules that read its capitalised run took that run for the speaker
// ("Apex", a person titled "former CEO of"; "Texas" and "London",
// organisations). The speaker is the holder of the role, not what the
// role is of. In the refined pass, when a speaker's name is the run after
// the subject's "of" and a role noun stands before the "of", the speaker
// is the role as written ("former CEO of Apex", of unknown kind, as "the
// CEO of Apex" already was). Session 23 probes.

// roleOfHeads are roles of an institution besides roleNouns.
var roleOfHeads = set("dean", "provost", "rector", "principal", "headteacher", "editor", "publisher",
	"owner", "superintendent", "warden", "vice-chancellor", "president-elect", "chairperson", "trustee")

// roleOfSpeaker corrects the speaker sp of frame a (see above).
func (r *resolver) roleOfSpeaker(a *attribution, sp Speaker) Speaker {
	d := r.d
	subj := a.subj
	if w := d.writerSubject(a); w.ok() {
		subj = w // "The dean of ... has published a letter saying" (speaker_subject.go)
	} else if a.partOf != nil || a.inherits != nil {
		return sp
	}
	if !subj.ok() || d.word(subj.s) != "the" {
		return sp
	}
	of := -1
	for k := subj.s + 1; k < subj.e; k++ {
		if d.word(k) == "of" {
			of = k
			break
		}
	}
	if w := d.word(of - 1); of < 0 || !roleNouns.has(w) && !roleOfHeads.has(w) {
		return sp
	}
	obj := d.trimDet(rng{of + 1, subj.e})
	if !obj.ok() || !d.tokAt(obj.s).upper {
		return sp
	}
	// the name after "of" only, over "of" and "and" inside it ("Graduate
	// School of Journalism"), not an apposition after a comma ("the
	// director of the Centre, Ina Kirsch": her name)
	e := obj.s
	for e < obj.e && d.tokAt(e).kind == tWord && (d.tokAt(e).upper || (d.word(e) == "of" || d.word(e) == "and") && d.tokAt(e+1).upper) {
		e++
	}
	if e < subj.e {
		return sp
	}
	obj.e = e
	if objText := stripPossessive(r.textOf(obj)); !strings.EqualFold(sp.Name, objText) && !strings.HasSuffix(objText, " "+sp.Name) && !r.sameBody(sp, objText) {
		return sp // "the Florida senator", a person the article named
	}
	n := strings.TrimSpace(r.textOf(rng{subj.s + 1, subj.e}))
	return Speaker{ID: r.id(n), Name: n, Kind: SpeakerUnknown}
}

// sameBody reports a speaker that the alias table gives for the name
// ("Texas" as the state's government).
func (r *resolver) sameBody(sp Speaker, name string) bool {
	t, ok := r.al.Resolve(name)
	return ok && t.ID == sp.ID
}
