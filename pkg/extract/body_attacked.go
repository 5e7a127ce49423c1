package extract

// "Attacked" in body text: "Trump attacked Romney, calling him ...",
// "Christie attacked Rubio for not answering", "Sanders has attacked
// Clinton as too cozy with Wall Street". Of its 42 finds outside
// quotations on train 29 are annotated (69%); those left out are mostly
// a pronoun object ("attacked me from the stage", "attacked her
// harshly", "had attacked him" in a reported clause), a passive or a
// negation. With the body stances' checks (an agent subject right before
// the verb or its perfect auxiliary, a noun-phrase object) and no pronoun
// object, 26 of 30 finds are annotated (87%). Inference only, like the
// other body stances (stance_body.go, perfect_stance.go); with a reason
// after the object ("attacked Rubio for not answering") the reason alone
// is the content, as for "blasted" (blasted_reason.go). cv3: all tp +48
// fp +6 (the 6 inside non-speech statements), speech and direct unchanged.

// attackedObject reports the object at j of "attacked" at i: no personal
// pronoun, and no manner adverb after it without a reason or a label
// ("attacked Cruz relentlessly in Iowa" narrates a campaign, unannotated
// on train; "attacked Clinton repeatedly for her ties" is annotated).
func (d *doc) attackedObject(i, j int) bool {
	if d.word(i) != "attacked" {
		return true
	}
	if objPronouns.has(d.word(j)) || subjPronouns.has(d.word(j)) {
		return false
	}
	np := d.npFwd(j, len(d.toks))
	if np.ok() && np.s == j && !d.toks[j].upper && d.physicalTarget(np) {
		return false // "attacked a pensioner in his home": an assault, no stance
	}
	if !np.ok() || np.s != j || np.e >= len(d.toks) || d.inQuote(np.e) || !d.adverbAt(np.e) {
		return true
	}
	k := np.e
	for k < len(d.toks) && k < np.e+3 && d.adverbAt(k) {
		k++
	}
	return d.word(k) == "for" || d.word(k) == "as"
}

// physicalTargets head the object of a physical attack in crime and war
// news ("a man who attacked a pensioner", "rebels attacked a convoy")
// after any determiner but "the" ("attacked the man who leads the party"
// may be a rival): none of them is the object of "attacked" on train
// (session 22, hand-written probes).
var physicalTargets = set("pensioner", "woman", "man", "men", "women", "boy", "girl", "teenager",
	"officer", "officers", "neighbour", "neighbor", "child", "children", "victim", "wife", "husband",
	"partner", "girlfriend", "boyfriend", "stranger", "student", "nurse", "worker", "driver",
	"passenger", "mother", "father", "guard", "guards", "soldiers", "troops", "civilians")

// placeTargets are attacked places and vehicles, whatever the determiner.
var placeTargets = set("base", "convoy", "village", "church", "mosque", "synagogue", "embassy",
	"compound", "consulate", "checkpoint", "ship", "tanker", "vessel", "bus", "train")

// physicalTarget reports a physical target as the head of np, the words
// before its first preposition ("a convoy near the border").
func (d *doc) physicalTarget(np rng) bool {
	h := ""
	for k := np.s; k < np.e; k++ {
		w := d.word(k)
		if npStop.has(w) || adjunctPreps.has(w) || w == "near" {
			break
		}
		h = w
	}
	if d.word(np.s) == "the" {
		return placeTargets.has(h) // "attacked the man who leads the party": a rival, maybe
	}
	return physicalTargets.has(h) || placeTargets.has(h)
}
