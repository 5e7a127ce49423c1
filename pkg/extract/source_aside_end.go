package extract

// endBeforeSourceAside ends, at inference, a forward content before the
// wire-service asides that tell how the source spoke or what it left out,
// not what it said:
//
//	Officials told Reuters the toll could rise, speaking on condition of anonymity.
//	The official said talks had stalled, who asked not to be named ...
//	The ministry said 23 people had died, without giving details.
//	The minister said the plan was working, speaking to reporters in Geneva.
//
// A comma, then "speaking" with a preposition or "anonymously", "who spoke
// / asked / declined / requested ...", "asking not to be named",
// "declining to be identified", "requesting anonymity", "on (the)
// condition of anonymity", or "without" with a gerund of giving details
// ("without giving details", "without elaborating"). Only after three words
// of content, outside quotation marks. Such asides are rare in the US
// corpus: no forward content of the design docs' gold runs through one (in
// its six ", speaking ..." cases the aside stands between two quoted
// parts), and the fix changes no prediction on train; it lands on its
// hand-written probes. Training keeps the old contents, so the models do
// not move (doc.go).
func (d *doc) endBeforeSourceAside(a *attribution) {
	d.endAtCommaBoundary(a, 1, func(k int) bool { return d.sourceAsideAt(k + 1) })
}

// sourceAsideAt reports a source aside (endBeforeSourceAside) opening at k.
func (d *doc) sourceAsideAt(k int) bool {
	if d.inQuote(k) {
		return false
	}
	w, n := d.word(k), d.word(k+1)
	switch w {
	case "speaking":
		return n == "anonymously" || speakingPreps.has(n)
	case "who":
		// "who spoke on condition of anonymity", "who asked not to be named"
		return (n == "spoke" || n == "was" && d.word(k+2) == "speaking") && d.anonymityAhead(k+2) ||
			(n == "asked" || n == "declined" || n == "requested" || n == "requests") && d.anonymityAhead(k+2)
	case "asking", "declining", "requesting":
		return d.anonymityAhead(k + 1)
	case "on":
		return (n == "condition" || n == "the" && d.word(k+2) == "condition") && d.anonymityAhead(k+1)
	case "without":
		return withheldGerunds.has(n)
	}
	return false
}

// anonymityAhead reports a request for anonymity within a few words from
// k: "anonymity", "anonymous", "not to be named|identified", "to be
// named|identified" (after "declined").
func (d *doc) anonymityAhead(k int) bool {
	for j := k; j < k+6; j++ {
		switch d.word(j) {
		case "anonymity", "anonymous", "anonymously":
			return true
		case "named", "identified":
			return d.word(j-1) == "be"
		case "":
			return false
		}
	}
	return false
}

// speakingPreps follow "speaking" in an aside on the occasion ("speaking to
// reporters", "speaking at a news conference", "speaking by phone",
// "speaking on condition of anonymity").
var speakingPreps = set("to", "at", "on", "by", "from", "in", "after", "during", "before", "outside", "via", "with")

// withheldGerunds follow "without" in a writer's note on what the source
// did not say ("without giving details", "without elaborating").
var withheldGerunds = set("giving", "providing", "offering", "elaborating", "citing", "specifying", "disclosing", "naming",
	"identifying", "presenting", "explaining", "saying")
