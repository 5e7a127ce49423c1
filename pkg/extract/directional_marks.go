package extract

// Directional marks (U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) show no
// glyph. Pasted tweets carry them before a quotation mark ("\u202a”This
// is why ...,” said Kim"), where as a token of their own they kept the
// mark from opening its paragraph, and so its quotation. At inference the
// tokenizer skips them like spaces (tokenizeMarks); training keeps them as
// tokens, so the models' weights stay where they were. On the 3-seed CV
// sums on train: 3 more right statements in the speech slice, 6 in all
// slices, no more wrong ones (retraining with the marks skipped instead
// moved a dozen statements either way: retraining noise).

// invisibleFormat reports a directional mark.
func invisibleFormat(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r >= '\u202a' && r <= '\u202e' || r >= '\u2066' && r <= '\u2069'
}
