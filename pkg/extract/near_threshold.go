package extract

import "strings"

// presentMargin: how far above the accept threshold a present-tense
// statement must score to be kept (weakPresentStatement).
const presentMargin = 0.1

// weakPresentStatement reports an indirect statement whose cue is a
// third-person present form ("the data suggests that ...", "the ad points
// to ...", "the letter accuses ...") that the accept model keeps by less
// than presentMargin (above is p minus the threshold). News reports put
// what a person said in the past tense ("she said", "he pointed to"); a
// present-tense cue more often has a thing for its subject (a poll, an
// ad, a headline) and states what it shows, which is not a quotation.
// Speech cues only: a belief or finding ("she believes", "the poll
// shows") takes a higher threshold and its near ones are mostly right.
// On the held-out CV predictions of train (3 seeds) the accepted ones
// within the margin were right 4 times and wrong 21 times (3 and 11
// distinct statements; every seed loses more wrong than right). Inference
// only: the candidates train the models as before.
func (d *doc) weakPresentStatement(a *attribution, q *Quote, above float64) bool {
	if above >= presentMargin || q.Kind != KindIndirect || !q.IsSpeech || !a.cue.ok() {
		return false
	}
	w := d.word(a.cue.s)
	c, ok := cueOf(w)
	return ok && !c.past && !c.participle && w != c.lemma && strings.HasSuffix(w, "s")
}

// relativeMargin: how far above the accept threshold a belief, plan or
// stance whose subject is a relative pronoun must score to be kept
// (weakRelativeStance).
const relativeMargin = 0.1

// weakRelativeStance reports a belief, plan or stance frame whose subject
// is a relative pronoun ("Republicans who hoped to ...", "a donor who
// refused to ...") that the accept model keeps by less than
// relativeMargin. Such a frame describes who a person or group is by what
// they think or intend; it is background to the story, seldom a statement
// the article reports. On the held-out CV predictions of train (3 seeds)
// the accepted ones within the margin were right 2 times and wrong 10
// times (1 and 4 distinct statements); cv3: all tp -2 fp -10, speech and
// direct fp -10. Inference only.
func (d *doc) weakRelativeStance(a *attribution, q *Quote, above float64) bool {
	return above < relativeMargin && a.relative && !q.IsSpeech && !d.opinionCue(a)
}
