package extract

import "strings"

// "Lee kept insisting that ...", "He keeps saying the race is rigged",
// "The mayor started telling reporters that ...": a verb that takes an
// -ing complement stands between the subject and the cue, and the rules
// read it as the subject's last word, so the speaker was "Lee kept" and
// "He keeps" (a pronoun no longer resolved). After the accept model the
// mention and the refined speaker are the subject without the verb
// (speaker_subject.go). Hand-written probes; the 2 such frames of train
// ("kept asking", "keeps talking") are found by other rules.

// catenativeVerbs take an -ing complement.
var catenativeVerbs = set("kept", "keeps", "keep", "keeping", "started", "starts", "start", "began", "begins",
	"begin", "stopped", "stops", "quit", "resumed", "resumes", "avoided", "avoids", "risked")

// catenativeOwner returns the subject of frame a without the verb before
// its -ing cue, or noRange.
func (d *doc) catenativeOwner(a *attribution) rng {
	v := a.cue.s - 1
	if !a.subj.ok() || a.subj.e != a.cue.s || a.subj.e-a.subj.s < 2 || !catenativeVerbs.has(d.word(v)) ||
		!strings.HasSuffix(d.word(a.cue.s), "ing") || d.inQuote(v) {
		return noRange
	}
	return rng{a.subj.s, v}
}
