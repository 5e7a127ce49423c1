package extract

// A player's position before the name ("Striker Jamal Okafor said",
// "Goalkeeper Ana Ruiz") is a description, not part of the name: bareName
// drops a descriptor only before a known first name, and names from
// abroad are mostly missing from the list, so the speaker had been
// "Striker Jamal Okafor". A position word opening the name is dropped when
// two or more words follow. Refined pass (finalSpeaker); testdata/long.

// sportPositions are positions of team sports that name no one.
var sportPositions = set("striker", "midfielder", "defender", "goalkeeper", "goalie", "winger",
	"quarterback", "linebacker", "pitcher", "shortstop", "batsman", "bowler", "fullback",
	"centre-back", "center-back", "playmaker", "point-guard")

// sportPositionName returns name without a position word that opens it
// ("Striker Jamal Okafor" -> "Jamal Okafor").
func sportPositionName(name string) string {
	first, rest, ok := cutWord(name)
	if !ok || len(first) > 32 {
		return name
	}
	var buf [32]byte
	if !sportPositions.has(string(nameKeyOf(buf[:0], first))) {
		return name
	}
	if _, after, ok := cutWord(rest); !ok || after == "" {
		return name // "Striker Okafor": one word may be the name
	}
	return rest
}

// cutWord splits s at its first space.
func cutWord(s string) (first, rest string, ok bool) {
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			return s[:i], s[i+1:], i > 0 && i+1 < len(s)
		}
	}
	return s, "", false
}
