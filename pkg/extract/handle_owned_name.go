package extract

import "strings"

// "“Huge win for the fans,” tweeted @espn's Adam Schefter": a handle's
// possessive before a person's name (a medium's reporter, a team's coach)
// signs the quotation with the name, not the handle. handleQuoteFrame
// (handle_quote.go) took "@espn's" for the handle and, a name following
// it instead of the sentence's end, built no frame (or the handle's).
// Inference only, as handleQuoteFrame: two or three capitalised words
// after the possessive handle are the speaker's name.

// handleOwnedName returns the end of the capitalised name of two or three
// words after a handle ending at h in a possessive ("@espn's"), or h.
func (d *doc) handleOwnedName(h int) int {
	if w := d.word(h - 1); !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") {
		return h
	}
	n := d.capitalRunEnd(h, len(d.toks))
	if n-h < 2 || n-h > 3 {
		return h
	}
	return n
}
