package article

import (
	"html"
	"regexp"
)

// Scraped text often keeps HTML character references though it has no
// tags ("&ldquo;We will go,&rdquo; he said."), so it is not taken for HTML
// (looksLikeHTML) and the extractor would see no quotation marks. A
// well-formed reference, closed by its semicolon, is decoded; an ampersand
// in running text ("AT&T", "R&D", "&notice") is left as it is, which
// html.UnescapeString alone would not do for the legacy names that need
// no semicolon ("&not").
var characterReference = regexp.MustCompile(`&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// decodeReferences decodes the character references of text and reports
// how many it decoded; a reference that names no character stays.
func decodeReferences(text string) (string, int) {
	n := 0
	out := characterReference.ReplaceAllStringFunc(text, func(ref string) string {
		dec := html.UnescapeString(ref)
		if dec != ref {
			n++
		}
		return dec
	})
	return out, n
}
