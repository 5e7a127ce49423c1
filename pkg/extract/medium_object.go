package extract

// "Rubio's campaign sent out a press release saying Murphy owes ...",
// "His office put out a statement saying ...", "she sent an email saying
// “done”", "Clinton posted a Twitter comment of her own, saying ...": the
// participle's subject finder takes the medium, the object of the verb
// before it, for the speaker, and the writer of the medium is that verb's
// subject. On the design documents every annotated participle cue after
// "VERB [det] MEDIUM" has its source before the verb (27 of 27, none the
// medium). At inference the mention and the speaker (refined pass) are
// that subject; the frame keeps the subject the accept model was trained
// with, so statements do not change (speaker_subject.go). Session 23.

// mediumObjectNouns name a text or broadcast one writes or puts out.
var mediumObjectNouns = set("statement", "statements", "email", "emails", "e-mail", "letter", "letters",
	"tweet", "tweets", "post", "posts", "video", "videos", "ad", "ads", "advert", "release", "memo",
	"article", "op-ed", "message", "messages", "note", "comment", "column", "editorial", "cover",
	"blog", "newsletter", "mailer", "flyer", "leaflet", "petition", "communique", "communiqué")

// mediumObjectVerbs put a medium out; a particle may follow ("sent out").
var mediumObjectVerbs = set("sent", "sends", "posted", "posts", "put", "puts", "released", "releases",
	"issued", "issues", "published", "publishes", "wrote", "writes", "penned", "pens", "emailed",
	"tweeted", "shared", "shares", "revised", "ran", "runs", "aired", "airs", "launched", "launches",
	"did", "does", "unveiled", "unveils", "circulated", "circulates", "distributed", "mailed")

// mediumObjectOwner returns the subject of the verb whose object is the
// medium that frame a's participle cue reads as its subject ("His office"
// of "His office put out a statement saying"), or noRange. Inference only.
func (d *doc) mediumObjectOwner(a *attribution) rng {
	if d.training || !a.subj.ok() || !a.cue.ok() || a.subj.e > a.cue.s || a.inverted || !d.cueInfoAt(a.cue.s).participle {
		return noRange
	}
	// the medium: within the subject or between it and the cue, which only
	// a few words and a comma part ("a Twitter comment of her own, saying")
	medium := false
	for k := a.subj.s; k < a.cue.s; k++ {
		if k >= a.subj.e+6 || d.inQuote(k) || d.tokAt(k).kind != tWord && !(k == a.cue.s-1 && d.punct(k) == ",") {
			return noRange
		}
		medium = medium || mediumObjectNouns.has(d.word(k))
	}
	if !medium {
		return noRange
	}
	if w := d.word(a.subj.s); !determiners.has(w) && !mediumObjectNouns.has(w) {
		return noRange // "Trump's campaign, saying": no medium put out
	}
	v := a.subj.s - 1
	if p := d.word(v); p == "out" || p == "up" {
		v-- // "sent out", "put up"
	}
	if !mediumObjectVerbs.has(d.word(v)) || d.tokAt(v).upper || d.inQuote(v) {
		return noRange
	}
	return d.subjectBeforeVerb(v, a.sent) // "Clinton immediately posted", "she sent"
}
