package gatewaysvc

import (
	"slices"
	"time"

	"google.golang.org/protobuf/types/known/timestamppb"

	"github.com/quotetracker/quotetracker/pkg/extract"
	qtv1 "github.com/quotetracker/quotetracker/pkg/gen/quotetracker/v1"
)

// Speaker identities: surname-only mentions merged into the full name.
//
// An article that only ever writes "Sanders said" gives its quotes the
// person speaker "Sanders" (id "sanders"); another writes "Bernie Sanders".
// A surname-only person speaker belongs to the identity of a full-name
// person speaker when that is the only full-name person in the index with
// the family name. With none, or with two (Bernie and Sarah Sanders), it
// stays a speaker of its own and the name "Sanders" stays ambiguous: a
// guess would give a reader one person's words as another's.
//
// The merge follows the index. It is worked out again for a family name
// whenever a person speaker with that family name is first indexed, from
// the speakers indexed at that moment only, so quotes arriving in any
// order (the start-up load, then the stream) end in the same identities: a
// full name arriving after the surname-only speaker merges it, and a
// second full name with the family name un-merges it again.
//
// Nothing stored changes: quotes keep the speaker their article named, and
// each speaker keeps its own tree of quotes and statistics. Reads of the
// identity (List, ResolveSpeaker, Speaker, Speakers, the live stream and
// the statement filters) combine the merged speakers' as they are asked.
//
// Statements are grouped by identity: the same words quoted from "Sanders"
// in one article and from "Bernie Sanders" in another are one statement,
// whose first appearance is the earlier of the two. The statements index
// is told of every change (statements.Index.SetIdentity), merging those
// statements and splitting them again when the merge is undone.

// personFamily returns the folded family name of a person speaker's name
// and whether the name is that family name alone ("Sanders", "von der
// Leyen"). FamilyName reads a family name only after a given name, so a
// bare one is tried behind a placeholder (in lower case, so that its
// particles are read as particles: "De Blasio").
func personFamily(name string) (family string, surnameOnly bool) {
	key := nameKey(name)
	if key == "" {
		return "", false
	}
	if nameKey(extract.FamilyName("a "+key)) == key {
		return key, true
	}
	return nameKey(extract.FamilyName(name)), false
}

// indexPersonName files a newly indexed person speaker under its family
// name, as a full name or a surname-only one, and works out that family's
// merge again. A speaker of unknown kind counts as a surname-only one: the
// extractor gives a bare family name no kind ("Sanders said", in an
// article that never names him in full, could be a person or a firm), but
// never as a full name. The caller holds x.mu for writing.
func (x *memIndex) indexPersonName(sp *qtv1.Speaker) {
	fam, surnameOnly := personFamily(sp.GetName())
	if fam == "" || !surnameOnly && sp.GetKind() != qtv1.SpeakerKind_SPEAKER_KIND_PERSON {
		return
	}
	byFamily := x.surnames
	if surnameOnly {
		byFamily = x.surnameOnly
	}
	if slices.Contains(byFamily[fam], sp.GetId()) {
		return
	}
	byFamily[fam] = append(byFamily[fam], sp.GetId())
	x.remerge(fam)
}

// remerge merges the surname-only speakers of family fam into its full-name
// person when there is exactly one, and undoes their merge otherwise. The
// caller holds x.mu for writing.
func (x *memIndex) remerge(fam string) {
	target := ""
	if full := x.surnames[fam]; len(full) == 1 {
		target = full[0]
	}
	for _, s := range x.surnameOnly[fam] {
		prev := x.mergedInto[s]
		if prev == target {
			continue
		}
		if prev != "" {
			rest := slices.DeleteFunc(x.mergedFrom[prev], func(id string) bool { return id == s })
			if len(rest) == 0 {
				delete(x.mergedFrom, prev)
			} else {
				x.mergedFrom[prev] = rest
			}
			delete(x.mergedInto, s)
		}
		if target != "" {
			x.mergedInto[s] = target
			x.mergedFrom[target] = append(x.mergedFrom[target], s)
		}
		x.stmts.SetIdentity(s, target)
	}
}

// identity returns the id of the speaker whose identity id belongs to: the
// full name a surname-only speaker is merged into, else id itself. The
// caller holds x.mu.
func (x *memIndex) identity(id string) string {
	if into, ok := x.mergedInto[id]; ok {
		return into
	}
	return id
}

// SpeakerIdentity returns the id of the speaker whose identity id belongs
// to (see identity).
func (x *memIndex) SpeakerIdentity(id string) string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.identity(id)
}

// SpeakerIDs returns the ids whose quotes are the identity's: its own
// first, then the surname-only speakers merged into it.
func (x *memIndex) SpeakerIDs(id string) []string {
	x.mu.RLock()
	defer x.mu.RUnlock()
	id = x.identity(id)
	return append([]string{id}, x.mergedFrom[id]...)
}

// identities maps ids to their identities, each once, in the order first
// met. The caller holds x.mu.
func (x *memIndex) identities(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if id = x.identity(id); !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

// identitySummary summarises identity id (see identity): the full name's
// speaker, with the quotes of the speakers merged into it counted and their
// names among its aliases. The caller holds x.mu.
func (x *memIndex) identitySummary(id string) (*qtv1.SpeakerSummary, bool) {
	id = x.identity(id)
	st, ok := x.speakers[id]
	if !ok {
		return nil, false
	}
	merged := x.mergedFrom[id]
	if len(merged) == 0 {
		return st.summary(), true
	}
	count, first, last := st.count, st.first, st.last
	aliases := slices.Clone(st.speaker.Aliases)
	addAlias := func(a string) {
		if a != "" && a != st.speaker.Name && !slices.Contains(aliases, a) {
			aliases = append(aliases, a)
		}
	}
	for _, s := range merged {
		ms := x.speakers[s]
		count += ms.count
		first, last = earlier(first, ms.first), later(last, ms.last)
		addAlias(ms.speaker.Name)
		for _, a := range ms.speaker.Aliases {
			addAlias(a)
		}
	}
	sum := st.summary()
	sum.Speaker.Aliases = aliases
	sum.QuoteCount = count
	sum.FirstQuoteAt, sum.LastQuoteAt = timestamppb.New(first), timestamppb.New(last)
	return sum, true
}

// identityCount is how many quotes identity id has, merged speakers'
// included. The caller holds x.mu.
func (x *memIndex) identityCount(id string) int64 {
	id = x.identity(id)
	n := x.speakers[id].count
	for _, s := range x.mergedFrom[id] {
		n += x.speakers[s].count
	}
	return n
}

// identityMatchesPrefix reports whether identity id's name or an alias,
// or those of a speaker merged into it, start with p. The caller holds
// x.mu.
func (x *memIndex) identityMatchesPrefix(id, p string) bool {
	if matchesPrefix(x.speakers[id].speaker, p) {
		return true
	}
	return slices.ContainsFunc(x.mergedFrom[id], func(s string) bool { return matchesPrefix(x.speakers[s].speaker, p) })
}

func earlier(a, b time.Time) time.Time {
	if b.Before(a) {
		return b
	}
	return a
}

func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}
