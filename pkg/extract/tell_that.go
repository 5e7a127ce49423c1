package extract

// Tell verbs in the infinitive with an addressee and a that-clause: "only
// to tell Garland that he won't agree to a sit-down", "trying to convince
// the country that there is nothing to see", "helped convince Republicans
// that Trump should be their next president". Frames after "to" are
// mostly plans and say nothing ("wants to say"), but an addressee and a
// that-clause after a tell verb make a message: of the 20 such phrases
// outside quotations in train, 14 are annotated statements, 10 of which no
// frame found. The frames are built at inference only and accepted by rule
// (rule_accepted.go) with that precision as their confidence; the subject
// of the infinitive stays unnamed. On the 3-seed CV sums on train: 24 more
// right statements in the speech slice, no more wrong ones.

// tellThatLemmas are the tell verbs whose addressee a that-clause follows.
var tellThatLemmas = set("tell", "convince", "remind", "assure", "reassure", "warn", "inform", "notify")

// helpForms put a bare infinitive after them: "helped convince".
var helpForms = set("help", "helps", "helped", "helping")

// tellThatInfinitive reports the base form of a tell verb at i after "to"
// or a form of "help", followed by an addressee of one to six words and a
// that-clause, outside quotations.
func (d *doc) tellThatInfinitive(s sentence, i int, c cueInfo) bool {
	if d.training || c.class != cueTell || !tellThatLemmas.has(c.lemma) || d.word(i) != c.lemma || d.inQuote(i) || i-1 < s.s {
		return false
	}
	if p := d.word(i - 1); p != "to" && !helpForms.has(p) {
		return false
	}
	j := d.tellThatStart(i, s.e)
	if j < 0 {
		return false
	}
	w := d.word(j + 1)
	return d.looksClause(j+1, s.e) || w == "there’s" || w == "there's"
}

// tellThatStart returns the "that" after the addressee of the tell verb
// at i (one to six words), or -1.
func (d *doc) tellThatStart(i, e int) int {
	j := i + 1
	for j < e && j <= i+6 && d.toks[j].kind == tWord && !d.inQuote(j) && d.word(j) != "that" {
		if w := d.word(j); j == i+1 && (whWords.has(w) || w == "to" || w == "about" || w == "of") {
			return -1 // "to tell how ...", "to warn about ...": no addressee
		}
		j++
	}
	if j == i+1 || d.word(j) != "that" || d.inQuote(j) || j+1 >= e {
		return -1
	}
	return j
}

// tellThatContent makes the that-clause the content of a tellThatInfinitive
// frame when the rules took more or found none: "helped convince voters
// across America that ..." (an adjunct the addressee rules do not know).
func (d *doc) tellThatContent(a *attribution, limit int) {
	if !d.tellThatFrame(a) {
		return
	}
	j := d.tellThatStart(a.cue.s, limit)
	if j < 0 {
		return
	}
	switch {
	case len(a.content) == 0:
		a.content = d.appendContent(a.content, rng{j, limit})
	case len(a.content) == 1 && a.content[0].s > a.cue.s && a.content[0].s < j && j < a.content[0].e:
		a.content[0].s = j
	}
}

// endTellThat ends the that-clause of a tellThatInfinitive frame before a
// comma that opens a new clause with a pronoun or "there": in "while they
// spent the week trying to tell the country that all is well, there is
// still plenty to see" the main clause after the comma is the writer's.
// (The cut model, which never saw these frames, keeps the whole.)
func (d *doc) endTellThat(a *attribution) {
	if !d.tellThatFrame(a) || len(a.content) != 1 || a.content[0].s < a.cue.e {
		return
	}
	c := &a.content[0]
	for k := c.s + 2; k+1 < c.e; k++ {
		if d.punct(k) != "," || d.inQuote(k) {
			continue
		}
		if w := d.word(k + 1); subjPronouns.has(w) || w == "there" || pronounContraction(w) || w == "there’s" || w == "there's" {
			c.e = k
			return
		}
	}
}

// tellThatFrame reports a frame built by tellThatInfinitive.
func (d *doc) tellThatFrame(a *attribution) bool {
	if !a.ruleAccepted || a.class != cueTell || a.inverted || a.cue.e != a.cue.s+1 || !tellThatLemmas.has(d.word(a.cue.s)) {
		return false
	}
	p := d.word(a.cue.s - 1)
	return p == "to" || helpForms.has(p)
}
