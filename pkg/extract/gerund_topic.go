package extract

import "strings"

// gerundTopic reports a gerund opening a topic at j ("talking about
// [rushing through the final steps, ...]", "talked about [raising the
// wage]"), which topicObjectEnd ends as a wh-topic, at its clause's first
// comma: the noun-phrase end stopped right after the gerund, leaving too
// little of the annotated topic. Inference only, as topicContentEnd is;
// cv3: all tp +3 fp -3, speech and direct unchanged.
func (d *doc) gerundTopic(j int) bool {
	t := d.tokAt(j)
	return t.kind == tWord && !t.upper && len(t.lower) > 5 && strings.HasSuffix(t.lower, "ing") && !d.inQuote(j) && !nounish.has(t.lower)
}
