package extract

// Talk in the progressive: "Trump was talking about America's defense
// commitments", "He is now talking about immigration in a new way". What
// the subject talks about is the statement, as with "talked about"
// (topic_frames.go), whose participle frames only after a comma or "by".
// On train 10 of the 11 "is/was/were/are/been (adverb) talking about"
// phrases outside quotations with an object after "about" and no negative
// subject carry an annotated statement ("what he was talking about," has
// no object; "Nobody is talking about ..." no speaker). The frame is built
// and accepted by rule at inference only (attribution.ruleAccepted), so the
// models train on the same candidates; its content ends as a topic verb's
// (topicContentEnd).

// progressiveTalkingAdverbs may stand between the auxiliary and "talking".
var progressiveTalkingAdverbs = set("now", "also", "already", "still", "just", "even", "again")

// progressiveTalkingCue returns the end of the cue "talking about" at i in
// the progressive after its subject, or -1.
func (d *doc) progressiveTalkingCue(s sentence, i int) int {
	if d.training || d.word(i) != "talking" || d.inQuote(i) || d.toks[i].upper {
		return -1
	}
	k := i - 1
	for k > s.s && !d.inQuote(k) && (d.adverbAt(k) || progressiveTalkingAdverbs.has(d.word(k))) {
		k--
	}
	switch d.word(k) {
	case "is", "are", "was", "were", "'s", "’s", "'re", "’re":
	case "been":
		if w := d.word(k - 1); w != "has" && w != "have" && w != "had" {
			return -1
		}
		k--
	default:
		return -1
	}
	if k-1 < s.s || d.inQuote(k) || d.inQuote(k-1) {
		return -1
	}
	if p := d.word(k - 1); p == "" || relativeWords.has(p) || p == "what" {
		return -1
	}
	e := i + 1
	if d.word(e) != "about" || d.inQuote(e) || !d.topicObject(e+1) {
		return -1 // "what he was talking about,": the object went before
	}
	for x := s.s; x < k; x++ {
		if d.inQuote(x) {
			continue
		}
		if w := d.word(x); w == "nobody" || w == "no" || w == "none" || w == "not" || cueInfoOf(w).class != 0 {
			return -1 // no speaker, or a report's content ("said he was talking about")
		}
	}
	return e + 1
}
