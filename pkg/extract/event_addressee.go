package extract

// "Sheinbaum told her daily news conference that ...", "told a weekly
// briefing that ...", "told an evening rally that ...": the addressee of a
// tell-cue is an event whose time adjective ("daily", "morning") the
// forward walk read as an adverb or a time word. The content then opened
// with the event ("a weekly briefing that Mexico would respond"), or after
// "her", read as the object pronoun, the statement was lost. An event noun
// phrase with such an adjective is skipped as the addressee. At inference
// only (forwardStart), so the models do not move; train has no such
// addressee after "told". Session 22, hand-written probes.

// eventTimeAdjectives describe when an event is held.
var eventTimeAdjectives = set("daily", "weekly", "monthly", "nightly", "regular", "morning",
	"afternoon", "evening", "annual", "televised", "weekend")

// eventAddresseeEnd returns the token after an event addressee at j ("her
// daily news conference"; the events of objectend.go's eventHeads), or j.
func (d *doc) eventAddresseeEnd(j, limit int) int {
	if d.training || d.inQuote(j) {
		return j
	}
	switch d.word(j) {
	case "a", "an", "the", "her", "his", "their", "its", "our":
	default:
		return j
	}
	timed := false
	for k := j + 1; k < limit && k <= j+5; k++ {
		t := d.tokAt(k)
		if t.kind != tWord || t.upper || d.inQuote(k) {
			return j
		}
		if eventHeads.has(t.lower) {
			if !timed || k+1 >= limit {
				return j // "told a news conference": read so already
			}
			return k + 1
		}
		if eventTimeAdjectives.has(t.lower) {
			timed = true
		} else if !eventModifiers.has(t.lower) {
			return j
		}
	}
	return j
}

// eventModifiers may stand between the time adjective and the event.
var eventModifiers = set("news", "press", "government", "campaign", "party", "joint", "emergency",
	"cabinet", "public", "online", "virtual", "media", "regular", "early", "late")
