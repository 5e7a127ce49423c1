package extract

import "strings"

// "according to two people familiar with the discussions who spoke on
// condition of anonymity", "a senior official who asked not to be named
// said": an anonymous source is described by what they know and by why
// they are not named. The second part says nothing of who they are, but it
// was kept in the speaker's name (the gateway listed "two people familiar
// with the discussions who spoke on condition of anonymity") and in the
// mention. In the refined pass such a clause is cut from an anonymous
// speaker's name, and after the accept model from the mention.

// anonymityClauseAt returns where in words (lower case) a clause giving a
// source's anonymity begins ("who spoke on condition of anonymity",
// "speaking on the condition of anonymity", "who asked not to be named",
// "who was not authorized to speak publicly"), or -1.
func anonymityClauseAt(words []string) int {
	for i, w := range words {
		if w != "who" && w != "speaking" && w != "requesting" && w != "asking" {
			continue
		}
		if anonymityReason(words[i+1:]) {
			return i
		}
	}
	return -1
}

// anonymityReason reports words that give a reason for anonymity.
func anonymityReason(words []string) bool {
	not := false
	for _, w := range words {
		switch w {
		case "anonymity", "anonymously":
			return true
		case "not":
			not = true
		case "authorized", "authorised", "allowed", "permitted", "named", "identified":
			if not {
				return true
			}
		case "declined", "refused", "requested":
			not = true // "declined to be named", "requested that their names ..."
		}
	}
	return false
}

// anonymityClauseName cuts the anonymity clause from an anonymous
// speaker's name (see above).
func anonymityClauseName(sp Speaker) Speaker {
	if sp.Kind != SpeakerAnonymous || !strings.Contains(sp.Name, " who ") && !strings.Contains(sp.Name, " speaking ") &&
		!strings.Contains(sp.Name, " requesting ") && !strings.Contains(sp.Name, " asking ") {
		return sp // most anonymous names: no clause, and no words to lower
	}
	var buf [24]string
	f, all := nameFields(buf[:], sp.Name)
	if !all {
		return sp
	}
	var lbuf [24]string
	lower := lbuf[:len(f)]
	for i, w := range f {
		lower[i] = strings.ToLower(strings.Trim(w, ",.;"))
	}
	k := anonymityClauseAt(lower)
	if k < 1 {
		return sp
	}
	n := strings.TrimRight(strings.Join(f[:k], " "), ",")
	sp.Aliases = append(sp.Aliases[:len(sp.Aliases):len(sp.Aliases)], sp.Name)
	sp.Name = n
	sp.ID = SpeakerID(n)
	return sp
}
