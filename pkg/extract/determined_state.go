package extract

import "strings"

// "Cases rose, the state health department said", "Spain's state weather
// agency AEMET said": "state" is a cue verb ("the report states that"),
// and the speaker's noun phrase, walked back from the cue, ended before
// it, so the backward frame had no subject and the statement was lost.
// After a determiner or a possessive and before a lower-case noun, "state"
// is a noun modifier: the verb takes no article ("the state said" keeps
// its frame, the next word being the cue). stateNouns (state_modifier.go)
// covers "state" without a determiner. At inference only, so the models
// train on the candidates they were trained on.

// determinedState reports "state" at k between a determiner or a
// possessive and a lower-case word that is no cue.
func (d *doc) determinedState(k int) bool {
	if d.training || d.word(k) != "state" {
		return false
	}
	nx := d.tokAt(k + 1)
	if nx.kind != tWord || nx.upper || nx.lower == "that" || determiners.has(nx.lower) || subjPronouns.has(nx.lower) {
		return false
	}
	if _, isCue := cueOf(nx.lower); isCue {
		return false
	}
	p := d.word(k - 1)
	return p == "the" || p == "a" || p == "its" || p == "their" || strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
}
