package extract

import "strings"

// joinTokenRuns makes one word of each run of tokens from i to end(i) when
// end(i) > i (symbol names, web domains): its text lowered, no abbreviation
// period of its own. The tokens are compacted from the first join on.
func (d *doc) joinTokenRuns(end func(i int) int) {
	out := -1
	for i := 0; i < len(d.toks); i++ {
		t := d.toks[i]
		if j := end(i); j > i {
			if out < 0 {
				out = i
			}
			t.e = d.toks[j].e
			t.lower = strings.ToLower(d.text[t.s:t.e])
			t.abbr = false
			i = j
		}
		if out >= 0 {
			d.toks[out] = t
			out++
		}
	}
	if out >= 0 {
		d.toks = d.toks[:out]
	}
}
