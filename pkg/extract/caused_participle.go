package extract

// Caused reports after a participle: "The yen weakened past 155, prompting
// Japan's top currency diplomat Masato Kanda to warn that ...", "The vote
// failed, leading the speaker to say that ...". The participle's object
// speaks through the infinitive (caused_infinitive.go), but the purpose
// reading ("stood at the event to say", purpose_infinitive.go) reached
// back over it to the sentence's verb and gave the frame the sentence's
// subject. At inference only a verb of causing stops that reading, and the
// object may be a longer noun phrase (a title before a name): the frames
// of training, and so the models, stay as they were.

// causedAtInference reports a verb of causing met at inference.
func (d *doc) causedAtInference(w string) bool {
	return !d.training && causingVerbs.has(w)
}

// causedObjectReach is how far back from "to" the verb of causing may be:
// eight tokens in training, twelve at inference ("prompting Japan's top
// currency diplomat Masato Kanda to").
func (d *doc) causedObjectReach() int {
	if d.training {
		return 8
	}
	return 12
}

// causedTellAtInference reports, at inference only, a telling verb at i
// with its clause right after it ("prompting Kanda to warn that ..."):
// with no addressee it is said as a speech verb is.
func (d *doc) causedTellAtInference(c cueInfo, i int) bool {
	return !d.training && c.class == cueTell && d.word(i+1) == "that" && !d.inQuote(i+1)
}
