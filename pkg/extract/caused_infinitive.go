package extract

// Caused reports: "the win led her to declare that ...", "the timing led
// Republicans to say that ...", "criticism drives candidate to say ...".
// The object of a verb of causing is the subject of the speech verb in
// the infinitive after it (the frame finder drops other infinitives:
// "wants to say").

// causingVerbs take an object and an infinitive whose subject it is.
var causingVerbs = set("led", "leads", "lead", "leading", "prompted", "prompts", "prompt", "prompting",
	"drove", "drives", "drive", "driving", "forced", "forces", "force", "forcing", "pushed", "compelled")

// causedInfinitiveSubject returns the object of a verb of causing that
// ends before the "to" at k ("led her to", "prompted the chairman to"),
// or noRange.
func (d *doc) causedInfinitiveSubject(s sentence, k int) rng {
	if d.word(k) != "to" || d.inQuote(k) {
		return noRange
	}
	for v := k - 2; v >= s.s && v >= k-d.causedObjectReach(); v-- {
		if d.toks[v].kind != tWord || d.inQuote(v) {
			return noRange
		}
		if !causingVerbs.has(d.word(v)) {
			continue
		}
		if v+2 == k && objPronouns.has(d.word(v+1)) {
			return rng{v + 1, k} // "led her to declare"
		}
		if np := d.npFwd(v+1, k); np.ok() && np.e == k && np.s == v+1 {
			return np
		}
		return noRange
	}
	return noRange
}

// Purpose infinitives: "went on CNN to declare Clinton the winner",
// "interrupted me in mid-sentence to announce": the subject of the verb of
// going or taking speaks through the infinitive after a short phrase.

// purposeVerbs move or act so as to speak.
var purposeVerbs = set("went", "goes", "go", "going", "took", "takes", "take", "taking",
	"rushed", "rushing", "stepped", "interrupted", "appeared", "appears")

// purposeFrameStart returns the token before a verb of purposeVerbs whose
// purpose infinitive is the "to" at k, with a short phrase between them
// ("went on CNN to"), or -1.
func (d *doc) purposeFrameStart(s sentence, k int) int {
	if d.word(k) != "to" || d.inQuote(k) {
		return -1
	}
	for v := k - 2; v >= s.s && v >= k-7; v-- {
		if d.toks[v].kind != tWord || d.inQuote(v) {
			return -1
		}
		if purposeVerbs.has(d.word(v)) {
			if d.word(v-1) == "it" {
				return -1 // "if it takes this long to confirm a judge"
			}
			return v - 1
		}
	}
	return -1
}
