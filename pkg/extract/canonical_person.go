package extract

import (
	"slices"
	"strings"
)

// One person, one speaker across articles. Some outlets write a middle
// initial ("Paul D. Ryan", "Harry M. Reid", "Vladimir V. Putin"), others
// do not, and some separate the words with no-break spaces; the speaker
// id is made from the name, so each form made a speaker of its own. The
// refined pass gives a person's name without single-letter middle
// initials or patronymics and with plain spaces, unless the alias table
// knows the written form: people told apart by their initial ("George W. Bush",
// "George H. W. Bush") are listed there.

// PersonNameForm returns a person's name as the extractor names the
// person: with plain single spaces and without the single-letter initials
// between its first and last word ("Paul D. Ryan" -> "Paul Ryan"); name
// itself when there is nothing to change. Clients looking a person up by
// a name as written use it too.
func PersonNameForm(name string) string {
	var words [12]string
	n := 0
	plain := true
	for i := 0; i < len(name); {
		if sp := nameSpaceAt(name, i); sp > 0 {
			if sp > 1 || i+1 < len(name) && nameSpaceAt(name, i+1) > 0 || i == 0 {
				plain = false
			}
			i += sp
			continue
		}
		j := i
		for j < len(name) && nameSpaceAt(name, j) == 0 {
			j++
		}
		if n == len(words) {
			return name
		}
		words[n] = name[i:j]
		n++
		i = j
	}
	if strings.HasSuffix(name, " ") || strings.HasSuffix(name, "\u00a0") || strings.HasSuffix(name, "\t") {
		plain = false
	}
	if n >= 3 && middleInitial(words[0]) && middleInitial(words[1]) {
		// "J. D. Vance", "J. K. Rowling": the leading initials as one
		// word, "J.D." as most outlets write them (and "JD" and "J.D."
		// have one id already), not a first initial and a dropped middle one
		var buf [16]byte
		lead := buf[:0]
		k := 0
		for ; k < n-1 && middleInitial(words[k]); k++ {
			lead = append(append(lead, words[k][0]), '.')
		}
		joined := strings.Join(append([]string{string(lead)}, words[k:n]...), " ")
		return PersonNameForm(joined)
	}
	keep := words[:0]
	for k, w := range words[:n] {
		if k > 0 && k < n-1 && (middleInitial(w) && !middleInitial(words[0]) || patronymic(w)) {
			plain = false
			continue
		}
		keep = append(keep, w)
	}
	if plain {
		return name
	}
	return strings.Join(keep, " ")
}

// patronymic reports an East Slavic patronymic ("Vladimirovich",
// "Sergeyevna", "Ilyich"): formal texts write it between the given name
// and the family name ("Vladimir Vladimirovich Putin"), news mostly not,
// so it goes like a middle initial. Session 21, hand-written probe; no
// train or dev name changes.
func patronymic(w string) bool {
	if len(w) < 6 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for _, suf := range [...]string{"ovich", "evich", "ovna", "evna", "ichna", "ilyich"} {
		if len(w) >= len(suf) && strings.EqualFold(w[len(w)-len(suf):], suf) {
			return true
		}
	}
	return false
}

// middleInitial reports a one-letter initial: "D." or "D".
func middleInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return len(w) == 1 && 'A' <= w[0] && w[0] <= 'Z'
}

// canonicalPerson returns a person speaker under the name form of
// PersonNameForm: the alias table's entry for that form if it has one.
func (r *resolver) canonicalPerson(sp Speaker) Speaker {
	form := PersonNameForm(sp.Name)
	if form == sp.Name {
		return sp
	}
	if known, ok := r.al.Resolve(sp.Name); ok && known.ID == sp.ID {
		return sp // "George W. Bush": the table tells him from his father
	}
	written := sp.Name
	if known, ok := r.al.Resolve(form); ok && known.Kind == SpeakerPerson {
		if known.Title == "" {
			known.Title = sp.Title
		}
		sp = known
	} else {
		sp.ID, sp.Name = r.id(form), form
	}
	if words := strings.Fields(written); len(words) > len(strings.Fields(form)) {
		// the name with its initial stays an alias: "Paul D. Ryan" finds him
		sp.Aliases = append(slices.Clip(sp.Aliases), strings.Join(words, " "))
	}
	return sp
}

// FamilyName returns the family name of a person's name of two words or
// more, as written: the last word with the lower-case particles before it
// ("Ursula von der Leyen" -> "von der Leyen"; the "Van" of "Van Jones" is
// a given name), a generational suffix left out ("Martin Luther King Jr."
// -> "King"); "" for a one-word name. The gateway finds a person by it.
func FamilyName(name string) string {
	words := strings.Fields(name)
	for len(words) > 0 && generationalSuffixes.has(strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))) {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return ""
	}
	start := len(words) - 1
	for start > 1 && nameParticles.has(words[start-1]) {
		start--
	}
	return strings.TrimRight(strings.Join(words[start:], " "), ",")
}

// generationalSuffixes follow a family name: "Jr.", "III".
var generationalSuffixes = set("jr", "sr", "ii", "iii", "iv")
