package extract

import "strings"

// "Putin, 72, said ... The 72-year-old added": wire copy gives a person's
// age after the name and then names the person by it. The nominal "the
// N-year-old" is the nearest person named before it with that age: "X,
// N," or "N-year-old X". Without such a person it stays as before (an
// unnamed N-year-old). Session 21, hand-written probes; refined pass;
// train and dev: no name changes.

// ageNominalPerson returns the person a subject "the N-year-old" names.
func (r *resolver) ageNominalPerson(a *attribution) (Speaker, bool) {
	d := r.d
	if a.subj.e-a.subj.s != 2 || d.word(a.subj.s) != "the" {
		return Speaker{}, false
	}
	age, ok := strings.CutSuffix(d.word(a.subj.s+1), "-year-old")
	if !ok || !isNumber(age) {
		return Speaker{}, false
	}
	persons := r.pronounPersons() // with "Putin" opening a sentence
	for i := len(persons) - 1; i >= 0; i-- {
		run := persons[i]
		if run.s >= a.subj.s {
			continue
		}
		after := d.punct(run.e) == "," && d.word(run.e+1) == age && (d.punct(run.e+2) == "," || d.punct(run.e+2) == ".")
		before := d.word(run.s-1) == age+"-year-old"
		if !after && !before {
			continue
		}
		if sp := r.runSpeaker(run); sp.Kind == SpeakerPerson && personName(sp.Name) {
			return sp, true
		}
	}
	return Speaker{}, false
}
