package extract

// handleQuoteFrame recognises a quotation signed by a social-media handle
// after it: “We are working on a fix,” @XboxSupport wrote. / “Working on
// it,” wrote @elonmusk. The tokenizer makes "@" a mark of its own, so no
// subject was found after the quotation and the sentence had no statement.
// The handle is "@" and the word joined to it, with the words, digits,
// underscores and inner dots joined after it ("@nypost_fan",
// "@jay.bsky.team"); the verb is one of posting or saying (handleVerbs), and after it
// (or after an inverted handle) the sentence ends or goes on with an
// adjunct ("@elonmusk wrote on Monday"), or after an inverted handle a
// comma ("posted @BarackObama, along with a photo"). "the account @X" and
// "the @X account" are the handle too. The corpus (2015–16 political
// copy) signs no quotation so; the frame is built at inference only and
// accepted by rule, so the models do not move (rule_accepted.go).
func (d *doc) handleQuoteFrame(q quotation) *attribution {
	if d.training || len(q.parts) != 1 || !q.closed {
		return nil
	}
	first, last := q.first(), q.last()
	k := last + 1
	at := k
	if d.word(at) == "the" {
		at++ // “…,” the @NYPDnews account wrote; “…,” the account @TsunamiAlerts posted
		if handleNouns.has(d.word(at)) {
			at++
		}
	}
	if k >= len(d.toks) || d.punct(at) != "@" && !handleVerbs.has(d.word(k)) || d.toks[k].para != d.toks[last].para || d.inQuote(k) {
		return nil
	}
	if p := d.punct(last - 1); p != "," && p != "?" && p != "!" {
		return nil
	}
	if !d.opensSentenceAt(first) || d.countWords(first, last) < 1 {
		return nil
	}
	s := d.sents[d.sentOf[k]]
	var subj, handle rng
	v, e := -1, -1
	if h := d.handleEnd(at); h > at {
		handle = rng{at, h}
		if handleNouns.has(d.word(h)) && at > k {
			h++ // "the @NYPDnews account"
		}
		subj, v, e = rng{k, h}, h, h+1 // “…,” @XboxSupport wrote
	} else if handleVerbs.has(d.word(k)) {
		if h := d.handleEnd(k + 1); h > k+1 {
			handle = rng{k + 1, h}
			subj, v, e = handle, k, h // “…,” wrote @elonmusk
			if n := d.handleOwnedName(h); n > h {
				handle = rng{h, n}
				subj, e = rng{k + 1, n}, n // “…,” tweeted @espn's Adam Schefter (handle_owned_name.go)
			}
		}
	}
	if v < 0 || !handleVerbs.has(d.word(v)) || !d.postVerbTail(e, s.e) && !(v < subj.s && d.punct(e) == ",") {
		return nil
	}
	a := &attribution{sent: d.sentOf[v], cue: rng{v, v + 1}, cueText: d.word(v), class: cueSpeech,
		subj: subj, name: handle, title: noRange, inverted: v < subj.s, conf: postVerbConf, ruleAccepted: true}
	a.left, a.right = min(subj.s, v), max(subj.e, v+1)
	a.content = d.quotationContent(q)
	return a
}

// handleNouns name what a handle is, before or after it ("the account
// @TsunamiAlerts", "the @NYPDnews account").
var handleNouns = set("account", "user", "handle")

// handleVerbs say or post a handle's words; the manner and content verbs
// of speech after them ("“Big news coming,” @MrBeast teased on X") are
// also a handle's (session 26 probes).
var handleVerbs = set("wrote", "posted", "tweeted", "said", "replied", "responded", "added", "commented", "writes", "posts", "tweets", "says", "replies",
	"teased", "joked", "quipped", "announced", "shared", "warned", "declared", "boasted", "revealed", "confirmed",
	"insisted", "claimed", "noted", "explained", "asked", "teases", "jokes", "announces", "warns")

// handleEnd returns the end of a handle opened by "@" at k ("@nypost_fan",
// "@jay.bsky.team"), or k if there is none: the tokens joined without
// space, words, underscores, and dots between words.
func (d *doc) handleEnd(k int) int {
	if d.punct(k) != "@" || k+1 >= len(d.toks) || d.toks[k+1].kind != tWord || d.toks[k+1].s != d.toks[k].e {
		return k
	}
	e := k + 2
	for e < len(d.toks) && d.toks[e].s == d.toks[e-1].e {
		switch {
		case d.toks[e].kind == tWord:
		case d.punct(e) == "_" || d.punct(e) == "." || d.punct(e) == "-":
			// inside the handle only if a word joins it after
			if e+1 >= len(d.toks) || d.toks[e+1].kind != tWord || d.toks[e+1].s != d.toks[e].e {
				return e
			}
		default:
			return e
		}
		e++
	}
	return e
}
