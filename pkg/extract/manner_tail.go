package extract

import "strings"

// A manner phrase after the cue of a frame that follows its content ("The
// deal was done, the source said under oath.", "..., he said on camera.",
// "..., she said off the record.") was read as the forward content, and the
// clause before the comma was lost. Such a phrase (mannerTails) tells how
// the words were said, never what: at inference it is no content and the
// backward clause is, as after "as talks collapsed" (subordinate_tail.go).
// Only when the phrase ends the sentence (or a clause at a comma) and the
// clause before the frame opens its sentence with three words or more.
// Training keeps the old contents, so the models do not move.
// Session 24, hand-written probes.

var mannerTails = []string{
	"under oath", "under questioning", "under cross-examination",
	"on camera", "off camera", "on the record", "off the record", "on air", "off air",
}

// mannerTail reports that the words from fs on, right after frame a's
// cue, are a manner phrase ending the sentence or clause. Inference only.
func (d *doc) mannerTail(a *attribution, fs int) bool {
	if d.training || a.inverted || fs != a.cue.e || d.inQuote(fs) || a.left < 1 {
		return false
	}
	w := d.word(fs)
	if w != "under" && w != "on" && w != "off" || !tailCues.has(cueInfoOf(d.word(a.cue.s)).lemma) {
		return false
	}
	for _, m := range mannerTails {
		if !strings.HasPrefix(m, w+" ") {
			continue
		}
		n := strings.Count(m, " ") + 1
		var b strings.Builder
		for k := fs; k < fs+n; k++ {
			if k > fs {
				b.WriteByte(' ')
			}
			b.WriteString(d.word(k))
		}
		if e := fs + n; b.String() == m && (isTerminal(d.punct(e)) || d.punct(e) == "," || e >= len(d.toks) || d.tokAt(e).para != d.tokAt(fs).para) {
			return d.backClauseComma(a.left - 1)
		}
	}
	return false
}

// The same phrases before a that-clause ("He said under oath that the deal
// was done", "said on the record that ...") opened the forward content;
// at inference the content opens at "that".

// mannerPhraseEnd returns the token after a manner phrase (mannerTails)
// at k, or -1.
func (d *doc) mannerPhraseEnd(k int) int {
	w := d.word(k)
	if w != "under" && w != "on" && w != "off" || d.inQuote(k) {
		return -1
	}
	for _, m := range mannerTails {
		rest, ok := strings.CutPrefix(m, w+" ")
		if !ok {
			continue
		}
		j := k + 1
		for _, p := range strings.Split(rest, " ") {
			if d.word(j) != p {
				j = -1
				break
			}
			j++
		}
		if j > 0 {
			return j
		}
	}
	return -1
}

// mannerStart returns the start of forward content fwd of frame a past a
// manner phrase right after the cue and before "that". Inference only.
func (d *doc) mannerStart(a *attribution, fwd rng) int {
	if d.training || fwd.s != a.cue.e {
		return fwd.s
	}
	if j := d.mannerPhraseEnd(fwd.s); j > 0 && j < fwd.e-1 && d.word(j) == "that" {
		return j
	}
	return fwd.s
}
