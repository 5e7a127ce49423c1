package extract

// captionFrame recognises a quotation given as the caption of a post:
// "The actress captioned a carousel of photos, “What a year.”", "She
// captioned the clip “Best. Night. Ever.”", "Lizzo posted a selfie with
// the caption “Back to work.”", "The star, 35, shared a photo alongside
// the caption: “…”". Entertainment copy quotes social posts so, and no
// cue frames them: "caption" is no cue and the verbs before it ("posted",
// "shared") take an object, so the quotation was nobody's (only a colon
// after "captioned the post" had a frame). The caption is the words of
// the sentence's subject, a name, a pronoun or a determiner's noun phrase
// opening the sentence (after an age in commas: "The actress, 35,"),
// before a finite verb; the caption word lies within ten words before the
// quotation, "captioned" or "captioning" with an object of at most eight
// words, or the noun "caption" right before it (a comma or a colon
// between). The frame is built at inference only and accepted by rule
// (attribution.ruleAccepted), so the models do not move (doc.go); "caption"
// occurs once in train's annotated articles. Session 25, hand-written
// entertainment probes.
func (d *doc) captionFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 || !q.closed {
		return nil
	}
	first := q.first()
	si := d.sentOf[first]
	s := d.sents[si]
	c := first - 1
	if p := d.punct(c); p == "," || p == ":" {
		c--
	}
	m := -1
	for k := c; k >= s.s && k > c-10; k-- {
		if d.toks[k].kind != tWord || d.inQuote(k) {
			return nil
		}
		if w := d.word(k); w == "captioned" || w == "captioning" || w == "caption" && k == c {
			m = k
			break
		}
	}
	if m < 0 || d.word(m) == "caption" && !captionPreps.has(d.word(m-1)) && !determiners.has(d.word(m-1)) {
		return nil
	}
	st := s.s
	for st < m && discourse.has(d.word(st)) {
		st++
	}
	subj, v := d.captionSubject(st, m+1)
	if v < 0 || v > m || captionedThings.has(d.word(subj.e-1)) {
		return nil // "The photo ran with the caption “…”": no speaker
	}
	a := &attribution{sent: si, cue: rng{m, m + 1}, cueText: d.word(m), class: cueSpeech,
		subj: subj, left: subj.s, right: m + 1, conf: postVerbConf, ruleAccepted: true}
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	return a
}

// captionedThings carry a caption and say nothing themselves.
var captionedThings = set("photo", "photos", "image", "images", "picture", "pictures", "post", "posts", "video",
	"videos", "clip", "story", "snap", "selfie", "shot", "cover", "poster", "ad", "billboard", "meme", "cartoon")

// captionPreps come before "the caption" of a post.
var captionPreps = set("the", "a", "with", "alongside", "in", "its", "her", "his", "their")

// captionSubject is postVerbSubject, also over an age in commas after the
// subject ("The actress, 35, posted").
func (d *doc) captionSubject(st, e int) (rng, int) {
	if subj, v := d.postVerbSubject(st, e); v >= 0 {
		return subj, v
	}
	w := d.word(st)
	if !d.tokAt(st).upper && !determiners.has(w) {
		return noRange, -1
	}
	x := st + 1
	for x < e && x < st+6 && d.toks[x].kind == tWord {
		x++
	}
	if d.punct(x) != "," || !isNumber(d.word(x+1)) || d.punct(x+2) != "," || x+3 >= e || !postVerbForm(d.toks[x+3], true) {
		return noRange, -1
	}
	return rng{st, x}, x + 3
}
