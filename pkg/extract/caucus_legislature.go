package extract

// "The Minority in Parliament has described the budget as ...", "The
// Opposition in Parliament said ...": a legislature's caucus named by its
// side of the house (Ghanaian, Kenyan and other Commonwealth copy) before
// "in" and the legislature. npBack crosses "in" back to people ("officials
// in Gaza", "Democrats in Congress") and bodies (body_in_place.go), but a
// capitalised "Minority" is neither, and the subject was "Parliament". At
// inference npBack also crosses "in" from the legislature back to such a
// caucus head. Train has none ("in Parliament" once, with no caucus);
// hand-written probes. Off in training, so the models do not move. Session 25.

// caucusBeforeLegislature reports, at inference, a caucus head at k
// ("Minority", "Opposition", "Majority Caucus") before "in" and a
// legislature ("Parliament", "the Assembly").
func (d *doc) caucusBeforeLegislature(k int) bool {
	if d.training || d.word(k+1) != "in" || d.inQuote(k) {
		return false
	}
	t := d.tokAt(k)
	if t.kind != tWord || !caucusHeads.has(t.lower) {
		return false
	}
	if !t.upper && !(caucusSides.has(t.lower) && d.tokAt(k-1).upper && caucusHeads.has(d.word(k-1))) {
		return false // "the Minority side in Parliament", not "the opposition in the House"
	}
	p := k + 2
	if d.word(p) == "the" {
		p++
	}
	return d.tokAt(p).upper && legislatureWords.has(d.word(p))
}

var caucusHeads = set("minority", "majority", "opposition", "caucus", "bench", "benches", "side")

var caucusSides = set("caucus", "bench", "benches", "side")

var legislatureWords = set("parliament", "assembly", "legislature", "congress", "senate", "house")
