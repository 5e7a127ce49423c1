package extract

import (
	"strings"
	"unsafe"
)

// lowerScratch returns s in ASCII lower case in the resolver's scratch
// buffer, without an allocation: the session-23 name rules look up every
// speaker's words in the word lists. The string is valid until the next
// call and must never be kept.
func (r *resolver) lowerScratch(s string) string {
	if len(s) > len(r.scratch) {
		return strings.ToLower(s)
	}
	if s == "" {
		return ""
	}
	b := r.scratch[:0]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return unsafe.String(&b[0], len(b))
}
