package extract

import "sync"

// How the extractor works
//
// 1. Rules (doc.go, attrib.go): the text is tokenised, quotations are paired
//    (single marks too in British-style texts, single_quotes.go)
//    and sentences split; reporting frames are recognised around cue verbs
//    of data/cues.txt ("said", "told", "according to", a headline colon ...)
//    with their subject, and each frame gets its content: the clause or
//    quotation after the cue, the text before it ("..., she said"), or both.
//    Quotations no frame holds may be signed after a dash (“…” ― Ana Ortiz)
//    or introduced by a name and a colon (Rep. Jane Doe: “…”); the rest
//    continue the statement before them, unless a sentence about another
//    named person stands between. A transcript's turn ("FALLIN: Well, I
//    think ...") is its label's statement, the whole paragraph
//    (interview_label.go).
//    Wire and British headlines have shapes of their own, read at inference
//    only: a quotation before its speaker's colon ("‘We will win’: Zelensky",
//    headline_quote_colon.go), a source after a final dash ("Apple to cut
//    jobs - sources", headline_dash_source.go), a kicker before a colon
//    ("Exclusive: ...", kicker_colon.go), a second verb phrase after a comma
//    ("Lee defends budget, says ...", headline_comma.go).
//    Beliefs, intentions, stances and findings (nonspeech.go) take their
//    own content shapes: an infinitive ("declined to comment"), a
//    noun-phrase object ("opposed the deal"), a poll's finding ("polls show
//    Clinton leading").
// 2. Learned filters (model.go, features.go, cut.go): two logistic-regression
//    models over hashed, hand-designed features refine the rule candidates.
//    The cut model walks the candidate end points of a forward content
//    (", and", ", but", "while", "with", "-ing", time phrases, ...) and ends
//    the content at the first point it accepts (probability > 0.35; at
//    inference a little less at commas and contrastive conjunctions,
//    cut_calibration.go). The
//    accept model then keeps or drops each statement (probability >= 0.5,
//    or >= 0.8 for beliefs, plans and findings, whose candidates are less
//    precise: a false one costs every slice);
//    its features describe the cue, the subject, the content's shape and
//    position, its neighbours and whether the frame sits inside another
//    statement's content. The probability becomes Quote.Confidence.
//    Of the kept statements, one whose cue lies inside another's content
//    (a nested report) goes, and of two whose contents overlap, the less
//    probable goes: the annotation has neither (extract.go, dropNested).
//    Rules whose finds are precise on train bypass the accept model
//    (rule_accepted.go): their frames are built at inference only, carry a
//    fixed confidence set from the rule's precision on train, and never
//    enter training. A rule's few new training candidates would shift the
//    accept model's weights for every other statement, which on
//    cross-validation cost more than the rule gained. For the same reason
//    some frames are scored but not trained on (attribution.untrained),
//    and some fixes of a frame's content or boundaries apply at inference
//    only, each in its own file: the end and start fixes that
//    findAttributions runs after the cut model (medium_end.go,
//    whom_end.go, according_colon.go, ...), and others such as
//    present_clause.go, cut_calibration.go, list_cut.go,
//    directional_marks.go, source_tag.go and a filter of headline colons
//    (headline_label_colon.go). Each is off in training, which keeps the
//    old frames, so the models do not move.
//    Calibrations chosen on held-out folds of train adjust the threshold
//    per frame: indirect statements of a few cues are kept whatever the
//    model says (keep_unscored.go), present-tense speech cues and stances
//    of a relative subject ("voters who hoped to ...") accepted only just
//    above the threshold are dropped (near_threshold.go), and
//    inverted frames ("..., according to X", "..., said X") are kept a
//    little below it (inverted_margin.go).
// 3. Speakers (resolve.go) are resolved against the alias table, in two
//    passes. The plain pass gives the speaker kinds the accept model was
//    trained with (attribution.modelKind); the refined pass redoes the
//    statements that read earlier speakers: a he/she/I goes only to a person
//    of a compatible gender (resolve_person.go; places, months and other
//    non-persons in data/nonpersons.txt, first names in data/firstnames.txt),
//    else to nobody, and "the senator", "the candidate" to the person that
//    role names (resolve_nominal.go). The refined pass also gives the
//    names a reader expects, which the accept model never sees: a person
//    without the place, office or description before the name ("Texas
//    Sen. Ted Cruz", "House Speaker Paul Ryan", "Billionaire Donald Trump",
//    later "Cruz" too), with the particles of a family name ("Ursula von
//    der Leyen"); the antecedent of a relative subject ("voters who say");
//    and no person where the head is a common noun ("Clinton supporters"
//    anonymous, "FEC records" a document) or the name a party's people, a
//    place or a day ("Democrats", "Texas", "a report on Wednesday").
//    Across articles, a person is one speaker whether or not the article
//    writes a middle initial or a patronymic ("Paul D. Ryan" = "Paul
//    Ryan", "J. D. Vance" = "J.D. Vance", canonical_person.go) or accents
//    (the speaker id folds them: "Erdoğan" = "Erdogan",
//    speaker_id_fold.go) or the Arabic article ("Bashar al-Assad" =
//    "Bashar Assad", speaker_id_article.go); within an article "Orban" is
//    the "Viktor Orbán" named before (accent_surname.go), "Modi ji" Modi
//    (ji_suffix.go) and "the crown prince" the one named "Saudi Crown
//    Prince Mohammed bin Salman" (crown_prince_name.go), "Sri Mulyani" the
//    "Sri Mulyani Indrawati" named before (name_opening.go), "Lam" the
//    "Vietnamese President To Lam" (function_word_name.go), "the Giant"
//    the "Andre the Giant" (stage_name.go), "Johnson" the "Dwayne “The
//    Rock” Johnson" (nickname.go), "On Monday NASA said" NASA
//    (time_opening.go), and a title-case headline gives no names
//    (resolve_headline.go), while a headline's lone surname is the person
//    the body names in full (resolve_headline_surname.go) and "Russia's
//    Lavrov" is Lavrov (resolve_owner_possessive.go). Every country of the
//    table has its government
//    and ministries, one speaker whatever the form ("Ukraine's foreign
//    ministry", "Ministry of Foreign Affairs of Ukraine", "the Ukrainian
//    MFA"), a country's "Department of Health" being its health ministry
//    where offices are ministries ("Ireland's Department of Foreign
//    Affairs", not "the U.S. Energy Department"), and its military
//    ("the Ukrainian army", "Ukraine's military"); a country named like
//    a person is marked "~" in the table (~Jordan: Michael Jordan). "the
//    defense ministry" is the ministry of that name quoted
//    before or of the country the paragraph names (resolve_ministry.go).
//    An interview's "A:" is the person the article introduces before the
//    transcript (resolve_interview.go), and initials are the organisation
//    the article names in full ("the NTSB", acronym_name.go), as a short
//    name is the longer one written before it ("Brightwave Audio ...
//    Brightwave said", org_full_name.go); a body's name keeps a country
//    and a plural possessive inside it ("The Panama Canal Authority",
//    "the Australian Workers' Union": country_org_name.go,
//    possessive_org_name.go) and a firm's trade word makes it a firm
//    ("Kestrel Resources", firm_suffix.go); "his wife" is the one named
//    "His wife, Kerry Doyle," before (kin_apposition.go), and a protected
//    witness's cipher ("Witness C") is anonymous (pseudonym_label.go).
//    Names joined by "and" speak together: "Lavrov and Blinken said" is
//    Sergei Lavrov and Antony Blinken, not Blinken (resolve_joint.go).
//    US political copy varies a name with state and party ("the Kentucky
//    Republican", resolve_party_place.go); an unnamed speaker taken up
//    again ("the official", "the spokesman") stays the one anonymous
//    speaker (anonymous_antecedent.go); "his campaign" is the pronoun's
//    person's campaign (possessive_campaign.go); "both men" and "the pair"
//    are the last two who spoke, "the former" and "the latter" the two
//    named together (pair_last_speakers.go, former_latter.go).
//    A frame whose subject is not its speaker (a medium, a time phrase, a
//    sentence's introduction, a clause in the object, a negated auxiliary,
//    an open apposition, a noun inside a relative clause on the subject,
//    the first word of a participle phrase that opens the sentence, no
//    subject at all for an infinitive or "asked by X" ...) keeps that
//    subject for the accept model; the
//    kept statement's mention and refined speaker are the speaker's noun
//    phrase (speaker_subject.go, writerSubject).
//    A name no person has is no person's: a common noun or a description
//    ("Emails", "recent polling in Florida") is of unknown kind
//    (common_noun_name.go), a word shaped as no surname ("BuzzFeed", "the
//    KGB") an organisation (word_shape_name.go); a person kept inside a
//    description is the person ("Maricopa County Recorder Helen Purcell",
//    "AG Mukasey", "De Blasio": name_in_description.go,
//    described_surname.go, particle_surname.go); and one body or person
//    has one name ("The New York Times" = "New York Times", "the Clinton
//    campaign" = "Hillary Clinton campaign", "Edward G. Rendell" = "Ed
//    Rendell": org_article.go, campaign_full_name.go, person_forms.go).
//
// Robustness. A rule reads the tokens around its cue through tokAt, word,
// punct and adverbAt, which are safe past either end of the text:
// FuzzExtract and TestTruncatedTexts (paragraphs of real articles cut at
// every space) check that no input panics. Extract still recovers a panic,
// but at the cost of the document's statements.
//
// Training. The weights in data/cut.bin and data/accept.bin are numbers only
// (feature hash, weight), learned from the training split alone:
//
//	cd pkg && go run ./cmd/quoteeval/quotetrain            # writes extract/data/*.bin
//	cd pkg && go run ./cmd/quoteeval/quotetrain -cv 5      # 5-fold cross-validation on train
//	cd pkg && go run ./cmd/quoteeval/quotetrain -cv 5 -seed 1  # another split: differences of
//	                                                       # about 0.001 are retraining noise
//
// Training is deterministic (fixed shuffling seeds): the same corpus and code
// give the same files. The cut model's examples come from the rule
// candidates without filters: for each candidate matched to a gold content,
// the cut point (or no cut) with the best Jaccard overlap is the positive
// example and the earlier points are negatives. The accept model's examples
// are the candidates after the cut model, labelled by score.py's greedy
// one-to-one matching at 30% coverage. Retrain after changing the rules or
// the features (feature templates are numbered in features.go; renumbering
// changes the hashes). Thresholds were chosen by cross-validation on train;
// the dev split is for the final measurement only.
//
// quoteeval -no-cut / -no-accept switch the models off for comparison.

// quotation is a span of quoted text: from its opening mark to its closing
// mark (or the end of the paragraph when unclosed). A quotation that goes on
// in the next paragraph (opening mark without closing mark, next paragraph
// opening again) has one part per paragraph.
type quotation struct {
	parts  [][2]int // token ranges [first, last] inclusive, one per paragraph
	closed bool
}

func (q *quotation) first() int { return q.parts[0][0] }
func (q *quotation) last() int  { return q.parts[len(q.parts)-1][1] }

type sentence struct {
	s, e int // token range [s, e)
	para int
}

// doc is the analysed text of one article.
type doc struct {
	text   string
	toks   []token
	quotes []quotation
	qidx   []int // per token: index of the enclosing quotation, or -1
	sents  []sentence
	sentOf []int // per token: sentence index
	// wordsTo[i], quotesTo[i]: the words and quotation marks before token i
	wordsTo, quotesTo []int32
	paraS             []int // per paragraph: first token

	cut         *Model  // cut model, nil if off
	training    bool    // record cut points instead of cutting
	titleQuotes []int   // quotations that name an addressee ("told “Fox News Sunday”")
	fb          feats   // feature buffer
	forms       []uint8 // per token: tokForm, computed on demand (see tokForm)
	cueSlots    []int32 // per token: cueAt's cache, made on demand
	placeIdx    []int32 // placeElsewhere's capitalised words after a preposition of place
	placeMade   bool    // placeIdx is made
	bufs        *docBuffers
	scratch     attribution // frameAt's working frame
}

// docBuffers are the per-token slices of a doc, recycled between documents:
// allocating and collecting them afresh for every article cost about a
// tenth of the extractor's time.
type docBuffers struct {
	toks              []token
	qidx              []int
	sentOf            []int
	wordsTo, quotesTo []int32
	sents             []sentence
	quotes            []quotation
	quoteParts        [][2]int // the quotations' first parts
	forms             []uint8
	cueSlots          []int32
	placeIdx          []int32
	allFrames         []*attribution // findAttributions'
	sentFrames        []*attribution
	frames            frameSlab
	contents          contentSlab
	// the resolver's
	runs, persons []rng
	initialNames  []rng
	pronounRuns   []rng
	plainPersons  []rng
	singlePairs   []singlePair
	ctryAt        []ctryMention
	fullName      map[string]string
	accentedKeys  []string
	order         []*attribution
	speakerIDs    map[string]string // speaker name -> id, kept between documents (resolver.id)
	// extract's
	seen       map[Span]bool
	aliasForms []string
	quoteBuf   []Quote // the statements before ownQuotes copies the kept ones
	spanBuf    spanSlab
	kept       []*attribution
	bySent     []*attribution
	spans      []ownedSpan
	maxEnd     []int
	// the document and its resolver themselves, and their slices
	doc      doc
	resolver resolver
	paraS    []int
	history  []*attribution
	roles    []roleMention
	// historyBySubj: the resolver's index of its history by subject
	historyBySubj map[rng]*attribution
	companyThe    []int
	bodyRuns      []int
	ownItHistory  []*attribution
	textWords     []runWord
	lowerWords    map[string]struct{} // resolver.lowerWordOccurs'
	lowerBits     [1024]uint64        // resolver.lowerWordOccurs' filter
}

var docBufferPool = sync.Pool{New: func() any { return new(docBuffers) }}

// release returns the doc's buffers to the pool; the doc is unusable after.
// Quotes keep no reference to them (spans are offsets, texts are strings).
func (d *doc) release() {
	if d.bufs == nil {
		return
	}
	// the tokens keep pointing into this article's text until the buffer
	// is reused; sync.Pool drops idle buffers at garbage collection, so
	// clearing them on every call would cost more than it frees
	d.bufs.toks, d.bufs.qidx, d.bufs.sentOf = d.toks[:0], d.qidx[:0], d.sentOf[:0]
	d.bufs.wordsTo, d.bufs.quotesTo = d.wordsTo[:0], d.quotesTo[:0]
	d.bufs.sents, d.bufs.quotes = d.sents[:0], d.quotes[:0]
	d.bufs.frames.reset()
	d.bufs.contents.reset()
	clear(d.bufs.fullName)
	clear(d.bufs.seen)
	// like the tokens, the frames and the slices of frames and names keep
	// this article's data until they are reused: clearing pointers while
	// the collector marks costs a write barrier for each
	b := d.bufs
	b.paraS = d.paraS[:0]
	if r := &b.resolver; r.d == d {
		b.history, b.roles, b.ownItHistory = r.history[:0], r.roles[:0], r.ownItHistory[:0]
		clear(b.historyBySubj) // pointers into this article's frames
		*r = resolver{}
	}
	fs := d.fb.fs[:0]
	*d = doc{} // d is b.doc: it keeps nothing alive in the pool
	d.fb.fs = fs
	docBufferPool.Put(b)
}

// maxSentenceTokens bounds a sentence: the rules look at a sentence's frames
// and contents pairwise, so an endless run without a full stop ("he said
// that he said that ...") is cut into pieces of this many tokens. News
// sentences stay far below it.
const maxSentenceTokens = 400

// countTokens fills the prefix counts of words and quotation marks and the
// paragraph starts.
func (d *doc) countTokens() {
	n := len(d.toks) + 1
	d.wordsTo, d.quotesTo = d.bufs.wordsTo[:0], d.bufs.quotesTo[:0]
	if cap(d.wordsTo) < n || cap(d.quotesTo) < n {
		d.wordsTo, d.quotesTo = make([]int32, n, n+n/2), make([]int32, n, n+n/2)
	}
	words, quotes := d.wordsTo[:n], d.quotesTo[:n]
	npara := 0
	if len(d.toks) > 0 {
		npara = d.toks[len(d.toks)-1].para + 1
	}
	d.paraS = d.bufs.paraS[:0]
	if cap(d.paraS) < npara+1 {
		d.paraS = make([]int, 0, npara+1+npara/2)
	}
	d.paraS = d.paraS[:npara+1]
	var w, q int32
	p := 0
	for i := range d.toks {
		t := &d.toks[i]
		words[i], quotes[i] = w, q
		switch t.kind {
		case tWord:
			w++
		case tQuote:
			q++
		}
		for p <= t.para {
			d.paraS[p] = i
			p++
		}
	}
	words[n-1], quotes[n-1] = w, q
	d.wordsTo, d.quotesTo = words, quotes
	d.paraS[npara] = len(d.toks)
}

// intsOfLen returns buf resized to n, reallocated only when too small.
func intsOfLen(buf []int, n int) []int {
	if cap(buf) < n {
		return make([]int, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}

func newDoc(text string) *doc { return newDocFor(text, false) }

// newDocFor is newDoc for training (true) or inference: training keeps the
// directional marks as tokens (tokenizeMarks).
func newDocFor(text string, training bool) *doc {
	b := docBufferPool.Get().(*docBuffers)
	d := &b.doc
	d.text, d.bufs = text, b
	d.training = training // read by splitSentences; extract sets it again
	d.sents, d.quotes = d.bufs.sents[:0], d.bufs.quotes[:0]
	buf := d.bufs.toks[:0]
	if cap(buf) < len(text)/4+8 {
		buf = make([]token, 0, len(text)/3+8) // about one token in five bytes of English
	}
	d.toks = tokenizeMarks(text, buf, !training)
	if !training {
		d.joinWrappedLines()     // wrapped_lines.go
		d.joinSymbolNames()      // symbol_names.go
		d.joinWebDomains()       // web_domain.go
		d.splitWireKicker()      // wire_kicker.go
		d.readGuillemets()       // guillemets.go
		d.promoteSingleQuotes()  // single_quotes.go
		d.closeMarksAfterWords() // closing_marks.go
		d.markSurnameMay()       // surname_may.go
		d.markGivenNameWill()    // given_name_will.go
		d.markAcronymWho()       // acronym_who.go
	}
	d.countTokens()
	d.findQuotations()
	d.splitSentences()
	// tokForm's cache, filled on demand
	d.forms = d.bufs.forms[:0]
	if cap(d.forms) < len(d.toks) {
		d.forms = make([]uint8, 0, len(d.toks)+len(d.toks)/2)
	}
	d.forms = d.forms[:len(d.toks)]
	clear(d.forms)
	d.bufs.forms = d.forms
	return d
}

func (d *doc) npara() int { return len(d.paraS) - 1 }

// The token accessors below take any index, out of range included. They
// run millions of times per megabyte: uint(i) < uint(n) tests 0 <= i < n in
// one comparison (a negative i wraps to a huge value).

// word returns the lower-case form of token i if it is a word, else "".
// tokAt returns token i, or outside the text a punctuation token with no
// text, so that a rule may look a token or two past its cue at either end
// of the text without a bounds check of its own.
func (d *doc) tokAt(i int) token {
	if uint(i) >= uint(len(d.toks)) {
		return token{kind: tPunct}
	}
	return d.toks[i]
}

func (d *doc) word(i int) string {
	if uint(i) >= uint(len(d.toks)) || d.toks[i].kind != tWord {
		return ""
	}
	return d.toks[i].lower
}

func (d *doc) punct(i int) string {
	if uint(i) >= uint(len(d.toks)) || d.toks[i].kind != tPunct {
		return ""
	}
	return d.toks[i].lower
}

func (d *doc) isQuote(i int) bool { return uint(i) < uint(len(d.toks)) && d.toks[i].kind == tQuote }

func (d *doc) inQuote(i int) bool { return uint(i) < uint(len(d.qidx)) && d.qidx[i] >= 0 }

// findQuotations pairs quotation marks paragraph by paragraph.
func (d *doc) findQuotations() {
	d.qidx = intsOfLen(d.bufs.qidx, len(d.toks))
	for i := range d.qidx {
		d.qidx[i] = -1
	}
	cont := -1 // quotation continuing from the previous paragraph
	// the quotations' first parts share a block, of one part for two
	// quotation marks (it grows if need be)
	block := d.bufs.quoteParts[:0]
	if n := int(d.quotesTo[len(d.toks)]); n > 0 && cap(block) < n/2+1 {
		block = make([][2]int, 0, n/2+1)
	}
	firstPart := func(s, e int) [][2]int {
		block = append(block, [2]int{s, e})
		return block[len(block)-1 : len(block) : len(block)]
	}
	for p := 0; p < d.npara(); p++ {
		ps, pe := d.paraS[p], d.paraS[p+1]
		if d.quotesTo[pe] == d.quotesTo[ps] {
			cont = -1 // no quotation mark: nothing opens, nothing continues
			continue
		}
		open := -1
		if cont >= 0 {
			// the paragraph must start with an opening mark to continue
			if ps < pe && d.toks[ps].kind == tQuote && d.toks[ps].qrole != qClose || d.unopenedContinuation(p) {
				open = ps // (or the opening mark is missing: unopened_continuation.go)
			} else {
				cont = -1
			}
		}
		var pending *quotation
		if cont >= 0 {
			pending = &d.quotes[cont]
		}
		for i := ps; i < pe; i++ {
			t := &d.toks[i]
			if t.kind != tQuote {
				continue
			}
			role := t.qrole
			if role == qClose && open < 0 && i == ps && pending == nil {
				role = qOpen // ”A,” said Kim: an opening mark typed as the closing one
			}
			if role == qAmbig {
				if open >= 0 {
					role = qClose
				} else {
					role = qOpen
				}
			}
			if role == qOpen && open >= 0 && i != open {
				if pending != nil {
					// a continued quotation re-opened mid paragraph: close the part here
					pending.parts = append(pending.parts, [2]int{open, i - 1})
					pending, cont = nil, -1
				} else if i-1 > open {
					d.quotes = append(d.quotes, quotation{parts: firstPart(open, i-1)})
				}
				open = i
				continue
			}
			if role == qOpen {
				open = i
				continue
			}
			// closing mark
			if open < 0 {
				continue // stray closing mark
			}
			if pending != nil {
				pending.parts = append(pending.parts, [2]int{open, i})
				pending.closed = true
				pending, cont = nil, -1
			} else {
				d.quotes = append(d.quotes, quotation{parts: firstPart(open, i), closed: true})
			}
			open = -1
		}
		if open >= 0 && open < pe-1 {
			if pending != nil {
				pending.parts = append(pending.parts, [2]int{open, pe - 1})
			} else {
				d.quotes = append(d.quotes, quotation{parts: firstPart(open, pe-1)})
				cont = len(d.quotes) - 1
			}
			// continues only when the next paragraph opens a quotation
			if p+1 < d.npara() {
				n := d.paraS[p+1]
				if !(n < len(d.toks) && d.toks[n].kind == tQuote && d.toks[n].qrole != qClose) && !d.unopenedContinuation(p+1) {
					cont = -1
				}
			}
		} else {
			cont = -1
		}
	}
	d.bufs.quoteParts = block
	for qi, q := range d.quotes {
		for _, pt := range q.parts {
			for i := pt[0]; i <= pt[1]; i++ {
				d.qidx[i] = qi
			}
		}
	}
}

func isTerminal(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

// splitSentences splits paragraphs into sentences at terminal punctuation
// outside quotations, and after a quotation that ends a sentence.
func (d *doc) splitSentences() {
	d.sentOf = intsOfLen(d.bufs.sentOf, len(d.toks))
	for p := 0; p < d.npara(); p++ {
		ps, pe := d.paraS[p], d.paraS[p+1]
		start := ps
		e := d.datelineEnd(ps, pe)
		if e == 0 && !d.training {
			e = d.longDatelineEnd(ps, pe) // dateline_long.go
		}
		if e > 0 {
			d.sents = append(d.sents, sentence{s: ps, e: e, para: p})
			start = e
		}
		for i := start; i < pe; i++ {
			// most tokens: plain words, which end no sentence (a loop
			// without calls: the compiler keeps it in registers)
			for toks := d.toks; i < pe && toks[i].kind == tWord && !toks[i].abbr && i+1-start < maxSentenceTokens; i++ {
			}
			if i >= pe {
				break
			}
			t := &d.toks[i]
			end := -1
			switch t.kind {
			case tPunct:
				if !isTerminal(t.lower) || d.inQuote(i) || d.tickerDot(i) { // "(ACME.O)" (ticker_code.go)
					break
				}
				j := i + 1
				for j < pe && (d.punct(j) == ")" || isTerminal(d.punct(j)) || (d.isQuote(j) && !d.inQuote(j))) {
					j++
				}
				if j >= pe || d.startsSentence(j) {
					end = j
				}
			case tWord:
				if !t.abbr || d.inQuote(i) || i+1 >= pe {
					break
				}
				if d.tokAt(i+1).upper && (t.lower == "u.s." || t.lower == "u.k." || t.lower == "d.c.") && d.startsSentence(i+1) && (subjPronouns.has(d.word(i+1)) || discourse.has(d.word(i+1)) || determiners.has(d.word(i+1))) {
					end = i + 1
				} else if d.punct(i-1) == "," && partyLabel(d.text[t.s:t.e]) && d.isQuote(i+1) && d.inQuote(i+1) && d.quotes[d.qidx[i+1]].first() == i+1 {
					end = i + 1 // "..., said Sen. Lee, R-Utah. “I get that.”"
				}
			case tQuote:
				if !d.inQuote(i) || d.quotes[d.qidx[i]].last() != i || i <= ps {
					break
				}
				// "... end." Next sentence: split unless an attribution follows
				// a quotation ending a longer sentence ends it even before a
				// frame: "X said the probe is “ongoing.” He said ..."
				if isTerminal(d.punct(i-1)) && i+1 < pe && d.startsSentence(i+1) && (!d.attributionFollows(i+1, pe) || d.quotes[d.qidx[i]].first() > start) {
					end = i + 1
				}
			}
			if end < 0 && i+1-start >= maxSentenceTokens {
				end = i + 1
			}
			if end > 0 {
				d.sents = append(d.sents, sentence{s: start, e: end, para: p})
				start = end
				i = end - 1
			}
		}
		if start < pe {
			d.sents = append(d.sents, sentence{s: start, e: pe, para: p})
		}
	}
	for si, s := range d.sents {
		for i := s.s; i < s.e; i++ {
			d.sentOf[i] = si
		}
	}
}

// datelineEnd returns the end of a dateline opening a paragraph ("ORLANDO
// —", "MACAU (Reuters) –"), or 0.
func (d *doc) datelineEnd(ps, pe int) int {
	k, caps := ps, 0
	for k < pe && k < ps+8 {
		t := &d.toks[k]
		switch {
		case t.kind == tWord && isAllCaps(d.text[t.s:t.e]):
			caps++
		case t.kind == tPunct && (t.lower == "," || t.lower == "(" || t.lower == ")" || t.lower == "."):
		case t.kind == tWord && t.upper && k > ps && d.punct(k-1) == "(":
		default:
			if caps > 0 && t.kind == tPunct && (t.lower == "—" || t.lower == "–" || t.lower == "-") && k+1 < pe {
				return k + 1
			}
			return 0
		}
		k++
	}
	return 0
}

func isAllCaps(w string) bool {
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'a' <= c && c <= 'z' {
			return false
		}
		if 'A' <= c && c <= 'Z' {
			n++
		}
	}
	return n >= 2
}

// startsSentence reports whether token j can begin a sentence.
func (d *doc) startsSentence(j int) bool {
	t := &d.toks[j]
	if t.kind == tQuote {
		return t.qrole != qClose
	}
	if t.kind == tWord {
		return t.upper || (t.lower[0] >= '0' && t.lower[0] <= '9')
	}
	return t.lower == "(" || t.lower == "—" || t.lower == "-"
}

// attributionFollows reports whether a short attribution ("Trump said") starts at j.
func (d *doc) attributionFollows(j, pe int) bool {
	end := j + 5
	for k := j; k < pe && k < end; k++ {
		w := d.word(k)
		if w == "" {
			// "“Why?” Ann Lee, a nurse, asked.": over an apposition
			if a := d.appositionEnd(k, pe); a > 0 && k > j && d.toks[j].upper && end == j+5 {
				k, end = a, a+4
				continue
			}
			return false
		}
		if c, ok := cueOf(w); ok && c.class != cueBelief {
			// "“…” The campaign did not respond.": a quotation is never the
			// content of a negated frame, so it ends its own sentence
			return !d.negatedAt(k)
		}
	}
	return false
}

// appositionEnd returns the token after a short apposition between commas
// that opens at the comma k ("Ann Lee, a nurse, asked"), or 0.
func (d *doc) appositionEnd(k, pe int) int {
	if d.punct(k) != "," {
		return 0
	}
	for x := k + 1; x < pe && x < k+12; x++ {
		if d.toks[x].kind == tWord {
			continue
		}
		if d.punct(x) == "," && x > k+1 {
			return x
		}
		return 0
	}
	return 0
}

// frameSlab hands out a document's frames from blocks recycled between
// documents: frameAt keeps about one frame in twenty words, and allocating
// each afresh was a fifth of the bytes the extractor allocates (and so of
// its garbage collections). No frame outlives its document's extraction.
type frameSlab struct {
	blocks []*[frameBlock]attribution
	n      int // frames handed out
}

const frameBlock = 64

// next returns a frame for the caller to overwrite whole: it may hold an
// earlier document's frame.
func (s *frameSlab) next() *attribution {
	b, k := s.n/frameBlock, s.n%frameBlock
	if b == len(s.blocks) {
		s.blocks = append(s.blocks, new([frameBlock]attribution))
	}
	s.n++
	return &s.blocks[b][k]
}

// reset takes back all frames.
func (s *frameSlab) reset() { s.n = 0 }

// contentSlab hands out the first backing arrays of the statements'
// contents from blocks recycled between documents: fillContent gives most
// frames a content, and allocating each afresh was a fifth of the
// extractor's allocations. No content outlives its document's extraction.
type contentSlab struct {
	blocks [][]rng
	b, n   int // the block in use and the ranges handed out from it
}

const contentBlock = 256

// alloc returns n ranges (len and cap n) for the caller to overwrite.
func (s *contentSlab) alloc(n int) []rng {
	if n > contentBlock {
		return make([]rng, n)
	}
	if s.b < len(s.blocks) && s.n+n > contentBlock {
		s.b, s.n = s.b+1, 0
	}
	if s.b == len(s.blocks) {
		s.blocks = append(s.blocks, make([]rng, contentBlock))
	}
	r := s.blocks[s.b][s.n : s.n+n : s.n+n]
	s.n += n
	return r
}

// reset takes back all ranges.
func (s *contentSlab) reset() { s.b, s.n = 0, 0 }

// appendContent is append(c, r...), but a new backing array for a c
// without one comes from the document's contentSlab. Its capacity is
// append's (len(r): ranges fill whole size classes), so that later appends
// to c or to copies of it behave as before.
func (d *doc) appendContent(c []rng, r ...rng) []rng {
	if cap(c) > 0 || len(r) == 0 {
		return append(c, r...)
	}
	c = d.bufs.contents.alloc(len(r))
	copy(c, r)
	return c
}
