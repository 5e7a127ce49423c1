package extract

// Topic headlines: "John Lee On How History Makes Voters Feel Unseen.",
// "Carson on why young voters should back Smith." A paragraph of one
// sentence that opens with a short name, "on" and "how", "why", "what" or
// "whether" gives what the person says: all 3 such headlines on train are
// annotated (the content from the question word to the end), none found by
// the other rules. The frames are built at inference only and accepted by
// rule, so training is unchanged. cv3: all tp +9 fp +0, speech, direct and
// exact unchanged.

// onWhyConf is the confidence of a rule-accepted topic headline.
const onWhyConf = 0.75

// onWhyWords open the headline's content after "on".
var onWhyWords = set("how", "why", "what", "whether")

// onWhyHeadlineFrame returns the frame of a one-sentence paragraph "<Name>
// on why <clause>", or nil. Inference only.
func (d *doc) onWhyHeadlineFrame(si int) *attribution {
	s := d.sents[si]
	if d.training || si > 0 && d.sents[si-1].para == s.para || si+1 < len(d.sents) && d.sents[si+1].para == s.para || d.punct(s.e-1) == "?" {
		return nil
	}
	st := s.s
	if isNumber(d.word(st)) {
		st++ // a list number: "14 George Lee On Why ..."
	}
	k := st
	for k < s.e && k < st+3 && d.tokAt(k).kind == tWord && d.tokAt(k).upper && d.word(k) != "on" && !d.inQuote(k) {
		k++
	}
	if k == st || determiners.has(d.word(st)) || d.word(k) != "on" || !onWhyWords.has(d.word(k+1)) || k+4 >= s.e || d.inQuote(k) {
		return nil
	}
	a := d.bufs.frames.next()
	*a = attribution{sent: si, cue: rng{k, k + 1}, cueText: "on why", class: cueSpeech, subj: rng{st, k}, inverted: true,
		name: rng{st, k}, title: noRange, left: st, right: k + 1, conf: onWhyConf, ruleAccepted: true}
	return a
}
