package extract

// Purpose infinitives after any past-tense action: "stood at a Bush event
// here to say he was leaning toward Trump", "interjected to say: “…”",
// "chimed in, breaking with the chairwoman, to argue that ...". The verbs of
// going and taking (purposeFrameStart) are the common case; any other
// finite verb in the past does the same, unless it takes an infinitive of
// its own ("wanted to", "refused to", "urged him to"), which says nothing.

// purposeCueLemmas speak through a purpose infinitive.
var purposeCueLemmas = set("say", "argue", "declare", "tell", "explain", "claim", "insist", "warn",
	"announce", "acknowledge", "note", "suggest", "assert", "state", "stress", "emphasize", "deny",
	"complain", "predict", "remind")

// infinitiveVerbs take an infinitive complement (or an object and one):
// what follows is wanted, asked or avoided, not said.
var infinitiveVerbs = set("wanted", "decided", "planned", "tried", "attempted", "hoped", "refused",
	"declined", "urged", "asked", "told", "allowed", "forced", "expected", "needed", "seemed",
	"appeared", "failed", "agreed", "promised", "vowed", "pledged", "chose", "offered", "threatened",
	"encouraged", "persuaded", "pressured", "invited", "prepared", "waited", "struggled", "managed",
	"began", "started", "continued", "tended", "happened", "helped", "paid", "hired", "led",
	"prompted", "drove", "pushed", "compelled", "wished", "intended", "sought", "declared", "used",
	"said", "wrote", "added", "noted", "called", "got", "had", "meant", "cared", "dared", "liked",
	"loved", "hated", "preferred", "required", "permitted", "enabled", "taught", "trained", "warned",
	"reminded", "instructed", "ordered", "directed", "pressed", "lobbied", "challenged", "dared")

// purposeInfinitiveStart returns the token before a past-tense verb whose
// purpose infinitive is the "to" at k, right before it or within nine
// tokens of words and commas, or -1.
func (d *doc) purposeInfinitiveStart(s sentence, k int, c cueInfo) int {
	if d.word(k) != "to" || d.inQuote(k) || !purposeCueLemmas.has(c.lemma) || k-1 <= s.s {
		return -1
	}
	for v := k - 1; v > s.s && v >= k-9; v-- {
		t := d.toks[v]
		if d.inQuote(v) || t.kind != tWord && d.punct(v) != "," {
			return -1
		}
		if t.kind != tWord {
			continue
		}
		w := t.lower
		if d.causedAtInference(w) {
			return -1 // "..., prompting Kanda to warn": the object speaks (caused_participle.go)
		}
		if w == "to" || w == "and" || w == "but" || w == "who" || w == "which" || w == "that" {
			return -1 // another infinitive or clause in between
		}
		if !finiteVerb(w) {
			continue
		}
		if infinitiveVerbs.has(w) || d.toks[v].upper {
			return -1
		}
		p := d.word(v - 1)
		if determiners.has(p) || p == "to" || beForms.has(p) || p == "have" || p == "has" || p == "had" || p == "who" || p == "which" || p == "that" {
			return -1 // "the noted ...", "was asked ...": no active past verb; "who signed ...": a relative clause's
		}
		return v - 1
	}
	return -1
}
