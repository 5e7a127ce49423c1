package extract

// Opinion openings: "To Frank, issues of class get attention only when
// ...", "To them, it signals a new phase", "To Sexton, who has studied the
// rallies, Tuesday marked a turning point". A sentence opened by "To" and
// a name or an object pronoun before a comma gives that person's view, as
// "According to X," does: all 7 such openings outside quotations on train
// are annotated, none found by the other rules ("To her supporters", "To
// the shock of", "To date", "To be sure" do not qualify: a lowercase head
// or a verb). "To" is no cue: the frames are built at inference only and
// accepted by rule, so training is unchanged. cv3: all tp +18 fp +0,
// speech and direct unchanged.

// toOpinionConf is the confidence of a rule-accepted opinion opening.
const toOpinionConf = 0.75

// toOpinionPronouns may stand for the person: "To them, ...".
var toOpinionPronouns = set("him", "her", "them", "me", "us", "many")

// toOpinionFrame fills a with the frame of a sentence-opening "To X," at
// i and reports whether it found one. The frame reads as an opening
// "According to X," (cueText "according to"): its content is the clause
// after the comma. Inference only.
func (d *doc) toOpinionFrame(s sentence, i int, a *attribution) bool {
	if d.training || i != s.s || !d.toks[i].upper || d.inQuote(i) || d.punct(s.e-1) == "?" {
		return false
	}
	var np rng
	if toOpinionPronouns.has(d.word(i+1)) && d.punct(i+2) == "," && !d.inQuote(i+1) {
		np = rng{i + 1, i + 2}
	} else {
		if !d.tokAt(i + 1).upper {
			return false
		}
		np = d.npFwd(i+1, s.e)
		if !np.ok() || np.e-np.s > 5 || d.punct(np.e) != "," || !d.tokAt(np.e-1).upper || d.tokAt(np.e-1).kind != tWord {
			return false
		}
	}
	if np.e+2 >= s.e || d.inQuote(np.e+1) {
		return false
	}
	a.cue, a.cueText, a.class = rng{i, i + 1}, "according to", cueSpeech
	a.subj, a.inverted = np, true
	a.left, a.right = i, np.e
	if d.word(np.e+1) == "who" {
		// "To Sexton, who has studied the rallies, Tuesday marked ...": the
		// aside describes the person
		k := np.e + 2
		for k < s.e && (d.punct(k) != "," || d.inQuote(k)) {
			k++
		}
		if k+2 >= s.e {
			return false
		}
		a.right = k
	}
	a.name, a.title = d.apposition(np, s.e)
	a.conf, a.ruleAccepted = toOpinionConf, true
	return true
}
