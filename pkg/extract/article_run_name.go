package extract

// "Leader of the Opposition in the Lok Sabha Rahul Gandhi said": the
// subject finder took "the Lok Sabha Rahul Gandhi", and the name kept the
// house's name. A person's name takes no article: in a capitalised run
// after "the", the words before a known first name that two or more words
// of the run follow name a body or place, not the person. Session 22,
// hand-written Indian-news probe; refined pass only (nameAfterTitle's
// result is). No train prediction changes.

// afterArticleRun reports a run core opening after "the" (at inference).
func (d *doc) afterArticleRun(core rng) bool {
	return !d.training && d.word(core.s-1) == "the"
}
