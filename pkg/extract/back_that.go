package extract

// "Thune shot back that Democrats had walked away", "The minister hit back
// that the claims were baseless", "The company fired back that the suit
// had no merit": a verb of striking with "back" is a retort, and with a
// that-clause it reports what was said. "Shot" and the like are no cues
// (after a quotation, "“…,” Lee shot back", post_verb.go frames them), so
// the clause had no statement. At inference "shot/fired/hit/snapped back
// that" after its subject reads as the cue "retorted" (data/cues.txt) over
// both words, scored by the accept model like any "retorted that"; training
// never sees it, so the models do not move. On the design documents the
// verbs "shot/fired/hit back" are annotated 12 of 14 times, the one "shot
// back that" among them and missed before (session 23).

var backVerbs = set("shot", "shoots", "fired", "fires", "hit", "hits", "snapped", "snaps")

// retortCue is the cue "shot back that" reads as, and its slot in cueTable.
var (
	retortCue, _  = cueOf("retorted")
	retortSlot, _ = cueTable.slot("retorted")
)

// backRetort reports "shot back that" (and the like) at i after a subject
// word. Inference only.
func (d *doc) backRetort(s sentence, i int) bool {
	if d.training || !backVerbs.has(d.word(i)) || d.word(i+1) != "back" || d.word(i+2) != "that" || periodWords.has(d.word(i+3)) || d.word(i+3) == "day" {
		return false // "hit back that night"
	}
	if i == s.s || d.toks[i].upper || d.inQuote(i) || d.inQuote(i+2) {
		return false
	}
	p := d.word(i - 1)
	return p != "" && !determiners.has(p) && p != "the" && !beForms.has(p) && p != "been" && p != "being"
}

// readAsRetort makes the rules that look the cue of token i up (cueAt,
// cueInfoAt) read "retorted" there.
func (d *doc) readAsRetort(i int) {
	d.cueAt(i) // makes the cache
	d.cueSlots[i] = int32(retortSlot) + 1
}
