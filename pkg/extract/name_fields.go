package extract

import "strings"

// nameFields splits a speaker name at its spaces into buf without
// allocating (the words are slices of name); a name of more words than
// buf holds gives all of buf and false. The refined-pass name rules split
// every speaker's name, and strings.Fields cost an allocation each time.
func nameFields(buf []string, name string) ([]string, bool) {
	out := buf[:0]
	for w := range strings.FieldsSeq(name) {
		if len(out) == cap(out) {
			return out, false
		}
		out = append(out, w)
	}
	return out, true
}
