package extract

// "A spokesperson for the hospital confirmed the death.", "Police confirmed
// the arrest of a man": what a speaker confirms is the statement, a noun
// phrase as much as a clause. The annotation agrees: on train, of the
// finite "confirmed"/"confirms" with a noun-phrase object after a speaker
// (a person, a role, a body), 5 of 5 are annotated ("confirmed the
// meeting", "confirmed a few of his revelations", "confirmed the news
// about ..."); a victory that "confirmed the strength of his appeal" is
// not, and its subject names no speaker. The frames train as before; the
// accept model dropped most such objects, so at inference they are
// accepted by rule, like the topic objects of topic_frames.go.

// confirmedObjectAccepted reports a frame of "confirmed"/"confirms" after
// a speaker's subject whose content is the determiner-led object right
// after the cue, outside the headline. Inference only.
func (d *doc) confirmedObjectAccepted(a *attribution) bool {
	if d.training || !a.cue.ok() || a.cue.e != a.cue.s+1 || a.inverted || a.partOf != nil || !a.subj.ok() || a.subj.e > a.cue.s {
		return false
	}
	if w := d.word(a.cue.s); w != "confirmed" && w != "confirms" || a.sent == 0 || d.sents[a.sent].para == 0 {
		return false
	}
	if beForms.has(d.word(a.cue.s-1)) || d.word(a.cue.s-1) == "has" && d.word(a.cue.s-2) == "it" {
		return false // "was confirmed", "it has confirmed"
	}
	fi := d.fwdRange(a)
	if fi < 0 || fi != len(a.content)-1 || a.content[fi].s != a.cue.e || d.inQuote(a.cue.e) {
		return false
	}
	if w := d.word(a.cue.e); !determiners.has(w) || w == "that" || w == "this" && d.tokAt(a.cue.e+1).kind != tWord {
		return false // "confirmed that ...", "confirmed this."
	}
	head := d.head(a.subj)
	return d.agentSubject(a) || roleNouns.has(head) || anonymousHeads.has(head) || linkPersonNouns.has(head) || repNouns.has(head)
}
