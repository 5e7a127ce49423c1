package extract

// handleSource returns the source after "according to" at k when it is a
// social-media handle ("according to @DownDetector", "according to
// @NWS_Houston"), or noRange: the source's noun phrase does not open at
// the handle's "@" mark (the tokenizer makes it a mark of its own), so the
// frame had no source and the sentence lost its statement. The handle
// runs as in handle_quote.go (handleEnd). Inference only, so the models
// train on the frames they were trained on; the corpus cites no handle so.
func (d *doc) handleSource(k int) rng {
	if d.training {
		return noRange
	}
	if h := d.handleEnd(k); h > k {
		return rng{k, h}
	}
	return noRange
}
