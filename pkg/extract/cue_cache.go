package extract

// The rules look up the cue of the same tokens again and again (the cue of
// a statement, the words after a cut point): cueAt caches cueOf(d.word(k))
// per token and document. The hot call sites use it; cueOf stays right
// everywhere.

// cueAt is cueOf(d.word(k)).
func (d *doc) cueAt(k int) (cueInfo, bool) {
	if uint(k) >= uint(len(d.toks)) || d.toks[k].kind != tWord {
		return cueInfo{}, false
	}
	if d.cueSlots == nil {
		d.cueSlots = int32sOfLen(d.bufs.cueSlots, len(d.toks))
		clear(d.cueSlots)
		d.bufs.cueSlots = d.cueSlots
	}
	// cueSlots[k]: 0 not looked up yet, -1 no cue, else 1 + the slot of the
	// word in cueTable
	switch s := d.cueSlots[k]; {
	case s > 0:
		return cueTable.vals[s-1], true
	case s < 0:
		return cueInfo{}, false
	}
	s, ok := cueTable.slot(d.toks[k].lower)
	if !ok {
		d.cueSlots[k] = -1
		return cueInfo{}, false
	}
	d.cueSlots[k] = int32(s) + 1
	return cueTable.vals[s], true
}

// cueInfoAt is cueInfoOf(d.word(k)).
func (d *doc) cueInfoAt(k int) cueInfo {
	c, _ := d.cueAt(k)
	return c
}

// slot returns the index of w in t.keys and whether w is there.
func (t *wordTable[V]) slot(w string) (uint32, bool) {
	if w == "" {
		return 0, false
	}
	mask := uint32(len(t.keys) - 1)
	for k := wordSlot(wordHash(w), t.shift) & mask; ; k = (k + 1) & mask {
		switch t.keys[k] {
		case w:
			return k, true
		case "":
			return 0, false
		}
	}
}

// int32sOfLen returns buf resliced to n elements, or a new slice if buf is
// too small; the contents are undefined.
func int32sOfLen(buf []int32, n int) []int32 {
	if cap(buf) < n {
		return make([]int32, n, n+n/2)
	}
	return buf[:n]
}
