package extract

// One person, one speaker id whatever the accents: wire services and
// English-language papers write "Erdogan", "Jose", "Lopez Obrador" where
// others write "Erdoğan", "José", "López Obrador", often in the same week,
// and the slug of SpeakerID kept the accented letters, so each spelling
// made a speaker of its own (the alias table joins only the people it
// lists). The id folds the Latin letters with diacritics to their base
// letters ("josé-martínez" -> "jose-martinez"); the speaker's name keeps
// them as written. Letters of other scripts stay as they are. Session 21,
// hand-written probes; speaker ids only (no name, kind or statement of
// train or dev changes).

// latinFold holds the ASCII form of the Latin-1 and Latin Extended-A
// letters, U+00C0 to U+017F, indexed from U+00C0; "" for the two signs
// among them (× ÷), which are no letters.
var latinFold = [...]string{
	// U+00C0: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	// U+00D0: Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "ss",
	// U+00E0: à á â ã ä å æ ç è é ê ë ì í î ï
	"a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
	// U+00F0: ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ
	"d", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "th", "y",
	// U+0100: Ā ā Ă ă Ą ą Ć ć Ĉ ĉ Ċ ċ Č č Ď ď
	"a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
	// U+0110: Đ đ Ē ē Ĕ ĕ Ė ė Ę ę Ě ě Ĝ ĝ Ğ ğ
	"d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
	// U+0120: Ġ ġ Ģ ģ Ĥ ĥ Ħ ħ Ĩ ĩ Ī ī Ĭ ĭ Į į
	"g", "g", "g", "g", "h", "h", "h", "h", "i", "i", "i", "i", "i", "i", "i", "i",
	// U+0130: İ ı Ĳ ĳ Ĵ ĵ Ķ ķ ĸ Ĺ ĺ Ļ ļ Ľ ľ Ŀ
	"i", "i", "ij", "ij", "j", "j", "k", "k", "k", "l", "l", "l", "l", "l", "l", "l",
	// U+0140: ŀ Ł ł Ń ń Ņ ņ Ň ň ŉ Ŋ ŋ Ō ō Ŏ ŏ
	"l", "l", "l", "n", "n", "n", "n", "n", "n", "n", "n", "n", "o", "o", "o", "o",
	// U+0150: Ő ő Œ œ Ŕ ŕ Ŗ ŗ Ř ř Ś ś Ŝ ŝ Ş ş
	"o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
	// U+0160: Š š Ţ ţ Ť ť Ŧ ŧ Ũ ũ Ū ū Ŭ ŭ Ů ů
	"s", "s", "t", "t", "t", "t", "t", "t", "u", "u", "u", "u", "u", "u", "u", "u",
	// U+0170: Ű ű Ų ų Ŵ ŵ Ŷ ŷ Ÿ Ź ź Ż ż Ž ž ſ
	"u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "s",
}

// foldLatin returns the ASCII letters of a Latin letter with a diacritic
// ("é" -> "e", "ß" -> "ss"), or "" for any other rune.
func foldLatin(r rune) string {
	switch {
	case r >= 0xC0 && r < 0x180:
		return latinFold[r-0xC0]
	case r == 'Ș' || r == 'ș': // Romanian, U+0218/9
		return "s"
	case r == 'Ț' || r == 'ț':
		return "t"
	case r == 'Ơ' || r == 'ơ': // Vietnamese horned letters, U+01A0/1
		return "o"
	case r == 'Ư' || r == 'ư': // U+01AF/B0
		return "u"
	case r >= 0x1CD && r <= 0x1DC: // pinyin tones: Ǎ ǎ Ǐ ǐ Ǒ ǒ Ǔ ǔ Ǖ ... ǜ
		return pinyinFold[(r-0x1CD)/2]
	case r >= 0x1EA0 && r <= 0x1EF9: // Vietnamese: Ạ ạ ... Ỹ ỹ
		return vietFold(r)
	}
	return ""
}

// pinyinFold holds the base letters of U+01CD to U+01DC by pairs of
// capital and small letter: Ǎ Ǐ Ǒ Ǔ, then ü with four tones (Ǖ Ǘ Ǚ Ǜ).
var pinyinFold = [...]string{"a", "i", "o", "u", "u", "u", "u", "u"}

// vietFold returns the base letter of a Vietnamese letter with tone marks,
// U+1EA0 to U+1EF9 ("Phạm Minh Chính" -> "pham-minh-chinh", session 26):
// the block runs by base letter, a (to U+1EB7), e (U+1EC7), i (U+1ECB), o
// (U+1EE3), u (U+1EF1) and y.
func vietFold(r rune) string {
	switch {
	case r <= 0x1EB7:
		return "a"
	case r <= 0x1EC7:
		return "e"
	case r <= 0x1ECB:
		return "i"
	case r <= 0x1EE3:
		return "o"
	case r <= 0x1EF1:
		return "u"
	}
	return "y"
}
