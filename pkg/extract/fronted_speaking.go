package extract

// frontedSpeakingKept reports a statement kept at inference whatever the
// accept model says: its sentence opens with a phrase that names the
// occasion of speech, and the frame's subject follows that phrase's comma:
//
//	Speaking to the BBC's Today programme, the health secretary said hospitals were coping.
//	In an interview with Sky News, the minister said the plan was working.
//	Asked about the report, Peskov said it was absurd.
//
// The opening phrase tells that the clause after it is speech, but the
// model, which sees no such feature, scored a short content after a
// nominal subject near its threshold ("the health secretary said hospitals
// were coping" fell to 0.45 after "Speaking to the BBC," and rose above
// 0.5 after "Speaking to CNN,"). On the design docs' gold, every such
// frame of a say/tell cue is annotated (28 of 28 sentences), and the
// held-out CV predictions found all but one (a one-word content no rule
// builds): the rule changes no prediction on train (cv3v unchanged) and
// lands on its hand-written probes. The candidate still trains the model
// as before; its confidence stays the model's probability
// (keep_unscored.go).
func (d *doc) frontedSpeakingKept(a *attribution, q *Quote) bool {
	if a.inverted || !a.subj.ok() || !a.cue.ok() || a.cue.e-a.cue.s != 1 || !q.IsSpeech || a.partOf != nil || a.inherits != nil {
		return false
	}
	if c, ok := cueOf(d.word(a.cue.s)); !ok || c.participle || c.lemma != "say" && c.lemma != "tell" {
		return false
	}
	s := d.sents[a.sent]
	if !d.speakingOpening(s.s) {
		return false
	}
	// the subject follows the opening phrase's comma, the first outside
	// quotation marks
	for k := s.s + 1; k < a.subj.s; k++ {
		if d.punct(k) == "," && !d.inQuote(k) {
			return k == a.subj.s-1
		}
	}
	return false
}

// speakingOpening reports a sentence opening at i with a phrase on the
// occasion of speech: "Speaking to|at|on|...", "Talking to|with", "Asked
// about|whether|...", "Interviewed by|on", "Testifying before", "Appearing
// on", "Addressing", or "In an|a [one or two words] interview".
func (d *doc) speakingOpening(i int) bool {
	switch w, n := d.word(i), d.word(i+1); w {
	case "speaking":
		return speakingPreps.has(n) || n == "exclusively"
	case "talking":
		return n == "to" || n == "with"
	case "asked":
		return n == "about" || n == "whether" || n == "if" || n == "why" || n == "what" || n == "how" || n == "on" || n == "by" || n == "during" || n == "at" || n == "in"
	case "interviewed":
		return n == "by" || n == "on" || n == "in"
	case "testifying":
		return n == "before" || n == "to" || n == "at" || n == "in"
	case "appearing":
		return n == "on" || n == "before" || n == "at"
	case "addressing":
		return n != ""
	case "in":
		if n != "an" && n != "a" {
			return false
		}
		for h := i + 2; h <= i+4; h++ {
			if w := d.word(h); w == "interview" || w == "interviews" {
				return true
			} else if w == "" {
				return false
			}
		}
	}
	return false
}
