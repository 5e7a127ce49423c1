package extract

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/speakers.txt
var defaultSpeakersData string

// entry is one canonical speaker of the alias table.
type entry struct {
	name    string
	kind    SpeakerKind
	title   string
	aliases []string
	// hidden forms resolve to the entry but are not shown as aliases
	// (generated variants such as "government of Tokayev").
	hidden []string
	id     string // SpeakerID(name), set by build
}

// country is a country known to the alias table, used to resolve "the
// government" and similar unqualified mentions.
type country struct {
	name      string
	demonyms  []string
	context   []string // cities, leaders
	govEntity int      // index of "Government of <name>" in Aliases.entries
	// names: the normalised name and demonyms (isCountryNameOrDemonym), set
	// by build
	names []string
	// ministries: the country's offices are ministries; false when the
	// table gives its ministry forms to departments ("U.S. Foreign
	// Ministry" is the State Department), set by build
	ministries bool
	// personal: the name is also a person's ("~Jordan" in the table): it
	// names the country only inside an office's name ("Jordan's foreign
	// ministry", "the Jordan government"), never alone, so it is neither
	// a country mention nor a country word before a name ("Michael
	// Jordan", "Chad Sweet")
	personal bool
}

// Aliases is an alias table: canonical speakers and the forms that name them.
// It is immutable after construction and safe for concurrent use.
type Aliases struct {
	entries   []entry
	countries []country
	byKey     map[string]int // normalised name/alias key -> entry index
	bySurname map[string]int // last name of a person -> entry index, -1 when ambiguous
	// countryKey maps a normalised country word sequence (name, demonym,
	// context word) to the country index.
	countryKey map[string]int
	// personalKey: the personal country names (country.personal), read
	// only in the keys of office names
	personalKey map[string]int
	// deptMinistry: the generated ministries of the countries whose
	// offices are ministries, which a "department" of that country names
	// too (lookupSlow)
	deptMinistry map[int]bool
	// byCaps: initials that are a pronoun in lower case ("WHO"), matched
	// only as written (lookupSlow): names match in lower case, where "who"
	// of a relative subject would be the World Health Organization
	byCaps     map[string]int
	ctryFirst  map[string]bool // first words of countryKey entries
	ctryFilter *keyFilter      // the ctryFirst words: a cheap pre-filter
	// ctryFirstWords: ctryFirst for the hot path (maybeCountry)
	ctryFirstWords wordSet
	maxCtryLen     int // longest countryKey in words
	// ctryRunLen: the longest countryKey in words of each first word
	// (countryRunLen): most countries are one word, which countriesIn
	// then looks up once instead of maxCtryLen times
	ctryRunLen wordTable[int]

	// cache memoises lookup: names repeat across articles.
	mu    sync.RWMutex
	cache map[string]lookupResult
	// surnameOnly memoises bySurnameOnly (article_surname.go), under mu
	surnameOnly map[string]bool
	// synonymKeys memoises the key words of the role synonyms' titles
	// (resolve_role_title.go): string -> []string
	synonymKeys sync.Map

	// personForms maps another written form of a person's full name
	// (lower case, in PersonNameForm) to the name to give: the "form"
	// lines (person_forms.go).
	personForms map[string]string
}

type lookupResult struct {
	i  int
	ok bool
}

const maxCache = 1 << 14

var (
	defaultOnce    sync.Once
	defaultAliases *Aliases
)

// DefaultAliases returns the table built from the embedded data/speakers.txt.
func DefaultAliases() *Aliases {
	defaultOnce.Do(func() {
		a, err := ParseAliases(strings.NewReader(defaultSpeakersData))
		if err != nil {
			panic("extract: embedded speakers.txt: " + err.Error())
		}
		defaultAliases = a
	})
	return defaultAliases
}

// ParseAliases reads an alias table in the format of data/speakers.txt:
//
//	kind | canonical name | title (demonyms for countries) | alias, alias, ...
//
// where kind "form" lists other written forms of a person's full name
// ("form | Ed Rendell | | Edward Rendell") and takes no title. Blank lines
// and lines starting with # are ignored.
func ParseAliases(r io.Reader) (*Aliases, error) {
	var b builder
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(sc.Text())
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		f := strings.Split(s, "|")
		if len(f) != 4 {
			return nil, fmt.Errorf("aliases line %d: want 4 fields separated by '|' (kind | name | title | aliases), got %d", line, len(f))
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		name := f[1]
		if name == "" {
			return nil, fmt.Errorf("aliases line %d: empty canonical name", line)
		}
		list := splitList(f[3])
		switch strings.ToLower(f[0]) {
		case "person":
			b.addEntry(entry{name: name, kind: SpeakerPerson, title: f[2], aliases: list})
		case "organization", "organisation", "org":
			b.addEntry(entry{name: name, kind: SpeakerOrganization, title: f[2], aliases: list})
		case "anonymous":
			b.addEntry(entry{name: name, kind: SpeakerAnonymous, title: f[2], aliases: list})
		case "form":
			if f[2] != "" {
				return nil, fmt.Errorf("aliases line %d: a form line takes no title (form | name | | other forms), got %q", line, f[2])
			}
			if len(list) == 0 {
				return nil, fmt.Errorf("aliases line %d: a form line lists no other forms of %q", line, name)
			}
			b.addForms(name, list)
		case "country":
			personal := strings.HasPrefix(name, "~")
			name = strings.TrimSpace(strings.TrimPrefix(name, "~"))
			b.countries = append(b.countries, country{name: name, demonyms: splitList(f[2]), context: list, personal: personal})
		default:
			return nil, fmt.Errorf("aliases line %d: unknown kind %q (want person, organization, anonymous, country or form)", line, f[0])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("aliases line %d: %w", line+1, err)
	}
	return b.build(), nil
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

type builder struct {
	entries   []entry
	countries []country
	forms     map[string]string // Aliases.personForms
}

// addEntry adds e, merging it into an existing entry with the same ID.
func (b *builder) addEntry(e entry) {
	id := SpeakerID(e.name)
	for i := range b.entries {
		if SpeakerID(b.entries[i].name) == id {
			old := &b.entries[i]
			old.kind = e.kind
			if e.title != "" {
				old.title = e.title
			}
			for _, al := range e.aliases {
				if !slices.Contains(old.aliases, al) {
					old.aliases = append(old.aliases, al)
				}
			}
			for _, al := range e.hidden {
				if !slices.Contains(old.hidden, al) {
					old.hidden = append(old.hidden, al)
				}
			}
			return
		}
	}
	e.aliases = slices.Clone(e.aliases)
	e.hidden = slices.Clone(e.hidden)
	b.entries = append(b.entries, e)
}

func (b *builder) build() *Aliases {
	// Every country yields a government speaker and its ministries.
	for ci := range b.countries {
		c := &b.countries[ci]
		al, hidden := governmentAliases(c)
		b.addEntry(entry{name: "Government of " + c.name, kind: SpeakerOrganization, aliases: al, hidden: hidden})
		for _, m := range ministries {
			b.addEntry(ministryEntry(c, m))
		}
		b.addEntry(militaryEntry(c))
	}
	a := &Aliases{
		entries:     b.entries,
		countries:   b.countries,
		byKey:       map[string]int{},
		bySurname:   map[string]int{},
		countryKey:  map[string]int{},
		personalKey: map[string]int{},
		ctryFirst:   map[string]bool{},
		ctryFilter:  new(keyFilter),
		personForms: b.forms,
	}
	for i := range a.entries {
		a.entries[i].id = SpeakerID(a.entries[i].name)
	}
	runLen := map[string]int{}
	for ci := range a.countries {
		c := &a.countries[ci]
		c.names = nil
		for _, d := range append([]string{c.name}, c.demonyms...) {
			c.names = append(c.names, strings.Join(normWords(d), " "))
		}
		c.govEntity = -1
		gid := SpeakerID("Government of " + c.name)
		for i := range a.entries {
			if SpeakerID(a.entries[i].name) == gid {
				c.govEntity = i
			}
		}
		for j, w := range append(append([]string{c.name}, c.demonyms...), c.context...) {
			k := strings.Join(normWords(w), " ")
			if k == "" {
				continue
			}
			if j == 0 && c.personal {
				if _, dup := a.personalKey[k]; !dup {
					a.personalKey[k] = ci
				}
				continue
			}
			if _, dup := a.countryKey[k]; !dup {
				a.countryKey[k] = ci
			}
			first, _, _ := strings.Cut(k, " ")
			a.ctryFirst[first] = true
			a.ctryFilter.add(first)
			n := strings.Count(k, " ") + 1
			if n > a.maxCtryLen {
				a.maxCtryLen = n
			}
			if n > runLen[first] {
				runLen[first] = n
			}
		}
	}
	a.ctryFirstWords = set(slices.Collect(maps.Keys(a.ctryFirst))...)
	a.ctryRunLen = newWordTable(runLen)
	for i, e := range a.entries {
		forms := append(append([]string{e.name, SpeakerID(e.name)}, e.aliases...), e.hidden...)
		for _, f := range forms {
			if pronounInitials(f) {
				if a.byCaps == nil {
					a.byCaps = map[string]int{}
				}
				a.byCaps[f] = i
				continue
			}
			a.index(f, a.key(f), i)
		}
		if e.kind == SpeakerPerson {
			for _, f := range forms {
				a.index(f, a.key(stripHonorifics(f)), i)
			}
			for _, f := range forms {
				w := normWords(stripHonorifics(f))
				if len(w) > 1 {
					a.indexSurname(w[len(w)-1], i)
				}
			}
		}
	}
	for ci := range a.countries {
		c := &a.countries[ci]
		name := ministryEntry(c, ministries[0]).name
		i, ok := a.byKey[a.key(name)]
		c.ministries = ok && a.entries[i].id == SpeakerID(name)
		if !c.ministries {
			continue
		}
		for _, m := range ministries {
			if i, ok := a.byKey[a.key(ministryEntry(c, m).name)]; ok {
				if a.deptMinistry == nil {
					a.deptMinistry = map[int]bool{}
				}
				a.deptMinistry[i] = true
			}
		}
	}
	return a
}

// governmentAliases returns the alias forms of a country's government: the
// shown ones are grammatical ("Kazakh government", "Kazakhstan government");
// the hidden ones only help resolution ("government of Kazakh",
// "Almaty government", possessive demonyms).
func governmentAliases(c *country) (shown, hidden []string) {
	seen := map[string]bool{strings.Join(normWords("Government of "+c.name), " "): true}
	add := func(list *[]string, f string) {
		k := strings.Join(normWords(f), " ")
		if seen[k] {
			return
		}
		seen[k] = true
		*list = append(*list, f)
	}
	add(&shown, c.name+" government")
	for _, d := range c.demonyms {
		if d != stripPossessive(d) || !properAdjective(d) {
			continue
		}
		add(&shown, d+" government")
	}
	for _, w := range append(append([]string{c.name}, c.demonyms...), c.context...) {
		add(&hidden, w+" government")
		add(&hidden, "government of "+w)
	}
	return shown, hidden
}

// ministries are the ministries every country of the table yields: the
// word of "<demonym> <word> Ministry" and the office of "Ministry of
// <office> of <country>". Every form of a ministry's name that news uses
// ("Ukraine's foreign ministry", "the Ukrainian MFA", "Ministry of Foreign
// Affairs of Ukraine", "Foreign Ministry of Ukraine") has the same key
// (Aliases.key ignores word order, "of" and "affairs", reads the country
// in a name or demonym, and "mfa" as "foreign ministry"), so one alias
// reaches them all.
var ministries = []struct{ word, office string }{
	{"Foreign", "Foreign Affairs"}, {"Defense", "Defense"}, {"Interior", "Internal Affairs"},
	{"Finance", "Finance"}, {"Justice", "Justice"}, {"Health", "Health"}, {"Economy", "Economy"},
	{"Education", "Education"}, {"Energy", "Energy"}, {"Agriculture", "Agriculture"},
	{"Trade", "Trade"}, {"Culture", "Culture"}, {"Transport", "Transport"}, {"Labor", "Labor"},
}

// ministryEntry is country c's ministry m, named like "Russian Foreign
// Ministry" (an entry of the table by that name gets its aliases).
func ministryEntry(c *country, m struct{ word, office string }) entry {
	adjective := c.name
	for _, d := range c.demonyms {
		if properAdjective(d) && d == stripPossessive(d) {
			adjective = d
			break
		}
	}
	return entry{name: adjective + " " + m.word + " Ministry", kind: SpeakerOrganization,
		aliases: []string{"Ministry of " + m.office + " of " + c.name}}
}

// militaryEntry is country c's military, named like "Ukrainian Armed
// Forces" and reachable as "Armed Forces of Ukraine", "the Ukrainian
// military", "Ukraine's military", "the Ukrainian army" (the keys read the
// country in a name or demonym). A table entry with these forms keeps
// them ("Israel Defense Forces": the first entry of a key wins).
func militaryEntry(c *country) entry {
	adjective := ministryEntry(c, ministries[0]).name
	adjective = strings.TrimSuffix(adjective, " "+ministries[0].word+" Ministry")
	return entry{name: adjective + " Armed Forces", kind: SpeakerOrganization,
		aliases: []string{"Armed Forces of " + c.name, adjective + " military"},
		hidden:  []string{adjective + " army"}}
}

// pronounInitials reports initials that are a pronoun or question word
// in lower case: "WHO".
func pronounInitials(f string) bool {
	l := strings.ToLower(f)
	return f != l && strings.ToUpper(f) == f && (whWords.has(l) || relativeWords.has(l) || subjPronouns.has(l))
}

// properAdjective reports whether a demonym reads as an adjective before
// "government": a capitalised word or an abbreviation, not a possessive.
func properAdjective(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) && !strings.ContainsAny(w, "'’")
}

func (a *Aliases) index(form, k string, i int) {
	if k == "" {
		return
	}
	if _, ok := a.byKey[k]; !ok {
		a.byKey[k] = i
	}
}

func (a *Aliases) indexSurname(s string, i int) {
	if old, ok := a.bySurname[s]; ok && old != i {
		a.bySurname[s] = -1
		return
	}
	a.bySurname[s] = i
}

// Merge returns a new table with the entries of a and b; for the same
// canonical ID, b's kind and title win and aliases are united.
func (a *Aliases) Merge(b *Aliases) *Aliases {
	var bl builder
	for _, src := range []*Aliases{a, b} {
		if src == nil {
			continue
		}
		for _, e := range src.entries {
			bl.addEntry(e)
		}
		for _, c := range src.countries {
			bl.addCountry(c)
		}
		for form, name := range src.personForms {
			bl.addForm(form, name)
		}
	}
	return bl.build()
}

func (b *builder) addCountry(c country) {
	for i := range b.countries {
		if b.countries[i].name == c.name {
			o := &b.countries[i]
			o.demonyms = unionStrings(o.demonyms, c.demonyms)
			o.context = unionStrings(o.context, c.context)
			o.personal = o.personal || c.personal
			return
		}
	}
	c.demonyms = slices.Clone(c.demonyms)
	c.context = slices.Clone(c.context)
	b.countries = append(b.countries, c)
}

func unionStrings(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// Resolve maps a name, alias or ID to its canonical speaker. Matching ignores
// case, punctuation, possessives, honorifics and word order; a bare surname
// matches a person when it is unambiguous in the table.
func (a *Aliases) Resolve(name string) (Speaker, bool) {
	i, ok := a.lookup(name)
	if !ok {
		return Speaker{}, false
	}
	return a.speaker(i), true
}

// resolveShared is Resolve for the resolver, which asks the table some
// thousand times per megabyte: the speaker's aliases are the table's own,
// not a copy. That is safe because the resolver never writes to a
// speaker's aliases but appends to them only, and they are clipped (cap
// = len), so an append copies; and every quote gets a copy of its
// speaker's aliases at the end (addSurfaceAliases, Extractor.extract's
// training candidates).
func (a *Aliases) resolveShared(name string) (Speaker, bool) {
	i, ok := a.lookup(name)
	if !ok {
		return Speaker{}, false
	}
	e := a.entries[i]
	return Speaker{ID: e.id, Name: e.name, Kind: e.kind, Title: e.title, Aliases: slices.Clip(e.aliases)}, true
}

func (a *Aliases) lookup(name string) (int, bool) {
	if a == nil {
		return 0, false
	}
	a.mu.RLock()
	r, hit := a.cache[name]
	a.mu.RUnlock()
	if hit {
		return r.i, r.ok
	}
	i, ok := a.lookupSlow(name)
	a.mu.Lock()
	if a.cache == nil {
		a.cache = map[string]lookupResult{}
	}
	if len(a.cache) < maxCache {
		a.cache[strings.Clone(name)] = lookupResult{i, ok}
	}
	a.mu.Unlock()
	return i, ok
}

func (a *Aliases) lookupSlow(name string) (int, bool) {
	if i, ok := a.byCaps[name]; ok {
		return i, true // "WHO"
	}
	if i, ok := a.byKey[a.key(name)]; ok {
		return i, true
	}
	stripped := stripHonorifics(name)
	if i, ok := a.byKey[a.key(stripped)]; ok && a.entries[i].kind == SpeakerPerson {
		return i, true
	}
	if w := normWords(stripped); len(w) == 1 {
		if i, ok := a.bySurname[w[0]]; ok && i >= 0 {
			return i, true
		}
	}
	return a.departmentMinistry(name)
}

// departmentMinistry resolves a country's department to its ministry:
// "the Philippines' Department of Foreign Affairs", "Ireland's Department
// of Health" (their offices are named so) are the Philippine Foreign
// Ministry and the Irish Health Ministry. Only the generated ministries of
// a country whose offices are ministries: "the U.S. Energy Department" is
// no "American Energy Ministry".
func (a *Aliases) departmentMinistry(name string) (int, bool) {
	if len(a.deptMinistry) == 0 || !containsFoldASCII(name, "department") && !containsFoldASCII(name, "dept") {
		return 0, false
	}
	w := normWords(name)
	found := false
	for k, x := range w {
		if x == "department" || x == "dept" {
			w[k], found = "ministry", true
		}
	}
	if !found {
		return 0, false
	}
	if i, ok := a.byKey[a.key(strings.Join(w, " "))]; ok && a.deptMinistry[i] {
		return i, true
	}
	return 0, false
}

// containsFoldASCII reports whether s contains the lower-case ASCII
// string sub in any case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

func (a *Aliases) speaker(i int) Speaker {
	e := a.entries[i]
	return Speaker{ID: e.id, Name: e.name, Kind: e.kind, Title: e.title, Aliases: slices.Clone(e.aliases)}
}

// maybeCountry is a cheap filter: whether the lower-case word w can begin a
// country mention.
func (a *Aliases) maybeCountry(w string) bool {
	if a.ctryFilter == nil {
		return false
	}
	w = stripPossessive(w)
	if strings.IndexByte(w, '.') >= 0 {
		if len(w) <= 32 {
			// "u.s." as "us", built on the stack: a short string converted
			// for calls that keep no reference to it is not allocated either
			var buf [32]byte
			k := string(appendNoDots(buf[:0], w))
			return a.ctryFilter.has(k) && a.ctryFirstWords.has(k)
		}
		w = strings.ReplaceAll(w, ".", "")
	}
	return a.ctryFilter.has(w) && a.ctryFirstWords.has(w)
}

// countryRunLen is the longest run of words, from w on, that
// countryOfTokens may find a country in: 0 where maybeCountry(w) is false,
// else the most words of a countryKey whose first word is w's.
func (a *Aliases) countryRunLen(w string) int {
	if a.ctryFilter == nil {
		return 0
	}
	w = stripPossessive(w)
	if strings.IndexByte(w, '.') >= 0 {
		if len(w) <= 32 {
			var buf [32]byte // as in maybeCountry
			k := string(appendNoDots(buf[:0], w))
			if !a.ctryFilter.has(k) || !a.ctryFirstWords.has(k) {
				return 0
			}
			n, _ := a.ctryRunLen.get(k)
			return n
		}
		w = strings.ReplaceAll(w, ".", "")
	}
	if !a.ctryFilter.has(w) || !a.ctryFirstWords.has(w) {
		return 0
	}
	n, _ := a.ctryRunLen.get(w)
	return n
}

// appendNoDots appends w without its dots to dst.
func appendNoDots(dst []byte, w string) []byte {
	for j := 0; j < len(w); j++ {
		if w[j] != '.' {
			dst = append(dst, w[j])
		}
	}
	return dst
}

// countryOfTokens is countryOf for a run of word tokens, without allocating
// in the common single-word case.
func (a *Aliases) countryOfTokens(toks []token) (int, bool) {
	if len(toks) == 1 {
		w := stripPossessive(toks[0].lower)
		if strings.IndexByte(w, '.') >= 0 {
			var buf [32]byte
			i, ok := a.countryKey[string(appendNoDots(buf[:0], w))]
			return i, ok
		}
		i, ok := a.countryKey[w]
		return i, ok
	}
	// the words without possessives and dots, joined by spaces, built on
	// the stack: the map lookup of string(key) does not allocate either
	var buf [64]byte
	key := buf[:0]
	for k, t := range toks {
		if k > 0 {
			key = append(key, ' ')
		}
		key = appendNoDots(key, stripPossessive(t.lower))
	}
	i, ok := a.countryKey[string(key)]
	return i, ok
}

// countryOf returns the country index named by the word sequence s (a name,
// demonym or context word), if any.
func (a *Aliases) countryOf(s string) (int, bool) {
	if plainLowerWord(s) {
		i, ok := a.countryKey[s] // normWords(s) is s alone
		return i, ok
	}
	var buf [80]byte
	i, ok := a.countryKey[string(appendNormKey(buf[:0], s, ' '))] // no allocation
	return i, ok
}

// plainLowerWord reports whether s is a non-empty run of the letters a to z.
func plainLowerWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// SpeakerID returns the slug of a canonical name: lower case letters and
// digits separated by single hyphens ("Ned Price" -> "ned-price"), Latin
// letters without their diacritics ("José Martínez" -> "jose-martinez",
// speaker_id_fold.go).
func SpeakerID(canonicalName string) string {
	canonicalName = dropArabicArticles(canonicalName) // "Bashar al-Assad" = "Bashar Assad" (speaker_id_article.go)
	var sb strings.Builder
	sb.Grow(len(canonicalName)) // one allocation: the slug is rarely longer
	dash := false
	for _, r := range canonicalName {
		if r < utf8.RuneSelf && asciiWord[r] {
			// ASCII letters and digits without the Unicode tables
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			sb.WriteByte(byte(r))
			continue
		}
		switch {
		case r == '\'' || r == '’' || r == '.':
			// "O'Brien" -> "obrien", "U.S." -> "us"
		case foldLatin(r) != "":
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteString(foldLatin(r))
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(unicode.ToLower(r))
		default:
			dash = true
		}
	}
	return sb.String()
}

// normWords lower-cases s, drops possessive 's, dots inside abbreviations and
// punctuation, and returns the words.
func normWords(s string) []string {
	// the words are written one after the other to one buffer and cut
	// from one string: two allocations instead of one per word
	var stack [64]byte
	var ends [16]int
	buf, wordEnds := appendNormWords(stack[:0], ends[:0], s)
	if len(wordEnds) == 0 {
		return nil
	}
	all := string(buf)
	words := make([]string, len(wordEnds))
	from := 0
	for k, e := range wordEnds {
		words[k] = all[from:e]
		from = e
	}
	return words
}

// appendNormKey appends the words of normWords(s) to dst, separated by
// sep: strings.Join(normWords(s), string(sep)) without its allocations.
func appendNormKey(dst []byte, s string, sep byte) []byte {
	var stack [64]byte
	var ends [16]int
	buf, wordEnds := appendNormWords(stack[:0], ends[:0], s)
	from := 0
	for k, e := range wordEnds {
		if k > 0 {
			dst = append(dst, sep)
		}
		dst = append(dst, buf[from:e]...)
		from = e
	}
	return dst
}

// appendNormWords writes the words of normWords(s) one after the other
// to buf and the end of each to wordEnds.
func appendNormWords(buf []byte, wordEnds []int, s string) ([]byte, []int) {
	start := len(buf) // of the current word in buf
	flush := func() {
		w := buf[start:]
		if len(w) >= 2 && w[len(w)-2] == '\'' && w[len(w)-1] == 's' {
			w = w[:len(w)-2]
		}
		if len(w) >= 1 && w[len(w)-1] == '\'' {
			w = w[:len(w)-1]
		}
		buf = buf[:start+len(w)]
		if len(w) > 0 {
			wordEnds = append(wordEnds, len(buf))
		}
		start = len(buf)
	}
	for i := 0; i < len(s); {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r < utf8.RuneSelf && asciiWord[r]:
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			buf = append(buf, byte(r))
		case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
		case r == '.':
			// keep "u.s." together as "us"
		case r == '\'' || r == '’':
			if len(buf) > start {
				buf = append(buf, '\'')
			}
		default:
			flush()
		}
	}
	flush()
	return buf, wordEnds
}

// keyDrop are words ignored when comparing names.
var keyDrop = map[string]bool{"the": true, "of": true, "and": true, "for": true, "affairs": true}

// keySynonyms rewrite words to a common form before comparing names.
var keySynonyms = map[string][]string{
	"mfa":          {"foreign", "ministry"},
	"mofa":         {"foreign", "ministry"},
	"dept":         {"department"},
	"govt":         {"government"},
	"organisation": {"organization"},
	"defence":      {"defense"},
	"labour":       {"labor"},
	"internal":     {"interior"}, // "Ministry of Internal Affairs"
	// India's "Ministry of External Affairs", "Home Ministry" (session 22)
	"external": {"foreign"},
	"home":     {"interior"},
	// "China's commerce ministry", "the Ministry of Commerce": a
	// country's trade ministry (session 23)
	"commerce": {"trade"},
}

// key is the order-insensitive comparison key of a name: normalised words,
// country names and demonyms replaced by the country, sorted.
func (a *Aliases) key(s string) string {
	w := normWords(s)
	var out []string
	for i := 0; i < len(w); i++ {
		// country phrases, longest first
		matched := false
		if a != nil && len(a.countryKey) > 0 {
			var kb [64]byte
			for n := min(a.maxCtryLen, len(w)-i); n >= 1; n-- {
				// the words joined on the stack: a map index by string(k)
				// allocates no string
				k := kb[:0]
				for j, x := range w[i : i+n] {
					if j > 0 {
						k = append(k, ' ')
					}
					k = append(k, x...)
				}
				ci, ok := a.countryKey[string(k)]
				if !ok {
					ci, ok = a.personalKey[string(k)]
				}
				if ok && isCountryNameOrDemonym(&a.countries[ci], w[i:i+n]) {
					out = append(out, "@"+SpeakerID(a.countries[ci].name))
					i += n - 1
					matched = true
					break
				}
			}
		}
		if matched {
			continue
		}
		if syn, ok := keySynonyms[w[i]]; ok {
			out = append(out, syn...)
			continue
		}
		if keyDrop[w[i]] {
			continue
		}
		out = append(out, w[i])
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

func isCountryNameOrDemonym(c *country, words []string) bool {
	return slices.Contains(c.names, strings.Join(words, " "))
}

// honorifics are leading titles dropped when matching person names.
var honorifics = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "sir": true, "dame": true,
	"president": true, "pres": true, "vice": true, "secretary": true, "senator": true, "sen": true,
	"rep": true, "representative": true, "gov": true, "governor": true, "minister": true,
	"prime": true, "foreign": true, "defense": true, "chancellor": true, "mayor": true,
	"gen": true, "general": true, "judge": true, "justice": true, "speaker": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true, "former": true, "the": true,
	"leader": true, "chairman": true, "chairwoman": true, "ambassador": true, "pope": true,
	"king": true, "queen": true, "prince": true, "princess": true, "sheikh": true, "rev": true,
	"us": true, "u.s.": true, "state": true,
	"department": true, "democratic": true, "republican": true, "candidate": true, "nominee": true,
	// ranks and offices before a name ("Lt. Col. John Doe", "Chief Justice John Roberts")
	"lt": true, "lieutenant": true, "col": true, "colonel": true, "capt": true, "captain": true,
	"maj": true, "sgt": true, "sergeant": true, "cpl": true, "pvt": true, "adm": true, "admiral": true,
	"cmdr": true, "commander": true, "brig": true, "prof": true, "professor": true, "atty": true,
	"attorney": true, "supt": true, "det": true, "detective": true, "chief": true, "sec": true,
	"amb": true, "commissioner": true, "councilman": true, "councilwoman": true, "assemblyman": true,
	"assemblywoman": true, "congressman": true, "congresswoman": true, "sheriff": true, "rabbi": true,
	"imam": true, "bishop": true, "archbishop": true, "cardinal": true, "ayatollah": true,
	"administrator": true, "envoy": true, "coach": true, "spc": true, "insp": true, "msgr": true,
	// clergy before a name ("Fr. Michael Byrne ... Father Byrne"; session 27)
	"fr": true, "father": true, "monsignor": true,
	// the words of a business title ("Chief Executive Lisa Su", "Chief
	// Executive Officer Tim Cook", "Executive Vice President Jane Doe"):
	// without them the name kept "Executive" and the title lost "Officer"
	"executive": true, "officer": true,
	// offices and forms of address of English news outside the US
	// ("Taoiseach Micheál Martin", "Treasurer Jim Chalmers", "PM Narendra
	// Modi", "Shri Amit Shah", "Alhaji Atiku Abubakar"; session 22,
	// hand-written probes)
	"taoiseach": true, "tánaiste": true, "tanaiste": true, "treasurer": true, "pm": true,
	"ceann": true, "comhairle": true, // the Dáil's chair, "Ceann Comhairle Seán Ó Fearghaíl"
	"shri": true, "smt": true, "shrimati": true, "alhaji": true, "alhaja": true,
	// members of parliaments ("Labour MP Diane Abbott", "BJP MLA ...",
	// "SNP MSP ...", "Sinn Féin TD Pearse Doherty")
	"mp": true, "mla": true, "msp": true, "mep": true, "mpp": true, "td": true,
	// heads of Indian and Nigerian police ("DGP Rajeev Kumar")
	"dgp": true, "igp": true,
	// Burmese "Daw" before a woman's name ("Daw Aung San Suu Kyi", session 26)
	"daw": true,
	// trades used as a title before a name ("Chef Nadia Farouk")
	"chef": true,
	// a chess title and headline descriptors before a name ("Grandmaster
	// Ravi Subramanian", "Teenager Arjun Mehta takes title"): without them
	// every later "Mehta" joined a person named "Teenager Arjun Mehta"
	"grandmaster": true, "teenager": true, "billionaire": true,
}

// stripHonorifics removes leading honorific/title words, keeping at least one word.
func stripHonorifics(s string) string {
	fields := strings.Fields(s)
	i := 0
	for i < len(fields)-1 {
		w := strings.ToLower(strings.Trim(fields[i], ".,'’"))
		if !honorifics[w] {
			break
		}
		i++
	}
	return strings.Join(fields[i:], " ")
}
