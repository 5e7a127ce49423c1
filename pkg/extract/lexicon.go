package extract

import (
	_ "embed"
	"strings"
	"unicode/utf8"
)

//go:embed data/cues.txt
var cuesData string

// cueClass is the syntactic behaviour of a reporting verb.
type cueClass uint8

const (
	cueSpeech cueClass = iota + 1 // say, claim: content follows or precedes
	cueTell                       // tell X (that) ...: addressee before content
	cueAsk                        // ask: content is a quotation or wh-clause
	cueName                       // call X "...", describe X as ...
	cueBelief                     // think, hope, show: not speech; content must be a clause
)

type cueInfo struct {
	class      cueClass
	lemma      string
	participle bool // -ing form
	past       bool // a past/participle form (for passive detection)
}

// cueLex maps lower-case verb forms to their cue information.
var cueLex = loadCues(cuesData)

func loadCues(data string) map[string]cueInfo {
	m := map[string]cueInfo{}
	classes := map[string]cueClass{"speech": cueSpeech, "tell": cueTell, "ask": cueAsk, "name": cueName, "belief": cueBelief}
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		cl, ok := classes[f[0]]
		if !ok {
			panic("extract: cues.txt: unknown class " + f[0])
		}
		lemma := f[1]
		for _, form := range f[1:] {
			if _, dup := m[form]; dup {
				continue
			}
			m[form] = cueInfo{
				class:      cl,
				lemma:      lemma,
				participle: strings.HasSuffix(form, "ing") && form != lemma,
				past:       form != lemma && !strings.HasSuffix(form, "ing") && !strings.HasSuffix(form, "s"),
			}
		}
	}
	return m
}

// cueTable is cueLex for the hot paths: see cueOf.
var cueTable = newWordTable(cueLex)

// cueOf is cueLex[w] by the cheap word hash: most words looked up are no cue.
func cueOf(w string) (cueInfo, bool) { return cueTable.get(w) }

// cueInfoOf is the cue information of w, the zero cueInfo for no cue.
func cueInfoOf(w string) cueInfo {
	c, _ := cueTable.get(w)
	return c
}

// wordTable maps words to values like a map, in an open-addressing table
// indexed by the cheap word hash (see wordSet).
type wordTable[V any] struct {
	keys  []string // a power of two, at most a quarter full
	vals  []V
	shift uint8 // 32 - log2(len(keys))
}

func newWordTable[V any](m map[string]V) wordTable[V] {
	size, shift := 8, uint8(29)
	for size < 4*len(m) {
		size, shift = size*2, shift-1
	}
	t := wordTable[V]{keys: make([]string, size), vals: make([]V, size), shift: shift}
	for w, v := range m {
		if w == "" {
			panic("extract: empty word in a word table")
		}
		k := wordSlot(wordHash(w), shift)
		for t.keys[k] != "" {
			k = (k + 1) & uint32(size-1)
		}
		t.keys[k], t.vals[k] = w, v
	}
	return t
}

// get returns the value of w and whether w is in the table.
func (t *wordTable[V]) get(w string) (V, bool) {
	if w == "" {
		var none V
		return none, false
	}
	return t.lookup(w, wordHash(w))
}

// lookup is get for a non-empty word whose wordHash h is known.
func (t *wordTable[V]) lookup(w string, h uint32) (V, bool) {
	var none V
	mask := uint32(len(t.keys) - 1)
	for k := wordSlot(h, t.shift); ; k = (k + 1) & mask {
		switch x := t.keys[k&mask]; x {
		case w:
			return t.vals[k&mask], true
		case "":
			return none, false
		}
	}
}

// wordSlot is the first slot of a word of hash h in a table of 1<<(32-shift)
// slots: other bits than the Bloom filters', so that a word a filter lets
// through by mistake rarely meets a full slot.
func wordSlot(h uint32, shift uint8) uint32 { return (h * 0x2C1B3C6D) >> shift }

// wordSet is a set of lower-case words. Most lookups miss, so a small
// Bloom filter over a word's length and its first, middle and last bytes
// rejects a word before it is looked up; the words themselves sit in an
// open-addressing table indexed by the same cheap hash, which is faster
// than a map's hashing of the whole word.
type wordSet struct {
	m     map[string]struct{} // the words, for ranging over
	bloom [16]uint64          // 1024 bits, see wordBit
	table wordTable[struct{}]
}

func wordBit(w string) uint { return uint(wordHash(w) >> 22) }

// wordHash mixes a non-empty word's length and its first, middle and last
// bytes: cheap, and enough to tell most words apart in the pre-filters.
func wordHash(w string) uint32 {
	last := len(w) - 1 // w[last>>1] (not w[len(w)/2]) needs no bounds check
	return uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[last>>1])*0xC2B2AE3D ^ uint32(w[last])*0x27D4EB2F
}

func set(words ...string) wordSet {
	s := wordSet{m: make(map[string]struct{}, len(words))}
	for _, w := range words {
		if w != "" {
			s.m[w] = struct{}{}
			b := wordBit(w)
			s.bloom[b>>6] |= 1 << (b & 63)
		}
	}
	s.table = newWordTable(s.m)
	return s
}

// has reports whether w is in the set. It runs some hundred thousand
// times per megabyte, most calls ending at the Bloom filter: it calls
// nothing (the words are compared byte by byte, not by the runtime's
// memequal), so that it needs no stack frame.
func (s *wordSet) has(w string) bool {
	if w == "" {
		return false
	}
	h := wordHash(w)
	if b := h >> 22; s.bloom[b>>6]&(1<<(b&63)) == 0 {
		return false
	}
	keys := s.table.keys
	mask := uint32(len(keys) - 1)
	for k := wordSlot(h, s.table.shift) & mask; ; k = (k + 1) & mask {
		x := keys[k]
		if x == "" {
			return false
		}
		if len(x) == len(w) && sameBytes(x, w) {
			return true
		}
	}
}

// hasLower is has(strings.ToLower(w)) without allocating for a word of
// up to 32 bytes (callers ask for capitalised names' words, most of which
// are in no set: the bytes are lowered on the stack).
func (s *wordSet) hasLower(w string) bool {
	if len(w) > 32 {
		return s.has(strings.ToLower(w))
	}
	var b [32]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			return s.has(strings.ToLower(w))
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return s.has(string(b[:len(w)])) // no allocation: the string does not escape
}

// sameBytes reports whether x and w, of the same length, are equal.
func sameBytes(x, w string) bool {
	for i := 0; i < len(x) && i < len(w); i++ {
		if x[i] != w[i] {
			return false
		}
	}
	return true
}

// Word classes used by the shallow parser.
var (
	// auxAdv are skipped between a subject and its verb ("he has also said").
	auxAdv = set("has", "have", "had", "also", "later", "previously", "recently", "then", "again",
		"once", "repeatedly", "publicly", "privately", "reportedly", "would", "will", "could", "can",
		"may", "might", "should", "must", "did", "does", "do", "is", "was", "were", "are", "be", "been",
		"being", "never", "often", "frequently", "further", "quickly", "simply", "just", "only", "even",
		"still", "already", "first", "initially", "earlier", "subsequently", "immediately", "not",
		"n't", "ever", "flatly", "always", "usually", "similarly", "separately", "finally", "soon",
		"shortly", "originally", "apparently", "allegedly", "consistently", "explicitly", "directly",
		"'s", "’s", "'ve", "’ve", "has’", "hasn’t", "hasn't", "didn't", "didn’t", "has been", "now",
		"herself", "himself", "themselves", "itself", "yesterday", "today", "tonight", "long", "widely",
		"since", "ago", "personally", "officially", "formally", "specifically", "in", "fact",
		"however", "meanwhile", "nonetheless", "nevertheless")
	beForms = set("is", "was", "were", "are", "be", "been", "being", "'s", "’s")
	// determiners begin a noun phrase.
	determiners = set("the", "a", "an", "another", "this", "these", "those", "some", "many", "several",
		"most", "few", "all", "both", "each", "every", "no", "any", "his", "her", "their", "its", "our",
		"my", "your", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
		"dozens", "hundreds", "other", "more", "such")
	subjPronouns = set("he", "she", "they", "it", "we", "i", "you")
	objPronouns  = set("him", "her", "them", "us", "me", "you", "it", "reporters", "journalists",
		"supporters", "listeners", "viewers", "lawmakers", "voters")
	// npStop end a noun phrase scanned backwards or forwards.
	npStop = set("in", "on", "at", "to", "for", "with", "by", "from", "after", "before", "about",
		"against", "into", "over", "under", "between", "during", "since", "until", "without",
		"within", "through", "across", "among", "toward", "towards", "upon", "via", "per", "than",
		"and", "or", "but", "nor", "so", "yet", "while", "as", "because", "although", "though", "if",
		"unless", "whether", "when", "where", "which", "that", "what", "who", "whom", "whose", "how",
		"why", "not", "there", "here", "however", "moreover", "meanwhile", "also", "now", "then",
		"still", "instead", "indeed", "furthermore", "additionally", "thus", "therefore", "later",
		"earlier", "finally", "today", "yesterday", "tonight", "again", "is", "was", "were", "are",
		"be", "been", "has", "have", "had", "would", "will", "could", "can", "may", "might", "should",
		"must", "did", "does", "do", "just", "even", "only", "too", "very", "like", "unlike",
		"said", "says", "say", "told", "tells", "according", "him", "them", "me", "us",
		"this", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"week", "month", "year", "night", "morning", "afternoon", "evening", "it's", "it’s", "let",
		"once", "ago", "amid", "despite", "whereas", "whom", "neither", "either", "something", "nothing",
		"everything", "anything", "someone", "everyone", "anyone", "nobody")
	// timeWords may sit between a cue and its content.
	timeWords = set("today", "yesterday", "tonight", "monday", "tuesday", "wednesday", "thursday",
		"friday", "saturday", "sunday", "earlier", "later", "also", "again", "recently", "previously",
		"repeatedly", "privately", "publicly", "flatly", "simply", "bluntly", "frankly", "then", "once",
		"afterward", "afterwards", "separately", "further", "now", "quickly", "confidently",
		"openly", "candidly", "angrily", "firmly", "plainly", "emphatically", "recently", "last",
		"often", "morning", "evening", "night", "too", "explicitly", "directly", "instead",
		"falsely", "wrongly", "correctly", "accurately")
	periodWords = set("week", "month", "year", "night", "weekend", "morning", "afternoon", "evening",
		"spring", "summer", "fall", "autumn", "winter", "time", "monday", "tuesday", "wednesday",
		"thursday", "friday", "saturday", "sunday")
	adjunctPreps = set("in", "at", "on", "during", "to", "with", "via", "through", "after", "before",
		"while", "from", "over", "for", "when", "in an", "inside", "outside", "near", "of", "aboard")
	whWords = set("whether", "if", "why", "how", "what", "who", "when", "where", "which")
	// statementNouns follow "issued a" in statement cues.
	statementNouns = set("statement", "communique", "communiqué", "readout", "release", "memo", "letter", "report", "tweet", "note")
	statementVerbs = set("issued", "issues", "issue", "released", "releases", "release", "put", "puts",
		"published", "publishes", "sent", "posted", "made", "gave", "delivered")
	// discourse words at sentence start that are not part of a subject.
	discourse = set("but", "and", "or", "so", "yet", "however", "moreover", "meanwhile", "still",
		"now", "then", "also", "additionally", "furthermore", "instead", "indeed", "later", "earlier",
		"finally", "first", "today", "yesterday", "in", "on", "at", "after", "before", "for", "with",
		"as", "while", "when", "if", "although", "though", "because", "since", "thus", "therefore",
		"again", "likewise", "overall", "similarly", "separately", "ultimately", "previously", "currently",
		"notably", "nonetheless", "nevertheless", "otherwise", "already", "even", "instead", "besides")
	// orgWords mark an organisation name.
	orgWords = set("ministry", "department", "government", "administration", "agency", "committee",
		"commission", "council", "court", "party", "office", "house", "kremlin", "campaign", "bureau",
		"service", "police", "army", "military", "navy", "university", "institute", "center", "centre",
		"foundation", "association", "union", "organization", "organisation", "news", "times", "post",
		"journal", "network", "press", "cnn", "fox", "reuters", "ap", "nbc", "abc", "cbs", "msnbc",
		"company", "corp", "inc", "group", "board", "senate", "congress", "parliament", "legislature",
		"assembly", "coalition", "alliance", "embassy", "fbi", "cia", "nato", "pentagon", "poll",
		"survey", "study", "report", "statement", "regime", "authorities", "team", "force", "forces",
		"fund", "bank", "reserve", "project", "caucus", "club", "federation", "league", "directorate",
		"secretariat", "staff", "outlet", "newspaper", "magazine", "website", "blog", "tribune",
		"daily", "herald", "gazette", "politico", "breitbart", "bloomberg", "cbc", "bbc", "tass", "efe",
		"afp", "xinhua", "interfax", "ria", "nations", "states", "media", "prosecutors", "court",
		"judiciary", "ministry", "cabinet", "presidency", "police", "guard", "un", "eu")
	// anonymousHeads mark unnamed sources.
	anonymousHeads = set("official", "officials", "source", "sources", "aide", "aides", "people",
		"person", "someone", "adviser", "advisers", "advisor", "advisors", "insider", "insiders",
		"analyst", "analysts", "expert", "experts", "observers", "critics", "witness", "witnesses",
		"residents", "diplomat", "diplomats", "officers", "lawmakers", "members", "supporters",
		"opponents", "democrats", "republicans", "others", "many", "some", "staffers", "investigators",
		"activists", "protesters", "protestors", "economists", "scientists", "researchers", "voters",
		"americans", "leaders", "friends", "allies", "colleagues", "associates", "sources,")
	// roleNouns describe a person's function ("the spokesman").
	roleNouns = set("spokesman", "spokeswoman", "spokesperson", "president", "minister", "secretary",
		"senator", "governor", "mayor", "chairman", "chairwoman", "chair", "director", "chief",
		"ambassador", "leader", "candidate", "nominee", "representative", "congressman",
		"congresswoman", "lawmaker", "attorney", "lawyer", "judge", "general", "commander",
		"manager", "adviser", "advisor", "aide", "official", "prosecutor", "sheriff", "speaker",
		"founder", "ceo", "economist", "analyst", "professor", "strategist", "pollster", "diplomat",
		"premier", "chancellor", "king", "queen", "dictator", "ruler", "head", "deputy", "administrator",
		"envoy", "commissioner", "coach",
		// offices of English news outside the US (session 22): "Taoiseach
		// Micheál Martin", "Treasurer Jim Chalmers", "Labour MP Diane
		// Abbott" ("PM" and "TD" only among the honorifics: "the PM" keeps
		// its capitals, a "TD" of sports news is no office)
		"taoiseach", "tánaiste", "tanaiste", "treasurer", "mp", "mla", "msp", "mep", "mpp",
		// the Dáil's chair: "Ceann Comhairle Seán Ó Fearghaíl" (absent from train)
		"ceann", "comhairle")
	abbreviations = set("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "st",
		"jr", "sr", "inc", "co", "corp", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug", "sept",
		"sep", "oct", "nov", "dec", "rev", "prof", "sgt", "capt", "maj", "adm", "ft", "mt", "ave",
		"dept", "est", "approx", "fig", "gens", "reps", "sens", "supt", "cmdr", "pres", "atty",
		"u.s", "u.n", "u.k", "e.u", "d.c", "a.m", "p.m", "e.g", "i.e", "etc", "ph.d", "calif",
		"fla", "ill", "mass", "mich", "minn", "penn", "tenn", "tex", "va", "wash", "wis", "conn",
		"ariz", "colo", "ga", "ky", "la", "md", "mo", "nev", "okla", "ore", "pa", "n.y", "n.j",
		"l.a", "s.c", "n.c", "w.va",
		// ranks and forms of address before a name ("Brig. Gen. Pat Ryder", "Det. Ana Ruiz")
		"brig", "cpl", "pvt", "spc", "det", "insp", "amb", "msgr", "hon")
)

// monthNames name the months (time adjuncts, dates).
var monthNames = set("january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december")
