package extract

// "The senator told CNN in an interview that aired Sunday that the bill
// would pass", "told Yahoo News in a story that posted this week that he
// believes ...": the first "that" opens a relative clause on the medium,
// the second the statement. The content began at the first ("that aired
// Sunday that the bill would pass"). At inference a "that" right after a
// medium noun, followed by a verb and, within eight words, another "that",
// gives the content to the second. Session 23, hand-written probes.

// mediumRelativeNouns are the media a relative clause describes.
var mediumRelativeNouns = set("interview", "story", "article", "statement", "post", "video", "segment",
	"broadcast", "op-ed", "letter", "memo", "speech", "appearance", "podcast", "show", "programme",
	"program", "report", "column", "essay", "documentary", "profile", "piece", "editorial", "tweet",
	"briefing", "conference", "address", "call", "hearing", "message", "email", "release", "session", "rally", "event")

// mediumRelativeVerbs open a relative clause on a medium: when or where
// it ran ("an interview that aired Sunday", "a story that posted this
// week", "a briefing that was broadcast live"). Other verbs are too often
// the statement's own ("a statement that sought to address the issues that
// ...": the second "that" is a relative too).
var mediumRelativeVerbs = set("aired", "airs", "ran", "runs", "posted", "published", "appeared", "appears",
	"was", "is", "will", "streamed", "broadcast", "went", "aired", "publishes")

// mediumRelativeEnd returns the "that" of the statement after a relative
// clause on a medium at j (a "that"), or -1. Inference only.
func (d *doc) mediumRelativeEnd(j, limit int) int {
	if d.training || d.word(j) != "that" || d.inQuote(j) || !mediumRelativeNouns.has(d.word(j-1)) {
		return -1
	}
	v := d.word(j + 1)
	if !mediumRelativeVerbs.has(v) {
		return -1 // "in an interview that Lee ...", "in a statement that taxes were": "that" opens the statement
	}
	for k := j + 2; k < limit && k < j+10; k++ {
		if d.inQuote(k) || d.tokAt(k).kind != tWord {
			return -1
		}
		if d.word(k) == "that" {
			return k
		}
	}
	return -1
}
