package extract

// oneWordNamedObject reports a one-word object of an object verb (accuse,
// criticize, mention, ...) right after its cue: "never mentioned Ruiz.",
// "criticized Lee, who ...", "without mentioning him, but". The annotation
// takes the name as the statement; validForward drops one-word contents,
// which are mostly clause remnants, so this rule names its own shape: a
// capitalised name or an object pronoun that ends the content.
func (d *doc) oneWordNamedObject(a *attribution, fs, limit int) bool {
	if a.inverted || a.partOf != nil || fs != a.cue.e || a.cue.e-a.cue.s != 1 || limit != fs+1 || d.inQuote(fs) || d.toks[fs].kind != tWord {
		return false
	}
	if !objectVerbs.has(cueInfoOf(d.word(a.cue.s)).lemma) {
		return false
	}
	w := d.word(fs)
	return d.toks[fs].upper && !badContentStart.has(w) || w == "him" || w == "her" || w == "them"
}
