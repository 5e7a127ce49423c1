package statements

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

// Word alignment scores. Texts are aligned locally (Smith–Waterman over
// words): a matching word scores scoreMatch; a changed word, or a word of
// the checked text missing from the other, costs penMismatch/penSkipQuery;
// a word of the other text skipped (an ellipsis, a trimmed word) costs only
// penSkipText. The best alignment divided by scoreMatch times the checked
// text's length is the score: 1 is every word in order.
const (
	scoreMatch   = 10
	penMismatch  = 5
	penSkipQuery = 5
	penSkipText  = 1
)

// align returns the best local alignment score of a within b. Word id 0
// (unknown) matches nothing. dp needs len(b)+1 entries.
func align(a, b []uint32, dp []int32) int32 {
	row := dp[:len(b)+1]
	clear(row)
	best := int32(0)
	for _, w := range a {
		diag, left := int32(0), int32(0)
		for j, v := range b {
			up := row[j+1]
			var h int32
			if w != 0 && w == v {
				h = diag + scoreMatch
			} else {
				h = diag - penMismatch
			}
			if s := up - penSkipQuery; s > h {
				h = s
			}
			if s := left - penSkipText; s > h {
				h = s
			}
			if h < 0 {
				h = 0
			}
			diag, left = up, h
			row[j+1] = h
			if h > best {
				best = h
			}
		}
	}
	return best
}

func growDP(dp []int32, n int) []int32 {
	if cap(dp) < n+1 {
		return make([]int32, n+1)
	}
	return dp[:n+1]
}

// similar is the grouping relation: the shorter text aligns with the longer
// at MergeThreshold or better (both ways for equal lengths, so it is
// symmetric). A text shorter than minExcerptWords is measured against the
// longer one's length, so it must match nearly whole.
func similar(a, b []uint32, dp []int32) bool {
	return float64(similarity(a, b, dp)) >= MergeThreshold
}

func similarity(a, b []uint32, dp []int32) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	s := align(a, b, dp)
	if len(a) == len(b) {
		s = max(s, align(b, a, dp))
	}
	den := len(a)
	if den < minExcerptWords {
		den = len(b)
	}
	return min(1, float64(s)/float64(scoreMatch*den))
}

// textIDs maps the words of texts to ids in a private vocabulary.
func textIDs(texts ...string) [][]uint32 {
	vocab := map[string]uint32{}
	out := make([][]uint32, len(texts))
	for i, t := range texts {
		eachWord(t, nil, func(w []byte) {
			id, ok := vocab[string(w)]
			if !ok {
				id = uint32(len(vocab) + 1)
				vocab[string(w)] = id
			}
			out[i] = append(out[i], id)
		})
	}
	return out
}

// Similarity is the measure by which two appearances by one speaker are
// grouped as one statement (at MergeThreshold or above), in [0, 1]. It is
// symmetric.
func Similarity(a, b string) float64 {
	ids := textIDs(a, b)
	return similarity(ids[0], ids[1], make([]int32, max(len(ids[0]), len(ids[1]))+1))
}

// Score is how well the words of query match text, in [0, 1], as Check
// scores them: 1 when every word of query occurs in text in order. A query
// shorter than five words must match (nearly) the whole of a longer text.
func Score(query, text string) float64 {
	ids := textIDs(query, text)
	return score(ids[0], ids[1], make([]int32, len(ids[1])+1))
}

// score divides the alignment by the query's length, or by the text's up
// to minExcerptWords for a shorter query: a three-word excerpt of a long
// statement is not evidence that it was said.
func score(q, t []uint32, dp []int32) float64 {
	if len(q) == 0 {
		return 0
	}
	den := max(len(q), min(len(t), minExcerptWords))
	return min(1, float64(align(q, t, dp))/float64(scoreMatch*den))
}

// Check errors.
var (
	ErrNoWords = errors.New("no words to match after normalisation")
	ErrTooLong = fmt.Errorf("more than %d words", MaxCheckWords)
)

// MaxCheckWords is the most words Check accepts.
const MaxCheckWords = 1000

// CheckOptions tune Check.
type CheckOptions struct {
	// PreferSpeaker: candidates by this speaker are verified even beyond
	// the usual candidate limit, so a match by them is not crowded out.
	PreferSpeaker string
	// SameSpeakerIDs are other ids of PreferSpeaker's speaker (see
	// SearchQuery.SameSpeakerIDs), preferred too.
	SameSpeakerIDs []string
	// Max is the most matches returned; 0 or less returns every match.
	Max int
}

// Match is a statement whose words match the checked text.
type Match struct {
	Statement Statement
	// Score in [MatchThreshold, 1]: the best score of any appearance.
	Score float64
	// QuoteID is the appearance that matched best.
	QuoteID string
}

type cand struct {
	app  uint32
	hits uint32
}

// Check returns the statements whose words match text, exactly or
// approximately (case, punctuation, typography, a few changed, missing or
// extra words; text may be an excerpt of four words or more), best first:
// by score, then the earlier statement. Candidates are the appearances that
// share a shingle with text (posting lists longer than maxPosting are
// skipped); at most candidateCap of them, those sharing the most, plus
// preferCap by PreferSpeaker, are scored.
func (x *Index) Check(text string, opt CheckOptions) ([]Match, error) {
	words := Words(text)
	switch {
	case len(words) == 0:
		return nil, ErrNoWords
	case len(words) > MaxCheckWords:
		return nil, ErrTooLong
	}
	x.mu.RLock()
	defer x.mu.RUnlock()
	q := x.lookup(words)

	// A match needs at most len(q)/6 changed words (see score), which
	// leaves a shingle of q intact; shorter texts must match short
	// statements whole, which share their 1- or 2-gram.
	hits := map[uint32]uint32{}
	for _, h := range x.shingleSet(q, nil, false) {
		if x.postingLen(h) > maxPosting {
			continue
		}
		for _, a := range x.posting(h) {
			hits[a]++
		}
	}
	if len(hits) == 0 {
		return nil, nil
	}

	var prefer []uint32
	if opt.PreferSpeaker != "" {
		prefer = x.speakerSet(opt.PreferSpeaker, opt.SameSpeakerIDs)
	}
	all := make([]cand, 0, len(hits))
	for a, n := range hits {
		all = append(all, cand{a, n})
	}
	slices.SortFunc(all, func(a, b cand) int {
		if c := cmp.Compare(b.hits, a.hits); c != 0 {
			return c
		}
		return cmp.Compare(a.app, b.app)
	})
	verify := all[:min(len(all), candidateCap)]
	if len(prefer) > 0 && len(all) > candidateCap {
		extra := 0
		for _, c := range all[candidateCap:] {
			if extra == preferCap {
				break
			}
			if slices.Contains(prefer, x.apps[c.app].speaker) {
				verify = append(verify[:len(verify):len(verify)], c)
				extra++
			}
		}
	}

	maxLen := 0
	for _, c := range verify {
		maxLen = max(maxLen, len(x.apps[c.app].words))
	}
	dp := make([]int32, maxLen+1)
	type best struct {
		score float64
		app   uint32
	}
	byStmt := map[uint32]best{}
	for _, c := range verify {
		a := &x.apps[c.app]
		s := score(q, a.words, dp)
		if s < MatchThreshold {
			continue
		}
		if b, ok := byStmt[a.stmt]; !ok || s > b.score || s == b.score && x.cmpApp(c.app, b.app) < 0 {
			byStmt[a.stmt] = best{s, c.app}
		}
	}
	out := make([]Match, 0, len(byStmt))
	firsts := make(map[string]uint32, len(byStmt))
	for s, b := range byStmt {
		m := Match{Statement: x.snapshot(s), Score: b.score, QuoteID: x.apps[b.app].id}
		firsts[m.Statement.ID] = x.stmts[s].members[0]
		out = append(out, m)
	}
	slices.SortFunc(out, func(a, b Match) int {
		if c := cmp.Compare(b.Score, a.Score); c != 0 {
			return c
		}
		return x.cmpApp(firsts[a.Statement.ID], firsts[b.Statement.ID])
	})
	if opt.Max > 0 && len(out) > opt.Max {
		out = out[:opt.Max]
	}
	return out, nil
}
