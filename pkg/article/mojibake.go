package article

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Feeds and scrapers that decode UTF-8 as Windows-1252 turn “We” into
// â€œWeâ€, don’t into donâ€™t and élite into Ã©lite; some do it twice.
// The extractor then finds no quotation marks and broken names, and the
// same article arrives with two texts. repairMojibake undoes it where the
// Windows-1252 bytes of a run of characters are the UTF-8 encoding of one
// character: a lead byte (Â to ï) and its continuation bytes. A word of
// real text never has that shape ("São" does not: "o" continues nothing).

// maxMojibakeRounds undoes a double decoding ("Ã¡" from "ÃƒÂ¡") too.
const maxMojibakeRounds = 2

// repairMojibake returns s with such runs decoded, and how many it decoded.
func repairMojibake(s string) (string, int) {
	total := 0
	for range maxMojibakeRounds {
		out, n := repairMojibakeOnce(s)
		if n == 0 {
			break
		}
		s, total = out, total+n
	}
	return s, total
}

func repairMojibakeOnce(s string) (string, int) {
	if !strings.ContainsFunc(s, mojibakeLead) {
		return s, 0 // most texts: no copy
	}
	var b strings.Builder
	n := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if mojibakeLead(r) {
			if fixed, used, ok := decodeMojibake(s[i:]); ok {
				b.WriteRune(fixed)
				i += used
				n++
				continue
			}
		}
		b.WriteString(s[i : i+size])
		i += size
	}
	if n == 0 {
		return s, 0
	}
	return b.String(), n
}

// mojibakeLead reports a character whose Windows-1252 byte leads a
// two- or three-byte UTF-8 sequence (C2 to EF).
func mojibakeLead(r rune) bool { return r >= 0xC2 && r <= 0xEF }

// decodeMojibake decodes the character at the start of s whose Windows-1252
// bytes are one UTF-8 encoded character; used is the bytes of s it spans.
func decodeMojibake(s string) (fixed rune, used int, ok bool) {
	var buf [3]byte
	lead, size := utf8.DecodeRuneInString(s)
	buf[0] = byte(lead)
	want := 2
	if lead >= 0xE0 {
		want = 3
	}
	used = size
	for k := 1; k < want; k++ {
		r, size := utf8.DecodeRuneInString(s[used:])
		c, ok := windows1252Byte(r)
		if !ok || c < 0x80 || c > 0xBF {
			return 0, 0, false
		}
		buf[k] = c
		used += size
	}
	fixed, n := utf8.DecodeRune(buf[:want])
	if fixed == utf8.RuneError || n != want || !plausibleRepair(fixed) {
		return 0, 0, false
	}
	return fixed, used, true
}

// windows1252Byte is the Windows-1252 byte of r; the five bytes that code
// page leaves undefined come through as the C1 controls of the same value.
func windows1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0x9F {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

// plausibleRepair: what news text holds, letters, marks, punctuation,
// symbols and spaces, not controls or private-use characters.
func plausibleRepair(r rune) bool {
	return r >= 0xA0 && (unicode.IsLetter(r) || unicode.IsMark(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) ||
		unicode.IsSpace(r) || unicode.IsDigit(r))
}
