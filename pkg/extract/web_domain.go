package extract

// "Nate Silver, the polling guru who founded fivethirtyeight.com, tweeted
// ...", "according to Factcheck.org": the tokenizer splits a web address
// at its dots, so the name became a word, a full stop and "com", and the
// frame around it lost its statement (the subject's clause looked cut by
// the stop). joinWebDomains makes one word of a run of words joined by
// dots with no space, whose last word is a common top-level domain
// ("MoveOn.org", "HealthCare.gov", "news.example.com"; topLevelDomains of
// domain_source.go), wherever it stands; domainSourceEnd read only a
// source's domain over the split. At inference only, so the models do not
// move. Session 28, hand-written probes.
func (d *doc) joinWebDomains() {
	if mayHoldWebDomain(d.text) {
		d.joinTokenRuns(d.webDomainEnd)
	}
}

// mayHoldWebDomain reports a full stop followed by a run of ASCII letters
// that lowers to a top-level domain: every web domain has one, and most
// articles none, so that the walk of the tokens (a tenth of a
// millisecond per article) is made only when it may join something.
func mayHoldWebDomain(text string) bool {
	for i := byteFrom(text, 0, '.'); i < len(text); i = byteFrom(text, i+1, '.') {
		j := i + 1
		for j < len(text) && j-i-1 <= maxDomainLen && ('a' <= text[j]|0x20 && text[j]|0x20 <= 'z') {
			j++
		}
		if j-i-1 <= maxDomainLen && topLevelDomains.hasLower(text[i+1:j]) {
			return true
		}
	}
	return false
}

// maxDomainLen is the length of the longest of topLevelDomains ("info").
const maxDomainLen = 4

// webDomainEnd returns the last token of a web domain starting at word i
// ("fivethirtyeight" "." "com"), or i. The cheapest test first: the token
// after i is a full stop touching it.
func (d *doc) webDomainEnd(i int) int {
	t := d.toks[i]
	if i+2 >= len(d.toks) || d.toks[i+1].s != t.e || t.kind != tWord || d.toks[i+1].kind != tPunct || d.toks[i+1].lower != "." {
		return i
	}
	end := i
	for k := i + 1; k+1 < len(d.toks); k += 2 {
		dot, w := d.toks[k], d.toks[k+1]
		if dot.kind != tPunct || dot.lower != "." || dot.s != d.toks[k-1].e || w.kind != tWord || w.s != dot.e {
			break
		}
		end = k + 1
	}
	if end == i || !topLevelDomains.has(d.toks[end].lower) {
		return i
	}
	if n := d.tokAt(end + 1); n.s == d.toks[end].e && n.kind == tWord {
		return i // more letters right after: no domain
	}
	return end
}
