package extract

import "strings"

// A quotation linked to its speaker by a copula after it, a common shape of
// sports, court and local news that has no cue verb of its own:
//
//	“It’s over.” That was all the coach would say.
//	"Unacceptable" was how the minister described the delays.
//	“We will rebuild” — those were the mayor’s words.
//	"Absolutely not," was the reply from the club.
//
// linkingPhraseFrame takes a quotation that opens its sentence and no other
// statement holds, then (after an optional dash) a demonstrative and a form
// of "be", or "be" alone when the quotation is the subject, and one of four
// links that name the speaker: "all NP would say", "how NP described/put
// it", "the reply/verdict/words ... from/of NP" and "NP's words/verdict
// ...". The annotated corpus has none of these (no quotation followed by
// such a link on train), so the frame is built at inference only and
// accepted by rule (attribution.ruleAccepted), with the confidence of the
// other cue-less quotation frames (post_verb.go); the models do not move.
// Hand-written probes.
func (d *doc) linkingPhraseFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 || !q.closed {
		return nil
	}
	first, last := q.first(), q.last()
	if !d.opensSentenceAt(first) || d.countWords(first, last) < 1 {
		return nil
	}
	k := last + 1
	if d.tokAt(k).para != d.toks[last].para {
		return nil
	}
	if p := d.punct(k); p == "," || d.isDash(k) || p == "--" {
		k++ // "“…” — those were ...", "“…”, was the reply"
		if d.punct(k) == "-" {
			k++
		}
		if p != "," && k < len(d.toks) {
			// "“Not good enough” – Lane's verdict on the display": no verb
			if subj, cue := d.linkPossessor(k, d.sents[d.sentOf[k]].e); subj.ok() {
				return d.linkFrame(q, subj, cue)
			}
		}
	}
	demo := false
	switch w := d.word(k); {
	case w == "that's" || w == "that’s" || w == "those're":
		demo = true
		k++
	case linkDemonstratives.has(w):
		if !beForms.has(d.word(k + 1)) {
			return nil
		}
		demo = true
		k += 2
	case (w == "was" || w == "were" || w == "is") && !isTerminal(d.punct(last-1)):
		// the quotation is the subject: "“Unacceptable” was how ..."
		k++
	default:
		return nil
	}
	if !demo && d.tokAt(k-1).upper {
		return nil
	}
	s := d.sents[d.sentOf[k-1]]
	subj, cue := d.linkSpeaker(k, s.e)
	if !subj.ok() {
		return nil
	}
	return d.linkFrame(q, subj, cue)
}

// linkFrame is the rule-accepted frame of quotation q, speaker subj and
// cue.
func (d *doc) linkFrame(q quotation, subj, cue rng) *attribution {
	a := &attribution{sent: d.sentOf[cue.s], cue: cue, cueText: d.word(cue.s), class: cueSpeech,
		subj: subj, inverted: true, conf: postVerbConf, ruleAccepted: true}
	a.left, a.right = min(subj.s, cue.s), max(subj.e, cue.e)
	a.name, a.title = d.splitName(subj)
	a.content = d.quotationContent(q)
	return a
}

// linkDemonstratives open the link after a quotation ("those were ...").
var linkDemonstratives = set("that", "this", "those", "these", "such")

// linkNouns name the words said in "the verdict of NP", "NP's reply".
// Singular "word" stays out: "the word of the year".
var linkNouns = set("words", "message", "verdict", "reply", "response", "answer", "reaction",
	"assessment", "warning", "advice", "retort", "comment", "comments", "explanation", "promise",
	"plea", "statement", "description", "summary", "prediction", "instruction", "instructions",
	"orders", "insistence", "claim", "view", "take", "analysis", "admission", "vow", "pledge")

// linkDescribeVerbs follow "how NP" in "… was how NP described it".
var linkDescribeVerbs = set("described", "describes", "put", "puts", "summed", "sums",
	"characterised", "characterized", "characterises", "characterizes", "labelled", "labeled",
	"branded", "explained", "explains", "phrased", "worded", "called", "calls", "greeted", "answered",
	"responded", "reacted", "defended", "justified")

// linkSayVerbs end "all NP would say".
var linkSayVerbs = set("say", "said", "says", "offer", "offered", "add", "added", "tell", "told",
	"reveal", "revealed", "comment", "volunteer", "volunteered", "manage", "managed", "muster", "mustered")

// linkSpeaker reads the link at k (after the copula) up to the sentence end
// e and returns its speaker and cue, or noRange.
func (d *doc) linkSpeaker(k, e int) (subj, cue rng) {
	switch w := d.word(k); w {
	case "all":
		// "all (that) the coach would say", "all he had to say"
		x := k + 1
		if d.word(x) == "that" {
			x++
		}
		np := d.linkNP(x, e)
		if !np.ok() {
			return noRange, noRange
		}
		v := np.e
		if linkModals.has(d.word(v)) {
			v++
		}
		if d.word(v) == "had" && d.word(v+1) == "to" || d.word(v) == "care" || d.word(v) == "cared" {
			v += 2 // "all he had to say", "all she cared to say"
		}
		if linkSayVerbs.has(d.word(v)) {
			return np, rng{v, v + 1}
		}
	case "how", "what":
		// "how the minister described the delays", "how she put it"
		np := d.linkNP(k+1, e)
		if !np.ok() {
			return noRange, noRange
		}
		v := np.e
		if d.adverbAt(v) {
			v++
		}
		if w == "how" && linkDescribeVerbs.has(d.word(v)) || w == "what" && (d.word(v) == "said" || d.word(v) == "told") {
			return np, rng{v, v + 1}
		}
	case "the":
		// "the reply from the club", "the words of the mayor"
		n := k + 1
		for n < k+3 && !linkNouns.has(d.word(n)) && d.tokAt(n).kind == tWord && !d.tokAt(n).upper && !npStop.has(d.word(n)) {
			n++ // "the blunt verdict of ..."
		}
		if linkNouns.has(d.word(n)) && (d.word(n+1) == "from" || d.word(n+1) == "of") {
			if np := d.linkNP(n+2, e); np.ok() {
				return np, rng{n, n + 1}
			}
			return noRange, noRange
		}
		return d.linkPossessor(k, e) // "the mayor’s words"
	default:
		// "the mayor’s words", "his verdict", "Hill's parting shot"
		return d.linkPossessor(k, e)
	}
	return noRange, noRange
}

// linkModals may sit between the speaker and "say" in "all NP would say".
var linkModals = set("would", "could", "will", "can", "did", "was", "were", "'d", "’d")

// linkNP is the speaker noun phrase at x: a subject pronoun, or a proper
// name or a noun phrase opened by a determiner that names no time ("the
// word of the year") nor a thing ("the film").
func (d *doc) linkNP(x, e int) rng {
	w := d.word(x)
	if subjPronouns.has(w) {
		if w == "it" || w == "you" {
			return noRange
		}
		return rng{x, x + 1}
	}
	np := d.npFwd(x, e)
	if !np.ok() || np.s != x || np.e-np.s > 7 {
		return noRange
	}
	// "the club", "Jones' manager"
	if !d.isProperName(np) && !((determiners.has(w) || d.toks[x].upper) && d.linkPersonHead(np.e-1)) {
		return noRange
	}
	return np
}

// linkPersonHead reports a head noun that may name a speaker: a role, an
// unnamed source, an organisation, or another noun of a person ("the
// coach", "the club", "the victim's mother"); not a time or a thing.
func (d *doc) linkPersonHead(h int) bool {
	w := strings.TrimSuffix(d.word(h), "'s")
	if periodWords.has(w) || timeWords.has(w) || monthNames.has(w) {
		return false
	}
	return roleNouns.has(w) || anonymousHeads.has(w) || orgWords.has(w) || linkPersonNouns.has(w) || d.tokAt(h).upper
}

// linkPersonNouns are heads of a speaker beyond roleNouns and
// anonymousHeads: family, sport and court.
var linkPersonNouns = set("mother", "father", "wife", "husband", "son", "daughter", "brother",
	"sister", "family", "parents", "widow", "victim", "player", "players", "striker", "defender",
	"midfielder", "goalkeeper", "captain", "boss", "manager", "owner", "driver", "rider", "champion",
	"singer", "actor", "actress", "star", "chef", "teacher", "doctor", "nurse", "police", "officer",
	"detective", "defendant", "accused", "witness", "neighbour", "neighbor", "resident", "fan", "fans",
	"council", "club", "company", "firm", "hospital", "school", "government", "spokesperson", "man",
	"woman", "boy", "girl", "veteran", "coach", "referee", "umpire", "pilot", "ministry", "couple",
	"pair", "duo", "band")

// linkPossessor reads "NP's words" / "his verdict" at k: the possessor is
// the speaker and the noun the cue.
func (d *doc) linkPossessor(k, e int) (subj, cue rng) {
	x := k
	if w := d.word(k); w != "his" && w != "her" && w != "their" {
		// the possessor ends on a word with "'s", or a word in "s" before
		// a possessive mark (possessive_s.go)
		for x < e && x < k+6 && !strings.HasSuffix(d.word(x), "'s") && !d.possessiveApostrophe(x+1) {
			if d.tokAt(x).kind != tWord || d.inQuote(x) || npStop.has(d.word(x)) {
				return noRange, noRange
			}
			x++
		}
		np := rng{k, x + 1}
		if x >= e || x >= k+6 || !d.isProperName(np) && !(determiners.has(d.word(k)) && d.linkPersonHead(x)) {
			return noRange, noRange
		}
	}
	n := x + 1
	if d.possessiveApostrophe(n) {
		n++
	}
	if !linkNouns.has(d.word(n)) && d.tokAt(n).kind == tWord && !d.tokAt(n).upper {
		n++ // "the coach's blunt verdict"
	}
	if !linkNouns.has(d.word(n)) {
		return noRange, noRange
	}
	return rng{k, x + 1}, rng{n, n + 1}
}

// possessivePronoun: the speaker of "his words" is "he" (resolve.go).
var possessivePronoun = map[string]string{"his": "he", "her": "she", "their": "they"}

// cameReplySpeaker reads the inverted subject of "“…,” came the reply from
// the club" (post_verb.go): the speaker is the noun phrase after the
// linkNoun's "from" or "of", and the noun the cue. It returns noRange if
// subj is no such noun.
func (d *doc) cameReplySpeaker(subj rng, v int) (rng, int) {
	if d.word(v) != "came" || subj.s != v+1 || d.word(subj.s) != "the" {
		return noRange, -1
	}
	n := subj.s + 1
	if !linkNouns.has(d.word(n)) {
		n++ // "came the curt reply"
	}
	if !linkNouns.has(d.word(n)) || d.word(n+1) != "from" && d.word(n+1) != "of" {
		return noRange, -1
	}
	np := d.linkNP(n+2, d.sents[d.sentOf[v]].e)
	if !np.ok() {
		return noRange, -1
	}
	return np, n
}

// wordsPossessor returns the name whose words a subject names ("Lane's
// verdict", "Hill's reply": Lane, Hill), for the resolver: a capitalised
// run of one to three words ending in "'s", then one of the nouns of
// words said that name no document ("statement", "comments" and "claim"
// stay: "Trump's statement said" is the statement's). Refined pass.
func (d *doc) wordsPossessor(subj rng) rng {
	if !subj.ok() || subj.e-subj.s < 2 || subj.e-subj.s > 4 || !wordsNouns.has(d.word(subj.e-1)) {
		return noRange
	}
	p := subj.e - 2
	if !strings.HasSuffix(d.word(p), "'s") || !d.tokAt(p).upper {
		return noRange
	}
	for k := subj.s; k <= p; k++ {
		if !d.tokAt(k).upper {
			return noRange
		}
	}
	return rng{subj.s, p + 1}
}

// wordsNouns name a speaker's words, not a document.
var wordsNouns = set("verdict", "reply", "response", "answer", "message", "words", "retort", "reaction", "assessment", "warning", "advice", "explanation")
