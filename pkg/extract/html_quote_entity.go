package extract

import "strings"

// Scraped text may keep its quotation marks as HTML entities ("&ldquo;We
// will go,&rdquo; he said", "&quot;", "&#8220;") or type them as double
// primes ("″We will go,″ he said"). The ingest service decodes entities
// (pkg/article/entities.go), but the extractor reads any text as given, its
// offsets referring to it, and found no quotation at all. The tokenizer
// now reads such an entity as one quotation-mark token over its bytes, and
// a double prime as a straight mark, except after a digit (5′11″). Train
// has neither (no model moves); hand-written probes. Session 25.

// htmlQuoteEntity returns the length of a double quotation mark's HTML
// entity at the start of s and its role (qOpen, qClose, or 0 for a
// straight mark whose role the neighbours give), or 0.
func htmlQuoteEntity(s string) (int, int8) {
	if len(s) < 5 || s[0] != '&' {
		return 0, 0
	}
	semi := strings.IndexByte(s[:min(len(s), 9)], ';')
	if semi < 0 {
		return 0, 0
	}
	switch strings.ToLower(s[1:semi]) {
	case "quot", "#34", "#x22":
		return semi + 1, 0
	case "ldquo", "#8220", "#x201c", "laquo", "#171", "bdquo", "#8222":
		return semi + 1, qOpen
	case "rdquo", "#8221", "#x201d", "raquo", "#187":
		return semi + 1, qClose
	}
	return 0, 0
}

// doublePrimeMark reports a double prime at i used as a quotation mark:
// not after a digit ("5′11″").
func doublePrimeMark(text string, i int) bool {
	return i == 0 || !isDigit(text[i-1])
}
