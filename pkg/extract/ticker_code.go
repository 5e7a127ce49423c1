package extract

// Wire business copy follows a company's name with its Reuters
// instrument code in parentheses: "Acme Corp (ACME.O) said on Tuesday ...",
// "Toyota Motor Corp (7203.T) said ...", "BHP Group (BHP.AX) said ...".
// The code's full stop ended the sentence, so the company lost its
// statement: the subject and the cue fell into different sentences. A
// full stop between a code of capitals or digits and an exchange suffix of
// one to three capitals, right before the closing parenthesis, with no
// space anywhere from "(" to ")", ends no sentence. Inference only (the
// training corpus has no such code). Session 22, hand-written business
// probes.

// tickerDot reports the full stop at i inside an instrument code.
func (d *doc) tickerDot(i int) bool {
	if d.training || d.punct(i) != "." || d.punct(i-2) != "(" || d.punct(i+2) != ")" {
		return false
	}
	code, ex := d.tokAt(i-1), d.tokAt(i+1)
	if code.kind != tWord || ex.kind != tWord || len(ex.lower) > 3 || !codeWord(d.text[code.s:code.e]) || !isAllCapsOrOne(d.text[ex.s:ex.e]) {
		return false
	}
	open, dot, close := d.tokAt(i-2), d.tokAt(i), d.tokAt(i+2)
	return open.e == code.s && code.e == dot.s && dot.e == ex.s && ex.e == close.s
}

// codeWord: capitals and digits only ("ACME", "7203", "BRKb" not).
func codeWord(w string) bool {
	if w == "" || len(w) > 8 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !('A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	return true
}

// isAllCapsOrOne: an exchange suffix, one to three capitals ("O", "AX").
func isAllCapsOrOne(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return w != ""
}
