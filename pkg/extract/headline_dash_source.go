package extract

// Wire headlines name an unnamed or agency source after a final dash:
// "Apple to cut 500 jobs - sources", "Oil output to fall -sources",
// "Russia ready for talks - RIA". The headline is then that source's
// statement, but no cue marked it and it was lost. headlineDashSourceFrame
// frames the article's first sentence when it holds no cue of its own
// (then the dash tag names who reported the speaker: "Putin says ... -
// RIA" keeps Putin's statement, the annotation has no nested report) and
// ends in a dash and one or two words: an unnamed source ("sources",
// "officials", "source says" ...) or a news agency named by its short name
// (orgWords' "ria", "tass", "interfax", "xinhua", "reuters", ...). The
// corpus has no such headline (no prediction changes). Built at inference
// only and accepted by rule (the confidence is a guess: no train case).
// Session 21, hand-written probes.
func (d *doc) headlineDashSourceFrame(si int) *attribution {
	if d.training || si > 1 {
		return nil
	}
	s := d.sents[si]
	if s.para != 0 || si == 1 && !d.isDash(s.s-1) {
		return nil // the headline, or its part after a kicker ("EXCLUSIVE-")
	}
	e := s.e
	for e > s.s && (isTerminal(d.punct(e-1)) || d.punct(e-1) == ")") {
		e--
	}
	// one or two words after a dash ("- sources", "- source says")
	k := e - 1
	if d.word(k) == "say" || d.word(k) == "says" || d.word(k) == "said" {
		k--
	}
	w := d.word(k)
	dash := k - 1
	if w == "" || !d.isDash(dash) || d.inQuote(k) || !(dashSourceHeads.has(w) || dashAgencies.has(w)) {
		return nil
	}
	if d.countWords(s.s, dash) < 3 {
		return nil
	}
	for x := s.s; x < dash; x++ {
		if _, cue := d.cueAt(x); cue && !d.inQuote(x) {
			return nil
		}
	}
	a := &attribution{sent: si, cue: rng{dash, dash + 1}, cueText: "—", class: cueSpeech, subj: rng{k, k + 1},
		name: rng{k, k + 1}, title: noRange, left: dash, right: e, conf: headlineDashSourceConf, inverted: true, ruleAccepted: true}
	a.content = d.appendContent(a.content, rng{s.s, dash})
	return a
}

// dashSourceHeads name unnamed sources in a wire tag.
var dashSourceHeads = set("sources", "source", "officials", "official", "diplomats", "diplomat", "analysts",
	"traders", "insiders", "executives", "lawmakers", "police", "media", "report", "reports")

// dashAgencies are news agencies named in a wire tag.
var dashAgencies = set("ria", "tass", "interfax", "ifax", "xinhua", "yonhap", "kyodo", "reuters", "afp", "ap", "bloomberg", "nikkei", "irna", "wsj", "ft")

// headlineDashSourceConf: no train case; the rule-accepted frames' usual
// confidence.
const headlineDashSourceConf = 0.7
