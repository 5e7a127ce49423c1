package extract

// Interview transcripts ("Q: ...", "A: ...", "SMITH: ...") are annotated
// unevenly: the answers' own frames ("I think ...") and the speaker labels
// compete for the same text. The accept model gets the paragraph's label
// kind so it can learn how each fares.

// transcriptLabel returns "qa" for a paragraph opened by a Q or A label,
// "name" for one opened by a capitalised speaker label and a colon
// ("FALLIN:"), or "".
func (d *doc) transcriptLabel(para int) string {
	k := d.paraS[para]
	if k >= d.paraS[para+1] || d.toks[k].kind != tWord {
		return ""
	}
	if w := d.toks[k].lower; (w == "q" || w == "a") && (d.punct(k+1) == ":" || d.punct(k+1) == ".") {
		return "qa"
	}
	for j := k; j < k+3 && j < d.paraS[para+1]; j++ {
		t := &d.toks[j]
		if t.kind != tWord {
			if d.punct(j) == ":" && j > k {
				return "name"
			}
			return ""
		}
		if !allUpper(d.text[t.s:t.e]) {
			return ""
		}
	}
	return ""
}

// allUpper reports a word of two or more letters without lower-case ones.
func allUpper(w string) bool {
	n := 0
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// transcriptFeatures marks a statement inside a transcript paragraph, with
// the kind of its subject.
func (d *doc) transcriptFeatures(a *attribution, subj string, f *feats) {
	si := a.sent
	if a.cue.ok() {
		si = d.sentOf[a.cue.s]
	}
	if l := d.transcriptLabel(d.sents[si].para); l != "" {
		f.add2(275 /* transcript,subj */, l, subj)
	}
}
