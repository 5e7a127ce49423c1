package extract

import "strings"

// "The Linden Museum of Decorative Arts ... (six paragraphs on) The museum
// said it would not comment", "The University of Carrow has suspended ...
// The university said": a body's nominal finds its name only among the
// earlier speakers and the runs of the last three paragraphs, so a body
// named in the lead and not heard from before stayed "museum". In the
// refined pass, when nothing nearer answers, "the" and a body's head noun
// (with at most one lower-case word before it, "the tenants'
// association") take the one name of the article before it holding those
// words capitalised ("Harborview Tenants' Association"); two different
// names holding them ("Lakeshore University") answer nothing. Session 28,
// hand-written long articles.

// namedBodyHeads are the head nouns a body's name holds and its nominal
// repeats.
var namedBodyHeads = set("museum", "university", "college", "school", "hospital", "clinic",
	"gallery", "library", "institute", "foundation", "association", "authority", "agency",
	"council", "commission", "committee", "union", "federation", "league", "institution",
	"society", "academy", "trust", "register", "bureau", "board", "chamber")

// maxSoleBodyWords bounds a nominal's words: "the", one modifier, the head.
const maxSoleBodyWords = 3

// soleNamedBody returns the one earlier name that frame a's body nominal
// repeats (see above).
func (r *resolver) soleNamedBody(a *attribution, head string) (Speaker, bool) {
	if !namedBodyHeads.has(head) {
		return Speaker{}, false
	}
	d := r.d
	s := a.subj
	n := s.e - s.s
	if n < 2 || n > maxSoleBodyWords+1 || d.word(s.s) != "the" || d.word(s.e-1) != head {
		return Speaker{}, false
	}
	words := 0
	for k := s.s + 1; k < s.e; k++ {
		switch t := d.tokAt(k); {
		case t.kind == tWord && !t.upper:
			words++
		case possessiveMark(d.punct(k)) && k > s.s+1 && d.tokAt(k-1).kind == tWord:
			// "the tenants' association": the plural's apostrophe
		default:
			return Speaker{}, false // "the Carrow university": a name of its own
		}
	}
	if words > maxSoleBodyWords-1 {
		return Speaker{}, false
	}
	found := rng{}
	for _, run := range r.runs {
		if run.s >= s.s {
			break
		}
		if d.toks[run.s].para == 0 {
			continue // a headline's capitals name nothing
		}
		for k := run.s; k < run.e; k++ {
			if !d.toks[k].upper || stripPossessive(d.word(k)) != head || !r.soleBodyModifiers(s, k) {
				continue
			}
			name := r.soleBodyName(run, k, n)
			if !name.ok() {
				continue
			}
			if found.ok() && !strings.EqualFold(r.textOf(found), r.textOf(name)) {
				return Speaker{}, false // two bodies of that kind
			}
			if !found.ok() {
				found = name
			}
		}
	}
	if !found.ok() {
		return Speaker{}, false
	}
	name := stripPossessive(r.textOf(found))
	if sp, ok := r.al.resolveShared(name); ok {
		return sp, true
	}
	return Speaker{ID: r.id(name), Name: name, Kind: SpeakerOrganization}, true
}

// soleBodyModifiers reports whether the words and apostrophes of the
// nominal s before its head stand before the capitalised head at k.
func (r *resolver) soleBodyModifiers(s rng, k int) bool {
	d := r.d
	for j := 1; j < s.e-s.s-1; j++ {
		if k-j < 0 || d.tokAt(k-j).kind != d.tokAt(s.e-1-j).kind {
			return false
		}
		if !strings.EqualFold(stripPossessive(d.word(k-j)), stripPossessive(d.word(s.e-1-j))) || d.punct(k-j) != d.punct(s.e-1-j) {
			return false
		}
	}
	return true
}

// possessiveMark: an apostrophe standing alone after a plural.
func possessiveMark(p string) bool { return p == "'" || p == "’" }

// soleBodyName is the name of run holding the head at k: its words up to
// the head, over "of" and a capitalised name after an institution's head
// ("University of Carrow"); none when an office follows the head
// ("Museum Director Anna Berg": a person).
func (r *resolver) soleBodyName(run rng, k, n int) rng {
	d := r.d
	from, to := min(run.s, k-(n-2)), k+1
	for from-1 >= 0 && d.tokAt(from-1).kind == tWord && d.toks[from-1].upper && d.toks[from-1].para == d.toks[k].para {
		from-- // "Harborview Tenants' Association": the run before the apostrophe
	}
	if d.word(from) == "the" {
		from++
	}
	if d.word(to) == "of" && d.tokAt(to+1).kind == tWord && d.toks[to+1].upper {
		to = d.capitalRunEnd(to+1, min(to+6, len(d.toks)))
	}
	if to < len(d.toks) && d.tokAt(to).kind == tWord && d.toks[to].upper && roleNouns.has(d.toks[to].lower) {
		return rng{}
	}
	if to-from < n-1 || to-from < 2 {
		return rng{} // "Museum" alone is no name
	}
	return rng{from, to}
}
