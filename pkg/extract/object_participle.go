package extract

// "The senator emailed supporters saying: ...", "Reed is making a pitch to
// voters in Ohio saying ...", "Lee has drawn huge crowds describing ...":
// a participle right after the main verb's object, without a comma, took
// the object for its subject; the speaker is the main verb's subject. At
// inference, after the accept model, the mention and the refined-pass
// speaker are that subject (speaker_subject.go); the frames are as
// trained. Session 23, train design docs: 13 mentions right, none wrong, 1
// neutral (12 docs).

// objectParticipleOwner returns the sentence's subject for a participle
// cue right after the main verb's object, or noRange. Inference only.
func (d *doc) objectParticipleOwner(a *attribution) rng {
	if d.training || a.inverted || a.partOf != nil || !a.subj.ok() || !a.cue.ok() || a.subj.e != a.cue.s || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	s := d.sents[a.sent]
	if a.subj.s <= s.s || mediumObjectNouns.has(d.word(a.subj.e-1)) || speakingObjects.has(d.word(a.subj.e-1)) {
		return noRange
	}
	if p := d.word(a.subj.s - 1); p == "by" || p == "from" || p == "of" || p == "about" || p == "that" || p == "who" || p == "which" || p == "and" || p == "or" {
		return noRange // "greeted by protesters chanting", "heard from voters saying"
	}
	main := d.subjectAfterIntro(a.sent, a.subj.s)
	if !main.ok() {
		main = d.sentenceSubject(a.sent)
	}
	if main.ok() && main.e == main.s+1 && determiners.has(d.word(main.s)) {
		main = d.npFwd(main.s, a.subj.s)
	}
	if !main.ok() || main.e >= a.subj.s || !d.verbAfterIntroSubject(main.e, a.subj.s) {
		return noRange
	}
	for k := main.e; k < a.subj.e; k++ {
		w := d.word(k)
		if w == "left" || w == "leave" || w == "leaves" {
			return noRange // "have left voters saying"
		}
		if k >= a.subj.s {
			continue
		}
		if d.tokAt(k).kind != tWord || d.inQuote(k) || clauseOpeners.has(w) || whWords.has(w) || w == "that" {
			return noRange // one clause only
		}
		if copulas.has(w) && (determiners.has(d.word(k+1)) || possessives.has(d.word(k+1))) {
			return noRange // "was his stern warning"
		}
	}
	return main
}

var copulas = set("is", "was", "were", "are", "be", "been")

var possessives = set("his", "her", "their", "its", "our", "my", "your")

// speakingObjects are documents and findings that speak for themselves ("a
// poll showing", "a report saying").
var speakingObjects = set("poll", "polls", "report", "reports", "study", "studies", "survey", "surveys", "data",
	"document", "documents", "sign", "signs", "banner", "banners", "placard", "placards", "t-shirt", "t-shirts",
	"shirt", "shirts", "headline", "headlines", "record", "records", "filing", "filings", "analysis", "figures",
	"numbers", "ruling", "order", "law", "bill", "resolution", "message", "messages", "ad", "ads", "commercial",
	"commercials", "spot", "spots", "video", "videos", "book", "books", "speech", "speeches", "interview", "interviews")
