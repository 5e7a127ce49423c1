package extract

// gerundObjectContent reports an "-ing" word right after a cue that takes
// a noun-phrase object, opening that object: "proposed raising taxes",
// "mentioned raising the minimum wage", "described cascading changes".
// The "-ing" guard of validForward is for a participle after a comma
// ("said, referring to ..."); with no comma between, the word heads or
// modifies the object. At inference only: the frames stay as they were in
// training, where a few changed candidates shift the accept model's
// weights for every other statement.
func (d *doc) gerundObjectContent(a *attribution, c cueInfo, fs int) bool {
	if d.training || a.inverted || fs != a.cue.e || a.cue.e-a.cue.s != 1 || d.inQuote(fs) || c.participle {
		return false
	}
	if !objectVerbs.has(c.lemma) && !gerundObjectCues.has(c.lemma) {
		return false
	}
	w := d.word(a.cue.s - 1)
	if w == "to" || w == "be" || w == "is" || w == "was" || w == "were" || w == "are" || w == "been" {
		return false // an infinitive plan ("to disclose ...") or a passive
	}
	if fs+1 >= len(d.toks) {
		return false
	}
	n := d.tokAt(fs + 1)
	return n.kind == tWord && !n.upper || d.isQuote(fs+1)
}

// gerundObjectCues take a gerund object besides objectVerbs: "described
// cascading changes", "suggested raising taxes", "considered selling".
var gerundObjectCues = set("describe", "suggest", "consider", "oppose", "urge")
