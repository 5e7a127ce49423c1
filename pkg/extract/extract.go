package extract

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Extractor finds attributed statements. It is safe for concurrent use.
type Extractor struct {
	aliases     *Aliases
	cut, accept *Model // learned filters (model.go); nil disables one
}

// New returns an extractor resolving speakers with aliases (nil means
// DefaultAliases()).
func New(aliases *Aliases) *Extractor {
	if aliases == nil {
		aliases = DefaultAliases()
	}
	return &Extractor{aliases: aliases, cut: defaultCut, accept: defaultAccept}
}

// NewWithModels is New with explicit learned filters (nil disables one);
// for training and measuring them.
func NewWithModels(aliases *Aliases, cut, accept *Model) *Extractor {
	e := New(aliases)
	e.cut, e.accept = cut, accept
	return e
}

// Extract returns the statements of an English news text ordered by the
// start of their first content span. All spans are byte offsets into text on
// rune boundaries with Start < End.
func (e *Extractor) Extract(text string) (quotes []Quote) {
	defer func() {
		// The parser is heuristic; a bug on odd input must not take the caller down.
		if recover() != nil {
			quotes = nil
		}
	}()
	quotes, _ = e.extract(text, false)
	return quotes
}

// Candidates returns the statements of text before the accept model
// filters them, with the models' features. Without a cut model they carry
// their cut points; with one, their contents are cut. For training the
// models.
func (e *Extractor) Candidates(text string) (cands []Candidate) {
	defer func() {
		if recover() != nil {
			cands = nil
		}
	}()
	_, cands = e.extract(text, true)
	return cands
}

func (e *Extractor) extract(text string, training bool) ([]Quote, []Candidate) {
	d := newDocFor(text, training)
	defer d.release()
	d.cut, d.training = e.cut, training
	atts := d.findAttributions()
	if len(atts) == 0 {
		return nil, nil
	}
	r := newResolver(d, e.aliases)
	r.resolveAll(atts)
	d.moveParticiplesToHosts(atts, r) // participle_host.go
	// "which did not want to be named": no frame (anonymity_want.go);
	// "according to a translation": none, so that the frame inside ("Kim
	// said") is not scored as nested in its content (translation_source.go);
	// "above estimates": no frame of a preposition (preposition_subject.go)
	if atts = d.dropAtInference(dropScenes(atts), d.anonymityWant, d.translationSource, d.prepositionSubject); len(atts) == 0 {
		return nil, nil
	}
	// the statements are built in buffers that the pool keeps; the kept
	// ones are copied out at the end (ownQuotes), sized to what is kept
	// rather than to every candidate
	quotes := d.bufs.quoteBuf[:0]
	var cands []Candidate
	if d.bufs.seen == nil {
		d.bufs.seen = map[Span]bool{}
	}
	seen := d.bufs.seen
	nspans := 0 // at most: the contents, a mention and a cue
	for _, a := range atts {
		nspans += len(a.content) + 2
	}
	slab := d.bufs.spanBuf[:0]
	if training || cap(slab) < nspans {
		// a training candidate keeps its spans: they are its own
		slab = make(spanSlab, 0, nspans)
	}
	forms := d.bufs.aliasForms[:0] // per quote: the clean name form of its mention
	kept := d.bufs.kept[:0]        // per quote: its statement
	// nestedIn looks within a sentence only: the statements by sentence
	bySent := append(d.bufs.bySent[:0], atts...)
	d.bufs.bySent = bySent
	slices.SortStableFunc(bySent, func(x, y *attribution) int { return x.sent - y.sent })
	for _, a := range atts {
		q, ok := d.quote(a, &slab)
		if !ok || seen[q.Content[0]] || d.misparsedFrame(a) || d.linkTeaser(a) {
			continue // link_teaser.go: another article's headline
		}
		if d.acceptedByRule(a) {
			// no score, and no candidate in training (rule_accepted.go)
		} else if training && a.untrained {
			// scored at inference but not trained on: the rule's few
			// candidates would shift the model's weights for all the
			// other statements (attribution.untrained)
		} else if e.accept != nil || training {
			d.acceptFeatures(a, &q, d.nestedIn(a, sentenceStatements(bySent, a.sent)), &d.fb)
			if training {
				q.Speaker.Aliases = slices.Clone(q.Speaker.Aliases) // may be the alias table's (Aliases.resolveShared)
				cands = append(cands, Candidate{Quote: q, Features: append([]uint32(nil), d.fb.fs...), Cuts: a.cuts})
			} else {
				p := e.accept.Prob(d.fb.fs)
				thr := e.accept.threshold(q.IsSpeech || d.opinionCue(a)) - d.invertedShift(a, &q) // inverted_margin.go
				if (p < thr || d.weakPresentStatement(a, &q, p-thr) || d.weakRelativeStance(a, &q, p-thr)) && !d.keptUnscored(a, &q) {
					continue
				}
				if d.labelHeadlineColon(a) || d.bylineExcerpt(a) || d.titleQuotation(a, &q) || d.contestResult(a, &q) || d.anonymityRefusal(a) ||
					d.agreedObject(a, &q) || d.declaredAct(a, &q) || d.pronounObject(a, &q) {
					continue // headline_label_colon.go, byline_excerpt.go, title_quotation.go, contest_result.go, anonymity_refusal.go, agree_object.go, declared_act.go, pronoun_object.go
				}
				q.Confidence = p
			}
		}
		if !training {
			d.possessiveMention(a, &q)                   // "The boys' mother said" (possessive_s.go)
			d.writerMention(a, &q)                       // "His office put out a statement saying" (speaker_subject.go)
			d.asideMention(a, &q)                        // "The mayor, for her part, said" (mention_aside.go)
			q.IsSpeech = q.IsSpeech || d.courtFinding(a) // "the jury found that" (court_ruling.go)
		}
		seen[q.Content[0]] = true
		quotes = append(quotes, q)
		forms = append(forms, d.aliasForm(a))
		kept = append(kept, a)
	}
	d.bufs.aliasForms, d.bufs.kept = forms, kept
	if !training {
		d.bufs.spanBuf = slab[:0]
	}
	d.bufs.quoteBuf = quotes[:0]
	if e.accept != nil && !training {
		quotes, forms = d.dropNested(quotes, forms, kept)
	}
	quotes = ownQuotes(quotes, !training)
	addSurfaceAliases(quotes, forms)
	slices.SortStableFunc(quotes, func(x, y Quote) int { return x.Content[0].Start - y.Content[0].Start })
	return quotes, cands
}

// ownQuotes returns a copy of quotes, which live in the document's
// buffers; with spans, their spans are copied too, into one block, since
// they point into the buffers' slab.
func ownQuotes(quotes []Quote, spans bool) []Quote {
	out := make([]Quote, len(quotes))
	copy(out, quotes)
	if !spans {
		return out
	}
	n := 0
	for _, q := range out {
		n += len(q.Content) + 2
	}
	// cap n: the appends below never reallocate, so the pointers into
	// block stay valid
	block := make([]Span, 0, n)
	for i := range out {
		q := &out[i]
		k := len(block)
		block = append(block, q.Content...)
		q.Content = block[k:len(block):len(block)]
		if q.SpeakerMention != nil {
			block = append(block, *q.SpeakerMention)
			q.SpeakerMention = &block[len(block)-1]
		}
		if q.Cue != nil {
			block = append(block, *q.Cue)
			q.Cue = &block[len(block)-1]
		}
	}
	return out
}

// opinionCue reports a belief cue that news reports use for what a source
// says ("I think", "she thinks the plan will fail"): its statements are
// as precise as speech and take the speech threshold.
func (d *doc) opinionCue(a *attribution) bool {
	if !a.cue.ok() {
		return false
	}
	c, ok := cueOf(d.word(a.cue.s))
	return ok && (c.lemma == "think" || c.lemma == "find" || c.lemma == "reckon")
}

// sentenceStatements returns the statements of sentence si from bySent,
// sorted by sentence.
func sentenceStatements(bySent []*attribution, si int) []*attribution {
	lo, _ := slices.BinarySearchFunc(bySent, si, func(a *attribution, si int) int { return a.sent - si })
	hi := lo
	for hi < len(bySent) && bySent[hi].sent == si {
		hi++
	}
	return bySent[lo:hi]
}

// nestedIn returns the statement of the same sentence whose content holds
// a's frame, or nil; atts are the sentence's statements.
func (d *doc) nestedIn(a *attribution, atts []*attribution) *attribution {
	if !a.cue.ok() {
		return nil
	}
	for _, b := range atts {
		if b == a || b.sent != a.sent || b == a.partOf {
			continue
		}
		if b.contains(a.cue.s) {
			return b
		}
	}
	return nil
}

// mentionRange returns the speaker mention of a's statement: its subject,
// or for a participle or a continuation the mention of the statement it
// belongs to ("Smith said X, adding Y"; a quotation continuing Smith's
// statement).
func mentionRange(a *attribution) rng {
	subj := a.subj
	for p := a; !subj.ok() && p != nil; {
		if p.partOf != nil {
			p = p.partOf
		} else {
			p = p.inherits
		}
		if p != nil {
			subj = p.subj
		}
	}
	return subj
}

func (d *doc) span(r rng) Span { return Span{d.toks[r.s].s, d.tokAt(r.e - 1).e} }

// spanSlab hands out the spans of a document's quotes from shared blocks:
// one allocation for many quotes instead of three for each.
type spanSlab []Span

// alloc returns n spans (len and cap n).
func (s *spanSlab) alloc(n int) []Span {
	if cap(*s)-len(*s) < n {
		*s = make([]Span, 0, max(32, n))
	}
	l := len(*s)
	*s = (*s)[:l+n]
	return (*s)[l : l+n : l+n]
}

// quote converts an attribution into the public form; its spans come from
// slab.
func (d *doc) quote(a *attribution, slab *spanSlab) (Quote, bool) {
	var buf [8]Span
	scratch := buf[:0] // the spans before merging
	inQ, outQ := 0, 0
	for _, c := range a.content {
		if !c.ok() || c.e > len(d.toks) {
			continue
		}
		c = d.trimOpenMarkEnd(c) // open_mark_end.go
		sp := d.span(c)
		if c.e-c.s == 1 {
			// "That’s according to ...": the content is the pronoun alone (tokens
			// fold the apostrophe)
			if w := d.toks[c.s].lower; w == "that's" {
				sp.End = sp.Start + 4
			}
		}
		scratch = append(scratch, sp)
		for k := c.s; k < c.e; k++ {
			if d.toks[k].kind != tWord {
				continue
			}
			if d.inQuote(k) {
				inQ++
			} else {
				outQ++
			}
		}
	}
	scratch = mergeSpans(scratch)
	if len(scratch) == 0 {
		return Quote{}, false
	}
	spans := append(slab.alloc(len(scratch))[:0], scratch...)
	q := Quote{Content: spans, Speaker: a.speaker, Confidence: a.conf, IsSpeech: a.class != cueBelief}
	q.Text = unwrapLines(quoteText(d.text, spans)) // wrapped_lines.go
	// "that “We view ...”": the statement proper starts at the quotation
	if rest, ok := strings.CutPrefix(q.Text, "that "); ok && len(rest) > 0 {
		if r, _ := utf8.DecodeRuneInString(rest); isQuoteRune(r) {
			q.Text = trimQuotes(rest)
		}
	}
	switch {
	case inQ > 0 && outQ == 0 && !(a.cue.ok() && d.inQuote(a.cue.s)):
		q.Kind = KindDirect // a cue inside the quotation makes it partial (quoted_cue.go)
	case inQ > 0:
		q.Kind = KindPartial
	default:
		q.Kind = KindIndirect
	}
	if a.inherits != nil && outQ == 0 && d.sentHasWordsOutsideQuotes(a.sent) {
		q.Kind = KindPartial // "Moreover, he “raised ...”": a quoted fragment
	}
	if subj := mentionRange(a); subj.ok() {
		q.SpeakerMention = &slab.alloc(1)[0]
		*q.SpeakerMention = d.span(subj)
	}
	if a.cue.ok() {
		q.Cue = &slab.alloc(1)[0]
		*q.Cue = d.span(a.cue)
		q.CueText = a.cueText
	} else if a.inherits != nil {
		q.CueText = a.inherits.cueText
	}
	if a.partOf != nil {
		q.CueText = a.cueText
	}
	return q, true
}

func (d *doc) sentHasWordsOutsideQuotes(si int) bool {
	s := d.sents[si]
	for k := s.s; k < s.e; k++ {
		if d.toks[k].kind == tWord && !d.inQuote(k) {
			return true
		}
	}
	return false
}

func mergeSpans(spans []Span) []Span {
	slices.SortFunc(spans, func(a, b Span) int { return a.Start - b.Start })
	out := spans[:0]
	for _, s := range spans {
		if s.Start >= s.End {
			continue
		}
		if n := len(out); n > 0 && s.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '“', '”', '«', '»', '„', '‟', '\'', '`', '‘', '’', '″':
		return true
	}
	return false
}

// trimQuotes removes quotation marks and spaces around s.
func trimQuotes(s string) string {
	return strings.TrimFunc(s, isQuoteOrSpace)
}

// aliasForm returns the proper-name part of a's speaker mention as a clean
// alias ("Kazakh government" for "the Kazakh government's"), or "".
func (d *doc) aliasForm(a *attribution) string {
	if a.byContext {
		return "" // "Interior Ministry" is no name of the Kazakh one elsewhere
	}
	r := a.name
	if !r.ok() {
		r = a.subj
	}
	if !r.ok() || r.e > len(d.toks) {
		return ""
	}
	r = d.trimDet(r)
	if a.name.ok() && !d.training {
		// "Ursula von der Leyen", "Mohammed bin Salman": the name with its
		// particles (withParticles, as the refined pass names the speaker),
		// not the capitalised run after them ("Leyen", "Salman"), which is
		// no form a reader looks the person up by
		r = d.withParticles(r, a.subj)
	}
	for r.ok() && d.toks[r.s].kind != tWord {
		r.s++
	}
	for r.ok() && d.tokAt(r.e-1).kind != tWord {
		r.e--
	}
	if !r.ok() || r.e-r.s > 6 {
		return ""
	}
	upper := false
	for k := r.s; k < r.e; k++ {
		t := &d.toks[k]
		if t.kind != tWord || d.inQuote(k) {
			return "" // a clause or an aside, not a name
		}
		if t.upper {
			upper = true
		}
	}
	if !upper || subjPronouns.has(d.word(r.s)) {
		return ""
	}
	m := stripPossessive(strings.TrimSpace(d.text[d.toks[r.s].s:d.tokAt(r.e-1).e]))
	if utf8.RuneCountInString(m) < 3 {
		return ""
	}
	return m
}

// addSurfaceAliases adds the name forms seen in the article (forms[i] for
// quotes[i]) to each speaker's aliases.
func addSurfaceAliases(quotes []Quote, forms []string) {
	keys := map[string]string{} // name form -> its normalised words
	key := func(s string) string {
		k, ok := keys[s]
		if !ok {
			var buf [80]byte
			k = string(appendNormKey(buf[:0], s, 0))
			keys[s] = k
		}
		return k
	}
	sameName := func(a, b string) bool { return key(a) == key(b) }
	byID := map[string][]string{}
	for i, q := range quotes {
		m := forms[i]
		if m == "" || strings.EqualFold(m, q.Speaker.Name) || q.Speaker.Kind == SpeakerUnknown || q.Speaker.Kind == SpeakerAnonymous {
			// an unnamed source's mention names someone else if anyone:
			// "A spokesman for Orban" is no alias "Orban" of the spokesman
			continue
		}
		if q.Speaker.Kind == SpeakerOrganization && officeName(m) == q.Speaker.Name {
			// "President Kassym-Jomart Tokayev's office": the office's
			// name with a title (office_name.go), and a possessive, which
			// no alias has
			continue
		}
		if q.Speaker.Kind == SpeakerOrganization && !strings.Contains(m, " ") && (strings.HasSuffix(key(q.Speaker.Name), "\x00"+key(m)) ||
			strings.ToUpper(m) != m && !strings.EqualFold(firstWord(q.Speaker.Name), m)) {
			// "Affairs" of "The Philippines' Department of Foreign Affairs
			// (DFA)": the last word of an organisation's name is none of
			// its names, nor is another word of it ("Health" of the Irish
			// Health Ministry, "Herzegovina" of the Bosnian Foreign
			// Ministry); initials ("DFA") and the first word ("Apple" of
			// "Apple Inc.") are
			continue
		}
		if q.Speaker.Kind == SpeakerPerson && !personName(m) {
			// "the presumptive Republican nominee" names a role, which
			// other people hold too: no alias of the person
			continue
		}
		if !slices.ContainsFunc(byID[q.Speaker.ID], func(x string) bool { return sameName(x, m) }) {
			byID[q.Speaker.ID] = append(byID[q.Speaker.ID], m)
		}
	}
	// Each speaker gets its own copy of its aliases (they alias the alias
	// table), all cut from one slab: the copies do not overlap and each
	// is capped at its length, so that appending to one reallocates it.
	n := 0
	for i := range quotes {
		n += len(quotes[i].Speaker.Aliases) + len(byID[quotes[i].Speaker.ID])
	}
	slab := make([]string, 0, n)
	for i := range quotes {
		sp := &quotes[i].Speaker
		start := len(slab)
		slab = append(slab, sp.Aliases...)
		for _, f := range byID[sp.ID] {
			same := func(x string) bool { return sameName(x, f) }
			if !sameName(sp.Name, f) && !slices.ContainsFunc(sp.Aliases, same) && !slices.ContainsFunc(slab[start+len(sp.Aliases):], same) {
				slab = append(slab, f)
			}
		}
		if sp.Aliases == nil && len(slab) == start {
			continue // as slices.Clone(nil)
		}
		sp.Aliases = slab[start:len(slab):len(slab)]
	}
}

// dropNested removes the statements whose cue lies inside the content of
// another kept statement ("She noted that experts say X"): the annotation
// this extractor follows gives such a report to the outer statement alone.
// It runs after the accept model, so a rejected outer frame keeps the inner
// one. A frame after an abbreviation period ("at 7 p.m. He says") opens a
// sentence the splitter missed and is no nested one. Of the statements
// left, one whose content overlaps the content of a statement the accept
// model is surer of goes too: contents of different statements do not
// overlap in the annotation (X said that Y “Q,” according to Z giving
// “Q” twice).
func (d *doc) dropNested(quotes []Quote, forms []string, atts []*attribution) ([]Quote, []string) {
	if len(quotes) < 2 {
		return quotes, forms
	}
	ix := newSpanIndex(quotes, d.bufs.spans[:0], d.bufs.maxEnd[:0])
	d.bufs.spans, d.bufs.maxEnd = ix.spans, ix.maxEnd
	drop := make([]bool, len(quotes))
	dropped := false
	for i := range quotes {
		if quotes[i].Cue != nil && !d.afterAbbreviation(atts[i]) && ix.cueInsideOther(quotes, i) {
			drop[i], dropped = true, true
		}
	}
	for i := range quotes {
		if !drop[i] && !d.afterAbbreviation(atts[i]) && ix.overlapsSurer(quotes, i, drop) {
			drop[i], dropped = true, true
		}
	}
	if !dropped {
		return quotes, forms
	}
	n := 0
	for i := range quotes {
		if !drop[i] {
			if n != i {
				quotes[n], forms[n] = quotes[i], forms[i]
			}
			n++
		}
	}
	return quotes[:n], forms[:n]
}

// afterAbbreviation reports a frame right after a word with an
// abbreviation period.
func (d *doc) afterAbbreviation(a *attribution) bool {
	return a.left > 0 && d.tokAt(a.left-1).abbr
}

// spanIndex holds the content spans of a document's quotes sorted by start,
// with the running maximum of their ends, to find the spans that overlap
// a range without comparing every pair of quotes.
type spanIndex struct {
	spans  []ownedSpan
	maxEnd []int // maxEnd[k]: the largest End of spans[:k+1]
}

type ownedSpan struct {
	Span
	owner int // index of the quote
}

// newSpanIndex builds the index in the buffers spans and maxEnd (empty,
// reused between documents).
func newSpanIndex(quotes []Quote, spans []ownedSpan, maxEnd []int) spanIndex {
	ix := spanIndex{spans: spans}
	for i, q := range quotes {
		for _, sp := range q.Content {
			ix.spans = append(ix.spans, ownedSpan{sp, i})
		}
	}
	slices.SortFunc(ix.spans, func(x, y ownedSpan) int { return x.Start - y.Start })
	ix.maxEnd = maxEnd
	if cap(ix.maxEnd) < len(ix.spans) {
		ix.maxEnd = make([]int, len(ix.spans))
	}
	ix.maxEnd = ix.maxEnd[:len(ix.spans)]
	m := 0
	for k, sp := range ix.spans {
		m = max(m, sp.End)
		ix.maxEnd[k] = m
	}
	return ix
}

// visit calls fn with the spans that overlap [s, e) until fn returns true,
// and reports whether it did.
func (ix *spanIndex) visit(s, e int, fn func(ownedSpan) bool) bool {
	k, _ := slices.BinarySearchFunc(ix.spans, e, func(x ownedSpan, t int) int { return x.Start - t })
	for k--; k >= 0 && ix.maxEnd[k] > s; k-- {
		if sp := ix.spans[k]; sp.End > s && fn(sp) {
			return true
		}
	}
	return false
}

// cueInsideOther reports whether quote i's cue lies inside a content span
// of another quote that does not hold i's in turn.
func (ix *spanIndex) cueInsideOther(quotes []Quote, i int) bool {
	c := quotes[i].Cue
	return ix.visit(c.Start, c.End, func(sp ownedSpan) bool {
		o := quotes[sp.owner]
		return sp.owner != i && sp.Start <= c.Start && c.End <= sp.End && (o.Cue == nil || !spansHold(quotes[i].Content, o.Cue))
	})
}

// overlapsSurer reports whether quote i's content overlaps the content of
// a quote the accept model is surer of and that is not dropped.
func (ix *spanIndex) overlapsSurer(quotes []Quote, i int, dropped []bool) bool {
	q := &quotes[i]
	for _, y := range q.Content {
		if ix.visit(y.Start, y.End, func(sp ownedSpan) bool {
			o := &quotes[sp.owner]
			return sp.owner != i && !dropped[sp.owner] && (o.Confidence > q.Confidence || o.Confidence == q.Confidence && sp.owner < i)
		}) {
			return true
		}
	}
	return false
}

// spansHold reports whether one of spans holds c.
func spansHold(spans []Span, c *Span) bool {
	for _, sp := range spans {
		if sp.Start <= c.Start && c.End <= sp.End {
			return true
		}
	}
	return false
}

// firstWord is the text of s before its first space.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// dropAtInference returns atts without the frames one of drops reports, at
// inference only: training keeps its candidates, so the models do not move.
func (d *doc) dropAtInference(atts []*attribution, drops ...func(*attribution) bool) []*attribution {
	if d.training {
		return atts
	}
	out := atts[:0]
next:
	for _, a := range atts {
		for _, drop := range drops {
			if drop(a) {
				continue next
			}
		}
		out = append(out, a)
	}
	return out
}
