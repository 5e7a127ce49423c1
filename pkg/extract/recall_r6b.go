package extract

// Recall rules of round 6 (r6b): sentence structures that kept common
// speech cues from producing a candidate.

// accordingOpensFrame reports a frame whose subject opens the clause right
// after an opening "According to X," ("According to the summary, two aides
// asked him to ...", "According to the network, Lee said ..."): the whole
// clause is what the source reports, so the inner frame does not end it
// (as with colonOpensFrame).
func (d *doc) accordingOpensFrame(a, nx *attribution) bool {
	return a.cueText == "according to" && a.inverted && d.punct(a.right) == "," && nx.left == a.right+1 && !nx.inverted && nx.cueText != "according to"
}
