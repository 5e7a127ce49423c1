package extract

// "Rescue workers were digging through the rubble, a local official said
// by phone.", "..., a police spokesman told AFP by telephone.": the medium
// after "by" ends the sentence after a backward frame. fillContent takes
// a content before the frame only when what follows the cue is nothing, a
// comma, a preposition of adjuncts ("in a statement", "on Monday") or, for
// "tell", a name; "by" was none of them (it reads as a passive's agent),
// so the statement had no frame at all. wire_adjuncts.go reads the same
// medium before a forward content ("said by phone that ..."). At
// inference, "by" and a medium of byMedia ("phone", "email", "text
// message"), after an addressee of capitalised words for "tell", ending
// the sentence or its clause (after a day: "by email on Monday"), are
// such a tail. Session 24, hand-written
// disaster probes; training keeps its frames, so the models do not move.
// Train predictions: see the commit.

// byMediumTail reports, at inference, such a tail at fs.
func (d *doc) byMediumTail(a *attribution, fs, limit int) bool {
	if d.training || fs >= limit || d.inQuote(fs) {
		return false
	}
	j := fs
	if a.class == cueTell {
		for j < limit && j < fs+3 && d.tokAt(j).kind == tWord && d.tokAt(j).upper && !d.inQuote(j) {
			j++ // "told AFP by phone"
		}
	}
	if d.word(j) != "by" || !byMedia.has(d.word(j+1)) {
		return false
	}
	k := j + 2
	if w1, w2 := d.word(j+1), d.word(k); (w1 == "text" || w1 == "video") && (w2 == "message" || w2 == "link" || w2 == "call") {
		k++ // "by text message", "by video link"
	}
	if d.word(k) == "on" && timeWords.has(d.word(k+1)) {
		k += 2 // "by email on Monday"
	} else if timeWords.has(d.word(k)) {
		k++ // "by phone Monday"
	}
	return k >= limit || d.punct(k) == "," || isTerminal(d.punct(k))
}
