package extract

import "strings"

// Viewpoint openings: "In their view, Democrats could win the state", "In
// Lee's mind, his record is a strength", "In my personal opinion, the plan
// will fail". A sentence opened by "In", a possessive and a viewpoint noun
// before a comma gives that person's view, as "According to X," does: all
// 4 such openings outside quotations on train are annotated, none found by
// the other rules ("In other words", "In this view" do not qualify: no
// possessive). The frames are built at inference only and accepted by
// rule, so training is unchanged. cv3: all tp +12 fp +0, speech, direct and
// exact unchanged.

// opinionOpeningConf is the confidence of a rule-accepted viewpoint opening.
const opinionOpeningConf = 0.75

// opinionNouns name a viewpoint: "In his view,".
var opinionNouns = set("view", "mind", "opinion", "eyes", "estimation", "judgment", "judgement")

// opinionPossessives may stand for the person: "In their view,".
var opinionPossessives = set("his", "her", "their", "my", "our")

// opinionOpeningFrame returns the frame of a sentence that opens with "In
// <possessive> [own|personal] <viewpoint noun>," and goes on with a clause,
// or nil. Its content is the clause after the comma. Inference only.
func (d *doc) opinionOpeningFrame(si int) *attribution {
	s := d.sents[si]
	i := s.s
	if d.training || d.word(i) != "in" || d.inQuote(i) || d.punct(s.e-1) == "?" {
		return nil
	}
	j := i + 1 // the possessive: "their", "Lee's"
	w := d.word(j)
	if !opinionPossessives.has(w) && !(d.tokAt(j).upper && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s"))) {
		return nil
	}
	k := j + 1
	if w := d.word(k); w == "own" || w == "personal" || w == "humble" {
		k++
	}
	if !opinionNouns.has(d.word(k)) || d.punct(k+1) != "," || k+4 >= s.e || d.inQuote(j) || d.inQuote(k+2) {
		return nil
	}
	a := d.bufs.frames.next()
	// The possessive is the mention ("In his view": "his") and the
	// viewpoint noun the cue, as annotated; the possessive is resolved as
	// its pronoun or name (with the noun in the mention, the speaker was a
	// nominal "view").
	*a = attribution{sent: si, cue: rng{j + 1, k + 1}, cueText: "according to", class: cueSpeech, subj: rng{j, j + 1}, inverted: true,
		name: rng{j, j + 1}, title: noRange, left: i, right: k + 1, conf: opinionOpeningConf, ruleAccepted: true}
	return a
}
