package extract

// "Jamie Dimon warned in his annual letter to shareholders that inflation
// could prove stickier": a cue of the tell class ("warn", "tell",
// "remind", "assure") whose addressee is left out and whose next word is
// "in" or "during". The forward scan took the prepositional phrase for
// the addressee's noun phrase, found none, and built no content; "warned
// shareholders in his letter that" and "said in his letter that" were
// found. When "that" follows within the sentence's next ten words with
// no punctuation between, the phrase is an adjunct: the addressee is
// done, and the adjunct is read as after any cue. Session 26, hand-written
// earnings probes; train has one "warned in ... that" (none annotated of
// this shape). Inference only: the candidates train the models as before.

// tellAdjunctFirst reports a tell-class cue at j-1 followed by "in" or
// "during" and, within ten words and no punctuation, "that".
func (d *doc) tellAdjunctFirst(a *attribution, j, limit int) bool {
	if d.training || a.class != cueTell || j != a.cue.e || d.inQuote(j) {
		return false
	}
	if w := d.word(j); w != "in" && w != "during" {
		return false
	}
	for k := j + 1; k < limit && k <= j+10; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || d.inQuote(k) {
			return false
		}
		if t.lower == "that" {
			return k > j+1
		}
	}
	return false
}
