package extract

import "strings"

// "The mayor, for her part, said", "Trump, in turn, said", "Orban, who
// had threatened a veto, said", "Italian officials, speaking on condition
// of anonymity, said": the rules take the subject up to the verb, so the
// speaker mention carried the discourse aside, relative clause or
// participle clause after the name. They are no part of who spoke: after
// the accept model (the subject's words are features it was trained
// with) the mention ends before them.

// mentionAsides are the asides, as lower-case word sequences; "POSS"
// stands for a possessive determiner.
var mentionAsides = [][]string{
	{"for", "POSS", "part"}, {"in", "turn"}, {"however"}, {"meanwhile"}, {"though"}, {"too"}, {"also"},
	{"by", "contrast"}, {"in", "contrast"}, {"for", "example"}, {"for", "instance"}, {"instead"},
	{"likewise"}, {"in", "response"}, {"in", "particular"}, {"nevertheless"}, {"meanwhile", "too"},
	{"in", "return"}, {"as", "well"}, {"similarly"}, {"in", "fact"}, {"of", "course"},
}

// mentionParticiples open a participle clause after the subject: "Italian
// officials, speaking on condition of anonymity, said".
var mentionParticiples = set("speaking", "writing", "talking", "asked", "interviewed", "reached", "contacted",
	"responding", "appearing", "testifying", "addressing", "campaigning", "posting", "tweeting", "pressed")

// asideMention ends a kept statement's mention before a closing aside.
func (d *doc) asideMention(a *attribution, q *Quote) {
	if q.SpeakerMention == nil {
		return
	}
	m := d.writerSubject(a)
	if !m.ok() {
		m = mentionRange(a)
	}
	if !m.ok() || d.span(m).End != q.SpeakerMention.End {
		return
	}
	// "Sanders, meanwhile, who sits at zero": each aside from the last on
	for c := d.asideComma(m); c > m.s && d.toks[c-1].e > q.SpeakerMention.Start; c = d.asideComma(m) {
		q.SpeakerMention.End = d.toks[c-1].e
		m.e = c
	}
	// "a senior official who asked not to be named" (anonymity_clause.go)
	if c := d.anonymityClause(m); c > m.s && d.toks[c-1].e > q.SpeakerMention.Start {
		q.SpeakerMention.End = d.toks[c-1].e
		m.e = c
	}
	if k := d.objectRelativeStart(m); k > 0 && d.toks[k].s >= q.SpeakerMention.Start && d.toks[k].s < q.SpeakerMention.End {
		q.SpeakerMention.Start = d.toks[k].s // "a deal Olaf Scholz called ..."
	}
}

// asideComma returns the comma of m that opens a closing aside (see
// mentionAsides), or -1.
func (d *doc) asideComma(m rng) int {
	e := m.e
	if d.punct(e-1) == "," {
		e--
	}
	for c := m.s + 1; c < e-1; c++ {
		if d.punct(c) != "," {
			continue
		}
		if w := d.word(c + 1); relativeWords.has(w) && w != "that" && c+2 < e || mentionParticiples.has(w) {
			// "Orban, who had threatened to veto it", "officials, speaking
			// on condition of anonymity"; not the "Orban, who" of a
			// statement in the relative clause, whose mention is "who"
			return c
		}
		for _, aside := range mentionAsides {
			if c+1+len(aside) == e && d.wordsAre(c+1, aside) {
				return c
			}
		}
	}
	return -1
}

// wordsAre reports the words from i on spelling ws ("POSS": a possessive
// determiner).
func (d *doc) wordsAre(i int, ws []string) bool {
	for k, w := range ws {
		t := d.tokAt(i + k)
		if t.kind != tWord || w != t.lower && !(w == "POSS" && possessiveDeterminers.has(t.lower)) {
			return false
		}
	}
	return true
}

// anonymityClause returns where a clause giving the anonymity of the
// source m names begins, without a comma before it ("two people familiar
// with the talks who spoke on condition of anonymity"), or -1.
func (d *doc) anonymityClause(m rng) int {
	for k := m.s + 1; k < m.e; k++ {
		if w := d.word(k); w != "who" && w != "speaking" || d.inQuote(k) {
			continue
		}
		var buf [16]string
		words := buf[:0]
		for j := k + 1; j < m.e && len(words) < len(buf); j++ {
			words = append(words, d.word(j))
		}
		if anonymityReason(words) {
			return k
		}
	}
	return -1
}

// partitiveNouns take a group for their complement: "a majority of
// Republicans", "the rest".
var partitiveNouns = set("majority", "minority", "share", "handful", "number", "lot", "rest", "ones", "couple", "few", "bunch", "group")

// objectRelativeStart returns where the name starts in a mention m that
// opens with a noun whose relative clause the name is the subject of ("a
// deal German Chancellor Olaf Scholz called “a historic step”", "the plan
// Trump unveiled"), or -1. The rules take the noun and the name for one
// subject. Only an article, one common noun naming no person (not a role,
// a descriptor, an anonymous head or a partitive: "his spokesman Zoltan
// Kovacs", "a majority of Americans" stay) and a capitalised name of two
// words or more.
func (d *doc) objectRelativeStart(m rng) int {
	if w := d.word(m.s); !m.ok() || w != "a" && w != "an" && w != "the" || d.tokAt(m.s).upper && m.s != d.sents[d.sentOf[m.s]].s {
		return -1
	}
	n := m.s + 1 // the noun
	if t := d.tokAt(n); t.kind != tWord || t.upper || d.inQuote(n) {
		return -1
	}
	if w := d.word(n); roleNouns.has(w) || roleOfHeads.has(w) || descriptorWords.has(w) || anonymousHeads.has(w) || orgWords.has(w) ||
		nonPersonHeads.has(w) || partitiveNouns.has(w) || finiteVerb(w) || strings.HasSuffix(w, "ing") || w[0] < 'a' || w[0] > 'z' {
		return -1
	}
	k := n + 1
	if m.e-k < 2 {
		return -1
	}
	for j := k; j < m.e; j++ {
		if t := d.tokAt(j); t.kind != tWord || !t.upper || d.inQuote(j) {
			return -1 // capitalised words only: "German Chancellor Olaf Scholz"
		}
	}
	return k
}
